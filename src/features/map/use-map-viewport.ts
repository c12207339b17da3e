import type { Map as LeafletMap } from "leaflet";
import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import { worldX, worldY } from "../../domain/web-mercator.ts";

export interface Viewport {
  zoom: number;
  /** Visible area in world units with a margin, so items just off-screen are already placed. */
  view: [number, number, number, number];
}

const MARGIN = 0.15; // of the screen size on each side

function readViewport(map: LeafletMap): Viewport {
  const bounds = map.getBounds();
  const minX = worldX(bounds.getWest());
  const maxX = worldX(bounds.getEast());
  const minY = worldY(bounds.getNorth());
  const maxY = worldY(bounds.getSouth());
  const padX = (maxX - minX) * MARGIN;
  const padY = (maxY - minY) * MARGIN;
  return { zoom: map.getZoom(), view: [minX - padX, minY - padY, maxX + padX, maxY + padY] };
}

/** The map's zoom and visible area, updated when a move or zoom ends. */
export function useMapViewport(): Viewport {
  const map = useMap();
  const [viewport, setViewport] = useState(() => readViewport(map));
  useEffect(() => {
    const update = () => setViewport(readViewport(map));
    map.on("moveend zoomend resize", update);
    return () => {
      map.off("moveend zoomend resize", update);
    };
  }, [map]);
  return viewport;
}
