import type { PathOptions } from "leaflet";
import { GeoJSON, Pane } from "react-leaflet";
import type { Geography } from "../../data/geography.ts";
import { GovernorateLayer } from "./governorate-layer.tsx";

const NEIGHBOUR_STYLE: PathOptions = { color: "#a9a397", weight: 1, fillColor: "#e9e5dc", fillOpacity: 1 };
const SYRIA_OUTLINE_STYLE: PathOptions = { color: "#4a4439", weight: 2.2, fill: false };

/**
 * The bundled vector geography, drawn above any tiles so the map reads the same offline.
 * Each layer has its own pane (below the marker pane at 600) so tests and styles can find it.
 */
export function GeographyLayers({ geography }: { geography: Geography }) {
  const neighbours = {
    ...geography.neighbours,
    features: geography.neighbours.features.filter((f) => !f.properties.isSyria),
  };
  const syria = {
    ...geography.neighbours,
    features: geography.neighbours.features.filter((f) => f.properties.isSyria),
  };
  return (
    <>
      <Pane name="neighbours" style={{ zIndex: 240 }}>
        <GeoJSON data={neighbours} style={NEIGHBOUR_STYLE} interactive={false} />
      </Pane>
      <Pane name="governorates" style={{ zIndex: 250 }}>
        <GovernorateLayer governorates={geography.governorates} />
      </Pane>
      <Pane name="syria-outline" style={{ zIndex: 260, pointerEvents: "none" }}>
        <GeoJSON data={syria} style={SYRIA_OUTLINE_STYLE} interactive={false} />
      </Pane>
    </>
  );
}
