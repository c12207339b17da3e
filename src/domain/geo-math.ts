/** Small planar geometry helpers on lon/lat degrees; accurate enough at Syria's scale (< 1 %). */

export type LonLat = readonly [number, number];
export type Ring = readonly LonLat[];

const KM_PER_DEGREE_LAT = 111.32;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Even-odd ray casting; `rings[0]` is the outer ring, the rest are holes. */
export function pointInPolygon(lon: number, lat: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as LonLat;
      const [xj, yj] = ring[j] as LonLat;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Shortest distance in kilometres from a point to any edge of the rings. */
export function distanceToRingsKm(lon: number, lat: number, rings: readonly Ring[]): number {
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as LonLat;
      const [bx, by] = ring[i] as LonLat;
      const px = (lon - ax) * kmPerDegreeLon;
      const py = (lat - ay) * KM_PER_DEGREE_LAT;
      const dx = (bx - ax) * kmPerDegreeLon;
      const dy = (by - ay) * KM_PER_DEGREE_LAT;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return best;
}
