import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import { markTiming } from "../../app/timing-marks.ts";
import { type ClusterItem, clusterMembers, clusterOnGrid, type MapItem } from "../../domain/cluster-grid.ts";
import type { SecurityEvent } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import { latOf, lonOf } from "../../domain/web-mercator.ts";
import { formatEventDate, formatNumber } from "../../i18n/format.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { selectIndex, selectQuery } from "../../state/selectors.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import {
  clusterDiameter,
  clusterElement,
  EVENT_ICON_SIZE,
  eventMarkerElement,
  isImprecise,
} from "./marker-elements.ts";
import { useMapViewport } from "./use-map-viewport.ts";

/** Cell size of the aggregation grid, in screen pixels. */
const CELL_PIXELS = 56;
/** Beyond this zoom a cluster opens as a list instead of zooming further. */
const LIST_ZOOM = 14;

function eventLabel(event: SecurityEvent, date: string): HTMLElement {
  const box = document.createElement("div");
  const title = document.createElement("strong");
  title.textContent = event.title;
  const when = document.createElement("div");
  when.textContent = date;
  box.append(title, when);
  return box;
}

function memberList(
  index: EventIndex,
  members: number[],
  onPick: (id: string) => void,
  dateOf: (e: SecurityEvent) => string,
  heading: string,
): HTMLElement {
  const box = document.createElement("div");
  box.className = "cluster-list";
  const title = document.createElement("p");
  title.className = "cluster-list-title";
  title.textContent = heading;
  const list = document.createElement("ul");
  for (const position of members.slice().reverse().slice(0, 50)) {
    const event = index.events[position];
    if (!event) continue;
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cluster-list-item";
    button.textContent = `${event.title} · ${dateOf(event)}`;
    button.addEventListener("click", () => onPick(event.id));
    item.append(button);
    list.append(item);
  }
  box.append(title, list);
  return box;
}

/**
 * Draws the filtered events as markers and count bubbles, aggregated on a screen grid for the
 * current view. Markers are diffed by key, so a brush step touches only what changed.
 */
export function EventLayer() {
  const map = useMap();
  const store = useAppStoreApi();
  const lang = useLanguage();
  const index = useAppStore(selectIndex);
  const query = useAppStore(selectQuery);
  const viewport = useMapViewport();
  const layerRef = useRef<L.LayerGroup | null>(null);
  const markersRef = useRef(new Map<string, { marker: L.Marker; signature: string }>());
  const paintedIndexRef = useRef<EventIndex | null>(null);

  const items = useMemo<MapItem[]>(
    () => (index && query ? clusterOnGrid(index, query.positions, { ...viewport, cellPixels: CELL_PIXELS }) : []),
    [index, query, viewport],
  );

  useEffect(
    function createLayer() {
      const layer = L.layerGroup().addTo(map);
      layerRef.current = layer;
      const markers = markersRef.current;
      return function removeLayer() {
        layer.remove();
        markers.clear();
        layerRef.current = null;
      };
    },
    [map],
  );

  useEffect(
    function drawItems() {
      const layer = layerRef.current;
      if (!layer || !index || !query) return;
      const markers = markersRef.current;
      const dateOf = (e: SecurityEvent) => formatEventDate(e.startDay, e.datePrecision, lang);
      const select = (id: string) => store.getState().select(id, "map");
      const seen = new Set<string>();
      for (const item of items) {
        const signature = item.kind === "cluster" ? `${item.count}:${lang}` : `${lang}`;
        seen.add(item.key);
        const existing = markers.get(item.key);
        if (existing && existing.signature === signature) continue;
        existing?.marker.remove();
        const marker = item.kind === "event" ? eventMarker(index, item.position) : clusterMarker(item);
        markers.set(item.key, { marker, signature });
        layer.addLayer(marker);
      }
      for (const [key, { marker }] of markers) {
        if (!seen.has(key)) {
          marker.remove();
          markers.delete(key);
        }
      }
      if (paintedIndexRef.current !== index) {
        paintedIndexRef.current = index;
        requestAnimationFrame(() => markTiming("app:map-painted"));
      }

      function eventMarker(idx: EventIndex, position: number): L.Marker {
        const event = idx.events[position] as SecurityEvent;
        const element = eventMarkerElement(event);
        const marker = L.marker([event.location?.lat ?? 0, event.location?.lon ?? 0], {
          icon: L.divIcon({
            html: element,
            className: `map-item event-marker${isImprecise(event) ? " is-imprecise" : ""}${event.startDay === null ? " is-undated" : ""}`,
            iconSize: [EVENT_ICON_SIZE, EVENT_ICON_SIZE],
          }),
          title: `${event.title} (${dateOf(event)})`,
          alt: event.title,
          keyboard: true,
          riseOnHover: true,
        });
        marker.bindTooltip(eventLabel(event, dateOf(event)), {
          direction: "top",
          offset: [0, -10],
          className: "event-tooltip",
        });
        marker.on("click", () => select(event.id));
        marker.on("add", () => {
          const el = marker.getElement();
          el?.setAttribute("data-event-id", event.id);
          el?.setAttribute("data-count", "1");
          el?.setAttribute("role", "button");
        });
        return marker;
      }

      function clusterMarker(cluster: ClusterItem): L.Marker {
        const size = clusterDiameter(cluster.count);
        const label = formatNumber(cluster.count, lang);
        const marker = L.marker([cluster.lat, cluster.lon], {
          icon: L.divIcon({
            html: clusterElement(cluster, label),
            className: "map-item cluster-marker",
            iconSize: [size, size],
          }),
          title: `${label} events here: ${cluster.samePoint ? "show the list" : "zoom in"}`,
          keyboard: true,
          riseOnHover: true,
        });
        marker.on("add", () => {
          const el = marker.getElement();
          el?.setAttribute("data-count", String(cluster.count));
          el?.setAttribute("role", "button");
        });
        marker.on("click", () => {
          const current = store.getState();
          const currentQuery = selectQuery(current);
          if (!currentQuery) return;
          if (cluster.samePoint || map.getZoom() >= LIST_ZOOM) {
            const members = clusterMembers(index as EventIndex, currentQuery.positions, cluster.key, {
              ...viewport,
              cellPixels: CELL_PIXELS,
            });
            const heading = `${formatNumber(members.length, lang)} events at this place`;
            const content = memberList(
              index as EventIndex,
              members,
              (id) => {
                map.closePopup();
                select(id);
              },
              dateOf,
              heading,
            );
            L.popup({ maxWidth: 320, className: "cluster-popup" })
              .setLatLng(marker.getLatLng())
              .setContent(content)
              .openOn(map);
            return;
          }
          const [minX, minY, maxX, maxY] = cluster.extent;
          map.fitBounds(
            [
              [latOf(maxY), lonOf(minX)],
              [latOf(minY), lonOf(maxX)],
            ],
            { padding: [60, 60], maxZoom: LIST_ZOOM },
          );
        });
        return marker;
      }
    },
    [items, index, query, lang, map, store, viewport],
  );

  return null;
}
