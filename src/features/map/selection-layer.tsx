import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { SecurityEvent } from "../../domain/event.ts";
import { usePhoneLayout } from "../../shared/use-media-query.ts";
import { selectIndex } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { eventMarkerElement } from "./marker-elements.ts";

const HALO_SIZE = 40;

function haloMarker(event: SecurityEvent, className: string): L.Marker | null {
  if (!event.location) return null;
  const halo = document.createElement("div");
  halo.className = "halo";
  halo.append(eventMarkerElement(event));
  return L.marker([event.location.lat, event.location.lon], {
    icon: L.divIcon({ html: halo, className, iconSize: [HALO_SIZE, HALO_SIZE] }),
    interactive: false,
    keyboard: false,
    pane: "selection",
  });
}

/**
 * The selected event (and the one hovered in the list) drawn on top of everything, so it stays
 * visible even inside a count bubble. A selection made outside the map pans it into view.
 */
export function SelectionLayer() {
  const map = useMap();
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectionSource = useAppStore((s) => s.selectionSource);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const phone = usePhoneLayout();

  useEffect(
    function showSelected() {
      const position = selectedId === null ? undefined : index?.positionOf(selectedId);
      const event = position === undefined ? undefined : index?.eventAt(position);
      if (!event) return;
      const marker = haloMarker(event, "selected-marker");
      marker?.addTo(map);
      marker?.getElement()?.setAttribute("data-selected-id", event.id);
      if (event.location && selectionSource === "list") {
        const point = L.latLng(event.location.lat, event.location.lon);
        if (!map.getBounds().pad(-0.1).contains(point)) map.panTo(point);
      }
      return function hideSelected() {
        marker?.remove();
      };
    },
    [map, index, selectedId, selectionSource],
  );

  useEffect(
    function keepAboveTheSheet() {
      // On a phone the details are a sheet over the foot of the map: bring the event above it.
      const position = selectedId === null ? undefined : index?.positionOf(selectedId);
      const location = position === undefined ? null : (index?.eventAt(position).location ?? null);
      if (!phone || !location) return;
      const frame = requestAnimationFrame(() => {
        const box = map.getContainer().getBoundingClientRect();
        const sheet = document.querySelector(".side-column.has-details")?.getBoundingClientRect();
        // A sheet hidden (a story's card stands in its place) measures nothing and hides nothing.
        const sheetTop = sheet && sheet.height > 0 ? sheet.top : box.bottom;
        const visible = Math.min(box.height, sheetTop - box.top);
        const point = map.latLngToContainerPoint([location.lat, location.lon]);
        const margin = 40;
        if (point.y > margin && point.y < visible - margin && point.x > margin && point.x < box.width - margin) return;
        map.panBy([point.x - box.width / 2, point.y - visible / 2]);
      });
      return () => cancelAnimationFrame(frame);
    },
    [map, index, selectedId, phone],
  );

  useEffect(
    function keepClearOfTheStoryCard() {
      // A story's step centres the map on its event, where the story card may sit: move the event
      // just clear of the card (beside it, or above the phone sheet).
      const position = selectedId === null ? undefined : index?.positionOf(selectedId);
      const location = position === undefined ? null : (index?.eventAt(position).location ?? null);
      if (selectionSource !== "story" || !location) return;
      const frame = requestAnimationFrame(() => {
        const box = map.getContainer().getBoundingClientRect();
        const card = map.getContainer().parentElement?.querySelector(".story-card")?.getBoundingClientRect();
        if (!card || card.width === 0) return;
        const point = map.latLngToContainerPoint([location.lat, location.lon]);
        const margin = 32;
        const left = card.left - box.left - margin;
        const right = card.right - box.left + margin;
        const top = card.top - box.top - margin;
        if (point.x < left || point.x > right || point.y < top) return;
        // The shortest move that clears the card: to just before it, just after it, or just above it
        // (the view stays as near the step's own as it can, for the link and the image).
        const moves = [
          ...(left > margin ? [{ dx: point.x - left, dy: 0 }] : []),
          ...(box.width - right > margin ? [{ dx: point.x - right, dy: 0 }] : []),
          ...(top > margin ? [{ dx: 0, dy: point.y - top }] : []),
        ];
        if (moves.length === 0) return;
        const best = moves.reduce((a, b) => (Math.hypot(b.dx, b.dy) < Math.hypot(a.dx, a.dy) ? b : a));
        map.panBy([best.dx, best.dy], { animate: false });
      });
      return () => cancelAnimationFrame(frame);
    },
    [map, index, selectedId, selectionSource],
  );

  useEffect(
    function showHovered() {
      const position = hoveredId === null ? undefined : index?.positionOf(hoveredId);
      const event = position === undefined ? undefined : index?.eventAt(position);
      if (!event || hoveredId === selectedId) return;
      const marker = haloMarker(event, "hovered-marker");
      marker?.addTo(map);
      return function hideHovered() {
        marker?.remove();
      };
    },
    [map, index, hoveredId, selectedId],
  );

  return null;
}
