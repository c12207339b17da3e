import "leaflet/dist/leaflet.css";
import "./map.css";
import { type ReactNode, useCallback, useState } from "react";
import { MapContainer, Pane } from "react-leaflet";
import type { Geography } from "../../data/geography.ts";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStoreApi } from "../../state/store-context.tsx";
import { BaseTiles } from "./base-tiles.tsx";
import { EventLayer } from "./event-layer.tsx";
import { GeographyLayers } from "./geography-layers.tsx";
import { MapControls } from "./map-controls.tsx";
import { MapLabels } from "./map-labels.tsx";
import { MapLegend } from "./map-legend.tsx";
import { MAP_MESSAGES } from "./map-messages.ts";
import { MapViewSync } from "./map-view-sync.tsx";
import { SelectionLayer } from "./selection-layer.tsx";
import { MAX_BOUNDS, SYRIA_BOUNDS } from "./syria-bounds.ts";
import { useMapViewport } from "./use-map-viewport.ts";

function ZoomAwareLabels({ geography }: { geography: Geography }) {
  const { zoom } = useMapViewport();
  return <MapLabels geography={geography} zoom={zoom} />;
}

/** `children` are drawn over the map's own area (never over the timeline below it), e.g. the story card. */
export function EventMap({ geography, children }: { geography: Geography; children?: ReactNode }) {
  const t = useMessages(MAP_MESSAGES);
  const store = useAppStoreApi();
  const [tilesUnavailable, setTilesUnavailable] = useState(false);
  const onTilesUnavailable = useCallback(() => setTilesUnavailable(true), []);
  // MapContainer reads its initial view once; later changes go through MapViewSync.
  const [initialView] = useState(() => store.getState().view);
  const placement = initialView
    ? { center: [initialView.lat, initialView.lon] as [number, number], zoom: initialView.zoom }
    : { bounds: SYRIA_BOUNDS };
  return (
    <section id="map" className="map-region" aria-label={t.mapLabel}>
      <MapContainer
        className="event-map"
        zoomControl={false}
        {...placement}
        maxBounds={MAX_BOUNDS}
        trackResize={false}
        minZoom={5}
        maxZoom={16}
        zoomSnap={0.25}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={90}
      >
        <BaseTiles onUnavailable={onTilesUnavailable} />
        <GeographyLayers geography={geography} />
        <Pane name="selection" style={{ zIndex: 650 }} />
        <ZoomAwareLabels geography={geography} />
        <EventLayer />
        <SelectionLayer />
        <MapViewSync />
        <MapControls />
      </MapContainer>
      <MapLegend />
      {tilesUnavailable && <p className="offline-note">{t.offlineNote}</p>}
      {children}
    </section>
  );
}
