import type { LatLngBoundsExpression } from "leaflet";

/** Syria's extent with a small margin: [[south, west], [north, east]]. */
export const SYRIA_BOUNDS: LatLngBoundsExpression = [
  [32.2, 35.6],
  [37.4, 42.5],
];

/** How far the map may be panned: Syria and its neighbours' near side. */
export const MAX_BOUNDS: LatLngBoundsExpression = [
  [28.5, 30],
  [40, 47.5],
];
