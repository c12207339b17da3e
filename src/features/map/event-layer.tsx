import L from "leaflet";
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import { type ClusterItem, clusterMembers, clusterOnGrid, type MapItem } from "../../domain/cluster-grid.ts";
import { isApproximateLocation, type SecurityEvent } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import { latOf, lonOf } from "../../domain/web-mercator.ts";
import { formatEventDate, formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { markTiming } from "../../shared/timing-marks.ts";
import { selectIndex, selectQuery } from "../../state/selectors.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { MAP_MESSAGES } from "./map-messages.ts";
import {
  clusterDiameter,
  clusterElement,
  EVENT_ICON_SIZE,
  eventMarkerElement,
  updateClusterElement,
} from "./marker-elements.ts";
import { useMapViewport } from "./use-map-viewport.ts";

/** Cell size of the aggregation grid, in screen pixels. */
const CELL_PIXELS = 56;
/** The grid as drawn: items are merged until no marker or bubble overlaps another. */
const GRID = {
  cellPixels: CELL_PIXELS,
  radiusOf: (count: number) => (count === 1 ? EVENT_ICON_SIZE : clusterDiameter(count)) / 2,
  gapPixels: 2,
} as const;
/** Space kept around a bubble's events when zooming to them, in pixels. */
const FIT_PADDING: [number, number] = [60, 60];
/** Beyond this zoom a cluster opens as a list instead of zooming further. */
const LIST_ZOOM = 14;

function eventLabel(title: string, date: string): HTMLElement {
  const box = document.createElement("div");
  const heading = document.createElement("strong");
  heading.dir = "auto";
  heading.textContent = title;
  const when = document.createElement("div");
  when.textContent = date;
  box.append(heading, when);
  return box;
}

/** A marker on the map, the language its text is in, and the cluster it shows (null for an event). */
interface DrawnItem {
  marker: L.Marker;
  lang: Language;
  cluster: ClusterItem | null;
}

function sameTypes(a: ClusterItem, b: ClusterItem): boolean {
  for (let i = 0; i < a.typeCounts.length; i++) if (a.typeCounts[i] !== b.typeCounts[i]) return false;
  return true;
}

/** Markers are divs with role=button: Enter and Space press them, as they would a button. */
function pressWithKeys(element: HTMLElement | undefined, press: () => void): void {
  element?.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    e.stopPropagation();
    press();
  });
}

