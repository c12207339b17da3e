import { CircleMarker, Tooltip } from "react-leaflet";
import type { SecurityEvent } from "../../domain/event.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { TYPE_COLOURS } from "./type-style.ts";

export function EventMarkers({ events }: { events: readonly SecurityEvent[] }) {
  const select = useAppStore((s) => s.select);
  return (
    <>
      {events.map((event) =>
        event.location ? (
          <CircleMarker
            key={event.id}
            center={[event.location.lat, event.location.lon]}
            radius={7}
            className="event-marker"
            pathOptions={{ color: "#ffffff", weight: 1.5, fillColor: TYPE_COLOURS[event.type], fillOpacity: 0.9 }}
            eventHandlers={{ click: () => select(event.id) }}
          >
            <Tooltip>{event.title}</Tooltip>
          </CircleMarker>
        ) : null,
      )}
    </>
  );
}
