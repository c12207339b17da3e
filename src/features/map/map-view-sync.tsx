import type { Map as LeafletMap } from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { roundView } from "../../state/map-view.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { SYRIA_BOUNDS } from "./syria-bounds.ts";

/**
 * Keeps the store's map view and the Leaflet map in step: moves made on the map are recorded
 * (and so reach the URL); a view set from outside (back/forward) moves the map. With no view
 * given, the map shows the whole of Syria at whatever size it has, refitted whenever that size
 * changes (the page's layout settles after the map is made, and windows are resized), until
 * the person moves it.
 */
export function MapViewSync() {
  const map = useMap();
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);
  /** Set while the map fits Syria by itself: that move is not the person's and is not recorded. */
  const fitting = useRef(false);

  useEffect(
    function recordMoves() {
      const reportBounds = () => {
        const b = map.getBounds();
        store.getState().setMapBounds([b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]);
      };
      const onMoveEnd = () => {
        reportBounds();
        if (fitting.current) return;
        const center = map.getCenter();
        const next = roundView({ lat: center.lat, lon: center.lng, zoom: map.getZoom() });
        const current = store.getState().view;
        if (!current || current.lat !== next.lat || current.lon !== next.lon || current.zoom !== next.zoom)
          store.getState().setView(next);
      };
      reportBounds();
      map.on("moveend", onMoveEnd);
      return () => {
        map.off("moveend", onMoveEnd);
      };
    },
    [map, store],
  );

  useEffect(
    function followSize() {
      // Leaflet only hears about window resizes; its container also changes size with the layout.
      if (typeof ResizeObserver === "undefined") return;
      let frame = 0;
      const follow = () => {
        frame = 0;
        const followDefault = store.getState().view === null;
        // Leaflet moves synchronously when not animating, so the flag covers exactly these moves.
        fitting.current = followDefault;
        if (followDefault) fitSyria(map);
        else map.invalidateSize({ animate: false });
        fitting.current = false;
      };
      // In the frame after the one that resized the map: the frame that shows a newly loaded
      // dataset (whose header and timeline may take another height) is long enough without it.
      const observer = new ResizeObserver(() => {
        if (!frame) frame = requestAnimationFrame(follow);
      });
      observer.observe(map.getContainer());
      return () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
      };
    },
    [map, store],
  );

  useEffect(
    function followStore() {
      if (!view) {
        fitting.current = true;
        fitSyria(map);
        fitting.current = false;
        return;
      }
      const center = map.getCenter();
      const here = roundView({ lat: center.lat, lon: center.lng, zoom: map.getZoom() });
      if (here.lat !== view.lat || here.lon !== view.lon || here.zoom !== view.zoom)
        map.setView([view.lat, view.lon], view.zoom, { animate: false });
    },
    [map, view],
  );

  return null;
}

/**
 * Fits Syria to the map's current size in one synchronous move. Leaflet's max-bounds rule is
 * lifted meanwhile: on each moveend it starts an animated pan, and a pan begun before the fit
 * finishes after it, from stale pane offsets, pushing Syria off the map and reporting a move
 * the person never made.
 */
function fitSyria(map: LeafletMap) {
  const maxBounds = map.options.maxBounds;
  map.setMaxBounds(undefined);
  map.stop(); // completes any pan still running, now that nothing starts another
  map.invalidateSize({ animate: false });
  map.fitBounds(SYRIA_BOUNDS, { animate: false });
  if (maxBounds) {
    map.panInsideBounds(maxBounds, { animate: false });
    map.setMaxBounds(maxBounds);
  }
}
