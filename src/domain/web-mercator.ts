/** Web Mercator (EPSG:3857) in world units: the whole world is [0, 1) on both axes, as in Leaflet at zoom 0 / 256. */

export function worldX(lon: number): number {
  return lon / 360 + 0.5;
}

export function worldY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.min(1, Math.max(0, y));
}

export function lonOf(x: number): number {
  return (x - 0.5) * 360;
}

export function latOf(y: number): number {
  const y2 = (180 - y * 360) * (Math.PI / 180);
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}

/** Pixels per world unit at a zoom level with 256-pixel tiles. */
export function worldSize(zoom: number): number {
  return 256 * 2 ** zoom;
}
