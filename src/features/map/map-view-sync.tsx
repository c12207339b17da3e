import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { roundView } from "../../state/map-view.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";

/**
 * Keeps the store's map view and the Leaflet map in step: moves made on the map are recorded
 * (and so reach the URL); a view set from outside (back/forward) moves the map.
 */
export function MapViewSync() {
  const map = useMap();
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);

  useEffect(
    function recordMoves() {
      const reportBounds = () => {
        const b = map.getBounds();
        store.getState().setMapBounds([b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]);
      };
      const onMoveEnd = () => {
        reportBounds();
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
    function followStore() {
      if (!view) return;
      const center = map.getCenter();
      const here = roundView({ lat: center.lat, lon: center.lng, zoom: map.getZoom() });
      if (here.lat !== view.lat || here.lon !== view.lon || here.zoom !== view.zoom)
        map.setView([view.lat, view.lon], view.zoom, { animate: false });
    },
    [map, view],
  );

  return null;
}