function memberList(
  index: EventIndex,
  members: number[],
  onPick: (id: string) => void,
  dateOf: (e: SecurityEvent) => string,
  titleOf: (e: SecurityEvent) => string,
  heading: string,
): HTMLElement {
  const box = document.createElement("div");
  box.className = "cluster-list";
  const title = document.createElement("p");
  title.className = "cluster-list-title";
  title.textContent = heading;
  const list = document.createElement("ul");
  for (const position of members.slice().reverse().slice(0, 50)) {
    const event = index.eventAt(position);
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cluster-list-item";
    button.dir = "auto";
    button.textContent = `${titleOf(event)} · ${dateOf(event)}`;
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
  const t = useMessages(MAP_MESSAGES);
  const currentIndex = useAppStore(selectIndex);
  const currentQuery = useAppStore(selectQuery);
  // A large file's complete dataset is drawn in a render of its own, after the one that shows it
  // everywhere else (its preview stays on the map meanwhile): at a million events, clustering them
  // all in that render would double the page's longest task. Anything else is drawn at once: a
  // brush step, and the first events of a file, which the person is waiting for.
  const previewIndex = useAppStore((s) => (s.dataset?.partial ? s.dataset.index : null));
  const lastPreviewRef = useRef<EventIndex | null>(null);
  if (previewIndex) lastPreviewRef.current = previewIndex;
  const current = useMemo(() => ({ index: currentIndex, query: currentQuery }), [currentIndex, currentQuery]);
  const deferred = useDeferredValue(current);
  const afterPreview = deferred.index !== current.index && deferred.index === lastPreviewRef.current;
  const { index, query } = afterPreview ? deferred : current;
  const viewport = useMapViewport();
  const layerRef = useRef<L.LayerGroup | null>(null);
  const markersRef = useRef(new Map<string, DrawnItem>());
  const paintedIndexRef = useRef<EventIndex | null>(null);
  /** Where a bubble opened from the keyboard was: focus goes to what is drawn there at the new view. */
  const focusAfterZoomRef = useRef<L.LatLng | null>(null);

  const items = useMemo<MapItem[]>(
    () => (index && query ? clusterOnGrid(index, query.positions, { ...viewport, ...GRID }) : []),
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
      // Event text in the dataset's language, or its Arabic version when there is one.
      const titleOf = (e: SecurityEvent) => (lang === "ar" && e.titleAr ? e.titleAr : e.title);
      const select = (id: string) => store.getState().select(id, "map");
      // Single-event markers are keyed by position, which names another event in another dataset.
      if (paintedIndexRef.current !== index) {
        for (const { marker } of markers.values()) marker.remove();
        markers.clear();
      }
      // Markers still drawn with this language are kept: clusters are brought to their new count
      // in place, and a bubble whose cells changed takes over one that left, so a brush step moves
      // and rewrites a few elements instead of replacing them.
      const leaving = new Map(markers);
      const arriving: MapItem[] = [];
      for (const item of items) {
        const drawn = markers.get(item.key);
        if (drawn && drawn.lang === lang) {
          leaving.delete(item.key);
          if (drawn.cluster && item.kind === "cluster") updateCluster(drawn, item);
        } else arriving.push(item);
      }
      const spareClusters: DrawnItem[] = [];
      for (const [key, drawn] of leaving) {
        markers.delete(key);
        const focused = drawn.marker.getElement()?.contains(document.activeElement) ?? false;
        if (drawn.cluster && drawn.lang === lang && !focused) spareClusters.push(drawn);
        else drawn.marker.remove();
      }
      for (const item of arriving) {
        const spare = item.kind === "cluster" ? spareClusters.pop() : undefined;
        if (spare && item.kind === "cluster") updateCluster(spare, item);
        const drawn = spare ?? (item.kind === "event" ? eventMarker(index, item.position) : clusterMarker(item));
        markers.set(item.key, drawn);
        if (!spare) layer.addLayer(drawn.marker);
      }
      for (const drawn of spareClusters) drawn.marker.remove();
      const focusAt = focusAfterZoomRef.current;
      if (focusAt && !(map as unknown as { _animatingZoom?: boolean })._animatingZoom) {
        focusAfterZoomRef.current = null;
        let nearest: L.Marker | null = null;
        let best = Number.POSITIVE_INFINITY;
        const target = map.latLngToContainerPoint(focusAt);
        for (const item of items) {
          const distance = map.latLngToContainerPoint([item.lat, item.lon]).distanceTo(target);
          if (distance < best) {
            best = distance;
            nearest = markers.get(item.key)?.marker ?? null;
          }
        }
        const element = nearest?.getElement() ?? map.getContainer();
        element.focus({ preventScroll: true });
      }
      if (paintedIndexRef.current !== index) {
        paintedIndexRef.current = index;
        // First paint of any events (perhaps the first records of a large file), then of them all.
        const complete = !store.getState().dataset?.partial;
        requestAnimationFrame(() => {
          if (performance.getEntriesByName("app:map-painted").length === 0) markTiming("app:map-painted");
          if (complete) markTiming("app:complete-painted");
        });
      }

      function eventMarker(idx: EventIndex, position: number): DrawnItem {
        const event = idx.eventAt(position);
        const element = eventMarkerElement(event);
        const marker = L.marker([event.location?.lat ?? 0, event.location?.lon ?? 0], {
          icon: L.divIcon({
            html: element,
            className: `map-item event-marker${isApproximateLocation(event.location) ? " is-imprecise" : ""}${event.startDay === null ? " is-undated" : ""}`,
            iconSize: [EVENT_ICON_SIZE, EVENT_ICON_SIZE],
          }),
          title: t.eventMarker(t.types[event.type], titleOf(event), dateOf(event)),
          keyboard: true,
          riseOnHover: true,
        });
        marker.bindTooltip(eventLabel(titleOf(event), dateOf(event)), {
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
          pressWithKeys(el, () => select(event.id));
        });
        return { marker, lang, cluster: null };
      }

      function clusterMarker(cluster: ClusterItem): DrawnItem {
        const size = clusterDiameter(cluster.count);
        const label = formatNumber(cluster.count, lang);
        const marker = L.marker([cluster.lat, cluster.lon], {
          icon: L.divIcon({
            html: clusterElement(cluster, label),
            className: "map-item cluster-marker",
            iconSize: [size, size],
          }),
          title: t.clusterMarker(cluster.count, label, cluster.samePoint),
          keyboard: true,
          riseOnHover: true,
        });
        const drawn: DrawnItem = { marker, lang, cluster };
        marker.on("add", () => {
          const el = marker.getElement();
          el?.setAttribute("data-count", String(drawn.cluster?.count ?? cluster.count));
          el?.setAttribute("role", "button");
          pressWithKeys(el, () => marker.fire("click"));
        });
        marker.on("click", () => {
          const state = store.getState();
          const shownQuery = selectQuery(state);
          const cluster = drawn.cluster;
          // Between another dataset's arrival and its drawing, the bubbles are the last one's.
          if (!shownQuery || !cluster || selectIndex(state) !== index) return;
          const [minX, minY, maxX, maxY] = cluster.extent;
          const bounds = L.latLngBounds([latOf(maxY), lonOf(minX)], [latOf(minY), lonOf(maxX)]);
          // The zoom that shows all the bubble's events, with room around them; past LIST_ZOOM,
          // or when it would not zoom in at all, the events are listed instead.
          const fitZoom = Math.min(map.getBoundsZoom(bounds, false, L.point(FIT_PADDING).multiplyBy(2)), LIST_ZOOM);
          if (cluster.samePoint || map.getZoom() >= LIST_ZOOM || fitZoom <= map.getZoom()) {
            const members = clusterMembers(index as EventIndex, shownQuery.positions, cluster.key, {
              ...viewport,
              ...GRID,
            });
            const heading = t.clusterHeading(members.length, formatNumber(members.length, lang));
            const content = memberList(
              index as EventIndex,
              members,
              (id) => {
                map.closePopup();
                select(id);
              },
              dateOf,
              titleOf,
              heading,
            );
            // Padding keeps the list clear of the zoom buttons, whichever corner they are in.
            const popup = L.popup({ maxWidth: 320, className: "cluster-popup", autoPanPadding: [64, 16] })
              .setLatLng(marker.getLatLng())
              .setContent(content)
              .openOn(map);
            // Leaflet names its close button in English; keyboard users land on the first event.
            const closeButton = popup.getElement()?.querySelector<HTMLElement>(".leaflet-popup-close-button");
            closeButton?.setAttribute("aria-label", t.closeClusterList);
            closeButton?.setAttribute("title", t.closeClusterList);
            if (marker.getElement() === document.activeElement)
              content.querySelector<HTMLButtonElement>(".cluster-list-item")?.focus({ preventScroll: true });
            return;
          }
          if (marker.getElement()?.contains(document.activeElement)) focusAfterZoomRef.current = bounds.getCenter();
          map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: LIST_ZOOM });
        });
        return drawn;
      }

      /** Moves and rewrites a drawn bubble to show another cluster. */
      function updateCluster(drawn: DrawnItem, cluster: ClusterItem): void {
        const previous = drawn.cluster as ClusterItem;
        drawn.cluster = cluster;
        if (previous.lat !== cluster.lat || previous.lon !== cluster.lon)
          drawn.marker.setLatLng([cluster.lat, cluster.lon]);
        if (
          previous.count === cluster.count &&
          previous.samePoint === cluster.samePoint &&
          sameTypes(previous, cluster)
        )
          return;
        const element = drawn.marker.getElement();
        const bubble = element?.firstElementChild;
        if (!element || !(bubble instanceof HTMLElement)) return;
        const label = formatNumber(cluster.count, lang);
        const size = clusterDiameter(cluster.count);
        // Leaflet centres a divIcon with negative margins of half its size.
        element.style.width = `${size}px`;
        element.style.height = `${size}px`;
        element.style.marginLeft = `${-size / 2}px`;
        element.style.marginTop = `${-size / 2}px`;
        (drawn.marker.options.icon as L.DivIcon).options.iconSize = [size, size];
        const title = t.clusterMarker(cluster.count, label, cluster.samePoint);
        drawn.marker.options.title = title;
        element.title = title;
        element.setAttribute("data-count", String(cluster.count));
        updateClusterElement(bubble, cluster, label);
      }
    },
    [items, index, query, lang, t, map, store, viewport],
  );

  return null;
}
