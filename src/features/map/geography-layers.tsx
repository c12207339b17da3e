import { GeoJSON, Pane } from "react-leaflet";
import type { Geography } from "../../data/geography.ts";
import { GovernorateLayer } from "./governorate-layer.tsx";
import { useMapPalette } from "./map-palette.ts";

/**
 * The bundled vector geography, drawn above any tiles so the map reads the same offline.
 * Each layer has its own pane (below the marker pane at 600) so tests and styles can find it.
 * Colours follow the light or dark scheme.
 */
export function GeographyLayers({ geography }: { geography: Geography }) {
  const palette = useMapPalette();
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
        <GeoJSON data={neighbours} style={palette.neighbour} interactive={false} />
      </Pane>
      <Pane name="governorates" style={{ zIndex: 250 }}>
        <GovernorateLayer governorates={geography.governorates} />
      </Pane>
      <Pane name="syria-outline" style={{ zIndex: 260, pointerEvents: "none" }}>
        <GeoJSON data={syria} style={palette.syriaOutline} interactive={false} />
      </Pane>
    </>
  );
}
