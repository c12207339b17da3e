import { EVENT_TYPES, type SecurityEvent } from "./event.ts";
import { arrayEventStore, type EventStore } from "./event-store.ts";
import { FORCE_GROUPS } from "./force-groups.ts";
import {
  buffersOf,
  emptyRecordValues,
  type IndexColumnArrays,
  type IndexColumnName,
  indexColumnsInOrder,
  pushRecordColumns,
  REGION_SLOTS,
} from "./index-columns.ts";
import { Dictionary, NamesCollector } from "./name-dictionary.ts";
import { buildTextSearch, type TextSearch } from "./text-search.ts";
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
 * and transfer them to the page without copying (see `transferablesOf`). The per-event columns
 * come from the column table (index-columns.ts); the rest are built from them.
 */
export interface IndexColumns extends IndexColumnArrays {
  size: number;
  /** Positions [0, datedCount) are dated; the rest are undated. */
  datedCount: number;
  /** Web Mercator position in world units [0, 1), for clustering at any zoom; NaN when unlocated. */
  worldX: Float64Array;
  worldY: Float64Array;
  actors: NameFacetColumns;
  targets: NameFacetColumns;
  /** Distinct place labels: placeEn and placeAr hold ids into it. */
  placeNames: readonly string[];
  /** Histogram bins over the dated span, null when no event is dated. */
  bins: TimeBins | null;
  /** Bin of each dated position (-1 for undated). */
  binOfPosition: Int32Array;
  /** Events per bin, whatever the filters: the grey backdrop of the timeline. */
  allPerBin: Uint32Array;
  /** Facet counts over every event: the counts when nothing is filtered, without a pass. */
  totals: IndexTotals;
}

export interface IndexTotals {
  regions: Uint32Array;
  types: Uint32Array;
  /** Indexed by FORCE_GROUPS position. */
  forces: Uint32Array;
  actors: Uint32Array;
  targets: Uint32Array;
  unlocated: number;
}

/** Facet counts, all zero, for the index's facets. */
export function emptyTotals(columns: Pick<IndexColumns, "actors" | "targets">): IndexTotals {
  return {
    regions: new Uint32Array(REGION_SLOTS),
    types: new Uint32Array(EVENT_TYPES.length),
    forces: new Uint32Array(FORCE_GROUPS.length),
    actors: new Uint32Array(columns.actors.names.length),
    targets: new Uint32Array(columns.targets.names.length),
    unlocated: 0,
  };
}

/** Counts every event at positions [from, to) into each facet. */
export function countRange(columns: Omit<IndexColumns, "totals">, from: number, to: number, totals: IndexTotals): void {
  const { region, type, forces, lat, actors, targets } = columns;
  for (let p = from; p < to; p++) {
    const r = region[p] as number;
    totals.regions[r] = (totals.regions[r] as number) + 1;
    const t = type[p] as number;
    totals.types[t] = (totals.types[t] as number) + 1;
    addForces(totals.forces, forces[p] as number);
    for (let k = actors.offsets[p] as number; k < (actors.offsets[p + 1] as number); k++) {
      const id = actors.ids[k] as number;
      totals.actors[id] = (totals.actors[id] as number) + 1;
    }
    for (let k = targets.offsets[p] as number; k < (targets.offsets[p + 1] as number); k++) {
      const id = targets.ids[k] as number;
      totals.targets[id] = (totals.targets[id] as number) + 1;
    }
    if (Number.isNaN(lat[p] as number)) totals.unlocated++;
  }
}

/** Counts an event once in each force group its bits name. */
export function addForces(counts: Uint32Array, mask: number): void {
  for (let g = 0; mask !== 0; g++, mask >>= 1) if (mask & 1) counts[g] = (counts[g] as number) + 1;
}

function countTotals(columns: Omit<IndexColumns, "totals">): IndexTotals {
  const totals = emptyTotals(columns);
  countRange(columns, 0, columns.size, totals);
  return totals;
}

/**
 * Columnar index over the loaded events, built once when data loads. Every hot path
 * (brush moves, map moves, typing) reads these arrays instead of the event objects.
 * Positions are in date order: dated events ascending by start day, then the undated ones.
 */
export interface EventIndex extends IndexColumns {
  actors: NameFacet;
  targets: NameFacet;
  /** The event at a position, materialised on demand. */
  eventAt(position: number): SecurityEvent;
  idAt(position: number): string;
  positionOf(id: string): number | undefined;
  /**
   * Search over the events' text, built on the first text query when the events are on the
   * page; null when it is prepared elsewhere (the loading worker) and delivered separately.
   */
  textSearch(): TextSearch | null;
}

/**
 * What loading knows of each event, in load order, before the index sorts it: the loading
 * worker fills it record by record, without ever holding the events as objects.
 */
export interface UnsortedColumns extends Readonly<Record<IndexColumnName, ArrayLike<number>>> {
  size: number;
  actors: UnsortedNames;
  targets: UnsortedNames;
  placeNames: readonly string[];
}

/** Names per event as provisional ids (in order of first appearance), each listed once per event. */
export interface UnsortedNames {
  names: readonly string[];
  offsets: ArrayLike<number>;
  ids: ArrayLike<number>;
}

