import type { EventIndex } from "./event-index.ts";
import { distanceKm } from "./geo-math.ts";
import { lowerBound } from "./sorted-positions.ts";

export interface RelatedOptions {
  /** How far apart two events may be to count as the same place. */
  maxKm: number;
  /** How far apart in time two dated events may be. */
  maxDays: number;
  limit: number;
}

export const RELATED_DEFAULTS: RelatedOptions = { maxKm: 10, maxDays: 45, limit: 6 };

/**
 * Events near the given one in place and time: within maxKm, and within maxDays when both are
 * dated (an undated event relates by place alone). Closest in time first, then in distance.
 */
export function relatedEvents(index: EventIndex, position: number, options = RELATED_DEFAULTS): number[] {
  const lat = index.lat[position] as number;
  const lon = index.lon[position] as number;
  if (Number.isNaN(lat)) return [];
  const dated = position < index.datedCount;
  const day = index.startDay[position] as number;
  const found: { p: number; days: number; km: number }[] = [];
  // A degree of latitude is ~111 km: a cheap box test before the exact distance.
  const box = options.maxKm / 100;
  for (let p = 0; p < index.size; p++) {
    if (p === position) continue;
    const otherLat = index.lat[p] as number;
    const otherLon = index.lon[p] as number;
    if (!(Math.abs(otherLat - lat) <= box && Math.abs(otherLon - lon) <= box * 1.4)) continue;
    const km = distanceKm(lat, lon, otherLat, otherLon);
    if (km > options.maxKm) continue;
    const otherDated = p < index.datedCount;
    const days = dated && otherDated ? Math.abs((index.startDay[p] as number) - day) : Number.POSITIVE_INFINITY;
    if (dated && otherDated && days > options.maxDays) continue;
    found.push({ p, days, km });
  }
  found.sort((a, b) => a.days - b.days || a.km - b.km);
  return found.slice(0, options.limit).map((f) => f.p);
}

/** How close two events must be to count as at the same place: the same reported point, give or take. */
export const SAME_PLACE_KM = 1;

/**
 * Other events at the same place, whenever they happened: what an undated event can be
 * related to. Dated ones first, newest first, then the other undated ones.
 */
export function samePlaceEvents(index: EventIndex, position: number, limit = RELATED_DEFAULTS.limit): number[] {
  const found = relatedEvents(index, position, {
    maxKm: SAME_PLACE_KM,
    maxDays: Number.POSITIVE_INFINITY,
    limit: Number.POSITIVE_INFINITY,
  });
  const dated = (p: number) => p < index.datedCount;
  found.sort((a, b) => (dated(a) === dated(b) ? (dated(a) ? b - a : a - b) : dated(a) ? -1 : 1));
  return found.slice(0, limit);
}

/** How many events, nearest in date order first, are decoded when looking for the same source. */
export const SAME_SOURCE_SCAN = 20_000;

/** A source as people recognise it: its name, ignoring case and spacing. */
function sourceKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Other reports citing any of the same sources (by name): what an event without a date or a
 * place can still be related to. Sources are not indexed, so at most SAME_SOURCE_SCAN events
 * around it in date order are decoded, nearest first.
 */
export function sameSourceEvents(index: EventIndex, position: number, limit = RELATED_DEFAULTS.limit): number[] {
  const keys = new Set(index.eventAt(position).sources.map((s) => sourceKey(s.name)));
  const found: number[] = [];
  const scan = Math.min(index.size - 1, SAME_SOURCE_SCAN);
  for (let step = 1, seen = 0; seen < scan && found.length < limit; step++) {
    for (const p of [position - step, position + step]) {
      if (p < 0 || p >= index.size) continue;
      seen++;
      if (index.eventAt(p).sources.some((s) => keys.has(sourceKey(s.name)))) found.push(p);
    }
  }
  return found.slice(0, limit);
}

/** The matches just before and after a position in date order, for previous/next. */
export function neighboursInOrder(
  positions: Uint32Array,
  position: number,
): { previous: number | null; next: number | null; rank: number | null } {
  const lo = lowerBound(positions, position);
  const found = positions[lo] === position;
  return {
    previous: lo > 0 ? (positions[lo - 1] as number) : null,
    next: (found ? lo + 1 : lo) < positions.length ? (positions[found ? lo + 1 : lo] as number) : null,
    rank: found ? lo : null,
  };
}
