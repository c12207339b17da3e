import "leaflet/dist/leaflet.css";
import { MapContainer, TileLayer } from "react-leaflet";
import { TILE_ATTRIBUTION, TILE_URL } from "../../app/config.ts";
import type { Geography } from "../../data/geography.ts";
import type { SecurityEvent } from "../../domain/event.ts";
import { EventMarkers } from "./event-markers.tsx";
import { GeographyLayers } from "./geography-layers.tsx";
import { MAX_BOUNDS, SYRIA_BOUNDS } from "./syria-bounds.ts";

interface Props {
  geography: Geography;
  events: readonly SecurityEvent[];
}

export function EventMap({ geography, events }: Props) {
  return (
    <section className="map-region" aria-label="Map of Syria showing reported security operations">
      <MapContainer
        className="event-map"
        bounds={SYRIA_BOUNDS}
        maxBounds={MAX_BOUNDS}
        minZoom={5}
        maxZoom={16}
        zoomSnap={0.25}
      >
        {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        <GeographyLayers geography={geography} />
        <EventMarkers events={events} />
      </MapContainer>
    </section>
  );
}