/**
 * Date order by counting sort on the day number: O(n) for any size, stable (ties keep their
 * load order), undated last.
 */
function dateOrder(startDay: ArrayLike<number>, size: number): Uint32Array {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < size; i++) {
    const day = startDay[i] as number;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const buckets = Number.isFinite(minDay) ? maxDay - minDay + 2 : 1; // last bucket: undated
  const bucketOf = (i: number) => {
    const day = startDay[i] as number;
    return Number.isNaN(day) ? buckets - 1 : day - minDay;
  };
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < size; i++) {
    const b = bucketOf(i) + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let b = 1; b <= buckets; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const bucket = bucketOf(i);
    order[starts[bucket] as number] = i;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  return order;
}

/** Renumbers names by frequency (most frequent first) and lays the postings out in position order. */
function sortNames(input: UnsortedNames, order: Uint32Array): NameFacetColumns {
  const frequency = new Uint32Array(input.names.length);
  for (let k = 0; k < input.ids.length; k++) {
    const id = input.ids[k] as number;
    frequency[id] = (frequency[id] as number) + 1;
  }
  const byRank = input.names
    .map((name, id) => ({ name, id, count: frequency[id] as number }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const rankOf = new Uint32Array(input.names.length);
  byRank.forEach((entry, rank) => {
    rankOf[entry.id] = rank;
  });
  const offsets = new Uint32Array(order.length + 1);
  const ids = new Uint32Array(input.ids.length);
  let next = 0;
  for (let p = 0; p < order.length; p++) {
    const i = order[p] as number;
    const to = input.offsets[i + 1] as number;
    for (let k = input.offsets[i] as number; k < to; k++) ids[next++] = rankOf[input.ids[k] as number] as number;
    offsets[p + 1] = next;
  }
  return { names: byRank.map((entry) => entry.name), offsets, ids };
}

/** Sorts loaded events into date order and builds the columns; `order[p]` is the load index at position p. */
export function sortIntoColumns(input: UnsortedColumns): { columns: IndexColumns; order: Uint32Array } {
  const { size } = input;
  const order = dateOrder(input.startDay, size);
  let datedCount = 0;
  while (datedCount < size && !Number.isNaN(input.startDay[order[datedCount] as number] as number)) datedCount++;

  const columns = indexColumnsInOrder(input, order);
  const { startDay, lat, lon } = columns;
  const worldX = new Float64Array(size);
  const worldY = new Float64Array(size);
  for (let p = 0; p < size; p++) {
    const y = lat[p] as number;
    const x = lon[p] as number;
    worldX[p] = Number.isNaN(x) ? Number.NaN : projectX(x);
    worldY[p] = Number.isNaN(y) ? Number.NaN : projectY(y);
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
  const counted: Omit<IndexColumns, "totals"> = {
    ...columns,
    size,
    datedCount,
    worldX,
    worldY,
    actors: sortNames(input.actors, order),
    targets: sortNames(input.targets, order),
    placeNames: input.placeNames,
    bins,
    binOfPosition,
    allPerBin,
  };
  return { columns: { ...counted, totals: countTotals(counted) }, order };
}

/** Sorts the events into date order and builds the columns. */
export function buildIndexColumns(input: readonly SecurityEvent[]): { columns: IndexColumns; events: SecurityEvent[] } {
  const actors = new NamesCollector();
  const targets = new NamesCollector();
  const places = new Dictionary();
  const values = emptyRecordValues();
  for (const event of input) {
    actors.add(event.actors);
    targets.add(event.targets);
    pushRecordColumns(values, event, event, places);
  }
  const { columns, order } = sortIntoColumns({
    ...values,
    size: input.length,
    actors,
    targets,
    placeNames: places.names,
  });
  return { columns, events: Array.from(order, (i) => input[i] as SecurityEvent) };
}

/** The buffers of the columns, to transfer them from a worker instead of copying them. */
export function transferablesOf(columns: IndexColumns): ArrayBuffer[] {
  return buffersOf(columns);
}

/**
 * Joins the columns with the events (in the same position order) into the queryable index.
 * `makeSearch` builds the text search on first use; without it the search is delivered
 * separately (by the loading worker, once it has folded the texts).
 */
export function assembleIndex(
  columns: IndexColumns,
  store: EventStore,
  makeSearch: (() => TextSearch) | null = null,
): EventIndex {
  let search: TextSearch | null = null;
  const withLookup = (facet: NameFacetColumns): NameFacet => ({
    ...facet,
    idByName: new Map(facet.names.map((name, id) => [name, id])),
  });
  return {
    ...columns,
    actors: withLookup(columns.actors),
    targets: withLookup(columns.targets),
    eventAt: (position) => store.at(position),
    idAt: (position) => store.idAt(position),
    positionOf: (id) => store.positionOf(id),
    textSearch() {
      if (!makeSearch) return null;
      search ??= makeSearch();
      return search;
    },
  };
}

export function buildEventIndex(input: readonly SecurityEvent[]): EventIndex {
  const { columns, events } = buildIndexColumns(input);
  return assembleIndex(columns, arrayEventStore(events), () => buildTextSearch(events));
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
