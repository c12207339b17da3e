import { EVENT_TYPES, type EventType, type SecurityEvent } from "./event.ts";
import { GOVERNORATE_CODES, type GovernorateCode } from "./governorates.ts";
import { normalizeText } from "./normalize-text.ts";
import { binOf, makeTimeBins, type TimeBins } from "./time-bins.ts";
import { worldX as projectX, worldY as projectY } from "./web-mercator.ts";

/** A multi-valued facet (operating forces, targets) as compressed postings per event. */
export interface NameFacet {
  /** Distinct names, most frequent first. */
  names: readonly string[];
  idByName: ReadonlyMap<string, number>;
  /** Event at position p has ids[offsets[p] .. offsets[p + 1]). */
  offsets: Uint32Array;
  ids: Uint32Array;
}

/**
 * Columnar index over the loaded events, built once when data loads. Every hot path
 * (brush moves, map moves, typing) reads these arrays instead of the event objects.
 * Positions are in date order: dated events ascending by start day, then the undated ones.
 */
export interface EventIndex {
  events: readonly SecurityEvent[];
  size: number;
  /** Positions [0, datedCount) are dated; the rest are undated. */
  datedCount: number;
  startDay: Int32Array;
  /** GOVERNORATE_CODES index + 1; 0 when the event has no governorate. */
  region: Uint8Array;
  /** EVENT_TYPES index. */
  type: Uint8Array;
  /** NaN when the event has no location. */
  lat: Float64Array;
  lon: Float64Array;
  /** Web Mercator position in world units [0, 1), for clustering at any zoom; NaN when unlocated. */
  worldX: Float64Array;
  worldY: Float64Array;
  actors: NameFacet;
  targets: NameFacet;
  positionById: ReadonlyMap<string, number>;
  /** Histogram bins over the dated span, null when no event is dated. */
  bins: TimeBins | null;
  /** Bin of each dated position (-1 for undated). */
  binOfPosition: Int32Array;
  /** Events per bin, whatever the filters: the grey backdrop of the timeline. */
  allPerBin: Uint32Array;
  /** Folded search text per position, built on the first text query. */
  searchText(): readonly string[];
}

export const REGION_NONE = 0;
export const regionSlot = (code: GovernorateCode): number => GOVERNORATE_CODES.indexOf(code) + 1;
export const typeSlot = (type: EventType): number => EVENT_TYPES.indexOf(type);

function compareByDate(a: SecurityEvent, b: SecurityEvent): number {
  if (a.startDay === null || b.startDay === null) return (a.startDay === null ? 1 : 0) - (b.startDay === null ? 1 : 0);
  return a.startDay - b.startDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function buildNameFacet(events: readonly SecurityEvent[], namesOf: (e: SecurityEvent) => readonly string[]): NameFacet {
  const frequency = new Map<string, number>();
  for (const event of events) for (const name of new Set(namesOf(event))) frequency.set(name, (frequency.get(name) ?? 0) + 1);
  const names = [...frequency.keys()].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a.localeCompare(b));
  const idByName = new Map(names.map((name, id) => [name, id]));
  const offsets = new Uint32Array(events.length + 1);
  const ids: number[] = [];
  events.forEach((event, position) => {
    for (const name of new Set(namesOf(event))) ids.push(idByName.get(name) as number);
    offsets[position + 1] = ids.length;
  });
  return { names, idByName, offsets, ids: Uint32Array.from(ids) };
}

function searchableText(event: SecurityEvent): string {
  const location = event.location;
  return normalizeText(
    [
      event.title,
      event.titleAr,
      event.summary,
      event.summaryAr,
      location?.name,
      location?.nameAr,
      ...event.actors,
      ...event.targets,
      ...(event.tags ?? []),
    ]
      .filter(Boolean)
      .join(" \u0000 "),
  );
}

export function buildEventIndex(input: readonly SecurityEvent[]): EventIndex {
  const events = [...input].sort(compareByDate);
  const size = events.length;
  let datedCount = 0;
  while (datedCount < size && events[datedCount]?.startDay !== null) datedCount++;

  const startDay = new Int32Array(size);
  const region = new Uint8Array(size);
  const type = new Uint8Array(size);
  const lat = new Float64Array(size).fill(Number.NaN);
  const lon = new Float64Array(size).fill(Number.NaN);
  const worldX = new Float64Array(size).fill(Number.NaN);
  const worldY = new Float64Array(size).fill(Number.NaN);
  const positionById = new Map<string, number>();
  events.forEach((event, p) => {
    startDay[p] = event.startDay ?? 0;
    region[p] = event.admin1 ? regionSlot(event.admin1) : REGION_NONE;
    type[p] = typeSlot(event.type);
    if (event.location) {
      lat[p] = event.location.lat;
      lon[p] = event.location.lon;
      worldX[p] = projectX(event.location.lon);
      worldY[p] = projectY(event.location.lat);
    }
    positionById.set(event.id, p);
  });

  const bins = datedCount > 0 ? makeTimeBins(startDay[0] as number, startDay[datedCount - 1] as number) : null;
  const binOfPosition = new Int32Array(size).fill(-1);
  const allPerBin = new Uint32Array(bins?.starts.length ?? 0);
  if (bins) {
    for (let p = 0; p < datedCount; p++) {
      const bin = binOf(bins, startDay[p] as number);
      binOfPosition[p] = bin;
      if (bin >= 0) allPerBin[bin] = (allPerBin[bin] as number) + 1;
    }
  }

  let folded: string[] | null = null;
  return {
    events,
    size,
    datedCount,
    startDay,
    region,
    type,
    lat,
    lon,
    worldX,
    worldY,
    actors: buildNameFacet(events, (e) => e.actors),
    targets: buildNameFacet(events, (e) => e.targets),
    positionById,
    bins,
    binOfPosition,
    allPerBin,
    searchText() {
      folded ??= events.map(searchableText);
      return folded;
    },
  };
}

/** First position whose start day is >= day (over the dated prefix). */
export function lowerBoundDay(index: EventIndex, day: number): number {
  let lo = 0;
  let hi = index.datedCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.startDay[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
