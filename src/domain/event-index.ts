import { EVENT_TYPES, type EventType, type SecurityEvent } from "./event.ts";
import { GOVERNORATE_CODES, type GovernorateCode } from "./governorates.ts";
import { normalizeText } from "./normalize-text.ts";
import { binOf, makeTimeBins, type TimeBins } from "./time-bins.ts";
import { worldX as projectX, worldY as projectY } from "./web-mercator.ts";

/** A multi-valued facet (operating forces, targets) as compressed postings per event. */
export interface NameFacetColumns {
  /** Distinct names, most frequent first. */
  names: readonly string[];
  /** Event at position p has ids[offsets[p] .. offsets[p + 1]). */
  offsets: Uint32Array;
  ids: Uint32Array;
}

export interface NameFacet extends NameFacetColumns {
  idByName: ReadonlyMap<string, number>;
}

/**
 * The columns of the index: typed arrays and plain data only, so a Web Worker can build them
 * and transfer them to the page without copying (see `transferablesOf`).
 */
export interface IndexColumns {
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
  actors: NameFacetColumns;
  targets: NameFacetColumns;
  /** Histogram bins over the dated span, null when no event is dated. */
  bins: TimeBins | null;
  /** Bin of each dated position (-1 for undated). */
  binOfPosition: Int32Array;
  /** Events per bin, whatever the filters: the grey backdrop of the timeline. */
  allPerBin: Uint32Array;
}

/**
 * Columnar index over the loaded events, built once when data loads. Every hot path
 * (brush moves, map moves, typing) reads these arrays instead of the event objects.
 * Positions are in date order: dated events ascending by start day, then the undated ones.
 */
export interface EventIndex extends IndexColumns {
  /** The events in position order. */
  events: readonly SecurityEvent[];
  actors: NameFacet;
  targets: NameFacet;
  /** Position of an event id (a lookup table built on first use). */
  positionOf(id: string): number | undefined;
  /** Folded search text per position, built on the first text query. */
  searchText(): readonly string[];
}

export const REGION_NONE = 0;
export const regionSlot = (code: GovernorateCode): number => GOVERNORATE_CODES.indexOf(code) + 1;
export const typeSlot = (type: EventType): number => EVENT_TYPES.indexOf(type);

/**
 * Date order by counting sort on the day number: O(n) for any size, stable (ties keep their
 * input order), undated last.
 */
function dateOrder(input: readonly SecurityEvent[]): Uint32Array {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const event of input) {
    if (event.startDay === null) continue;
    if (event.startDay < minDay) minDay = event.startDay;
    if (event.startDay > maxDay) maxDay = event.startDay;
  }
  const buckets = Number.isFinite(minDay) ? maxDay - minDay + 2 : 1; // last bucket: undated
  const starts = new Uint32Array(buckets + 1);
  const bucketOf = (event: SecurityEvent) => (event.startDay === null ? buckets - 1 : event.startDay - minDay);
  for (const event of input) starts[bucketOf(event) + 1] = (starts[bucketOf(event) + 1] as number) + 1;
  for (let b = 1; b <= buckets; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const order = new Uint32Array(input.length);
  input.forEach((event, i) => {
    const bucket = bucketOf(event);
    order[starts[bucket] as number] = i;
    starts[bucket] = (starts[bucket] as number) + 1;
  });
  return order;
}

function buildNameFacet(
  events: readonly SecurityEvent[],
  namesOf: (e: SecurityEvent) => readonly string[],
): NameFacetColumns {
  const frequency = new Map<string, number>();
  for (const event of events) {
    const names = namesOf(event);
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      if (names.indexOf(name) !== k) continue; // a name listed twice counts once
      frequency.set(name, (frequency.get(name) ?? 0) + 1);
    }
  }
  const names = [...frequency.keys()].sort(
    (a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a.localeCompare(b),
  );
  const idByName = new Map(names.map((name, id) => [name, id]));
  const offsets = new Uint32Array(events.length + 1);
  let total = 0;
  for (const count of frequency.values()) total += count;
  const ids = new Uint32Array(total);
  let next = 0;
  events.forEach((event, position) => {
    const eventNames = namesOf(event);
    for (let k = 0; k < eventNames.length; k++) {
      const name = eventNames[k] as string;
      if (eventNames.indexOf(name) === k) ids[next++] = idByName.get(name) as number;
    }
    offsets[position + 1] = next;
  });
  return { names, offsets, ids };
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

/** Sorts the events into date order and builds the columns. */
export function buildIndexColumns(input: readonly SecurityEvent[]): { columns: IndexColumns; events: SecurityEvent[] } {
  const order = dateOrder(input);
  const size = input.length;
  const events: SecurityEvent[] = new Array(size);
  for (let p = 0; p < size; p++) events[p] = input[order[p] as number] as SecurityEvent;
  let datedCount = 0;
  while (datedCount < size && events[datedCount]?.startDay !== null) datedCount++;

  const startDay = new Int32Array(size);
  const region = new Uint8Array(size);
  const type = new Uint8Array(size);
  const lat = new Float64Array(size).fill(Number.NaN);
  const lon = new Float64Array(size).fill(Number.NaN);
  const worldX = new Float64Array(size).fill(Number.NaN);
  const worldY = new Float64Array(size).fill(Number.NaN);
  for (let p = 0; p < size; p++) {
    const event = events[p] as SecurityEvent;
    startDay[p] = event.startDay ?? 0;
    region[p] = event.admin1 ? regionSlot(event.admin1) : REGION_NONE;
    type[p] = typeSlot(event.type);
    const location = event.location;
    if (location) {
      lat[p] = location.lat;
      lon[p] = location.lon;
      worldX[p] = projectX(location.lon);
      worldY[p] = projectY(location.lat);
    }
  }

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
  const columns: IndexColumns = {
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
    bins,
    binOfPosition,
    allPerBin,
  };
  return { columns, events };
}

/** The buffers of the columns, to transfer them from a worker instead of copying them. */
export function transferablesOf(columns: IndexColumns): ArrayBuffer[] {
  const arrays = [
    columns.startDay,
    columns.region,
    columns.type,
    columns.lat,
    columns.lon,
    columns.worldX,
    columns.worldY,
    columns.actors.offsets,
    columns.actors.ids,
    columns.targets.offsets,
    columns.targets.ids,
    columns.binOfPosition,
    columns.allPerBin,
    ...(columns.bins ? [columns.bins.starts] : []),
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Joins the columns with the events (in the same position order) into the queryable index. */
export function assembleIndex(columns: IndexColumns, events: readonly SecurityEvent[]): EventIndex {
  let folded: string[] | null = null;
  let positionById: Map<string, number> | null = null;
  const withLookup = (facet: NameFacetColumns): NameFacet => ({
    ...facet,
    idByName: new Map(facet.names.map((name, id) => [name, id])),
  });
  return {
    ...columns,
    events,
    actors: withLookup(columns.actors),
    targets: withLookup(columns.targets),
    positionOf(id) {
      positionById ??= new Map(events.map((event, p) => [event.id, p]));
      return positionById.get(id);
    },
    searchText() {
      folded ??= events.map(searchableText);
      return folded;
    },
  };
}

export function buildEventIndex(input: readonly SecurityEvent[]): EventIndex {
  const { columns, events } = buildIndexColumns(input);
  return assembleIndex(columns, events);
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
