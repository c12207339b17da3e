import type { Binning } from "./binning.ts";
import { EVENT_TYPES } from "./event.ts";
import { addForces, countRange, type EventIndex, emptyTotals, lowerBoundDay } from "./event-index.ts";
import { type Bounds, type Filters, hasExclusions, undatedIncluded } from "./filters.ts";
import { forceMask } from "./force-groups.ts";
import { REGION_SLOTS, regionSlot, typeSlot } from "./index-columns.ts";
import { hasOutcomeFilter, outcomePredicate } from "./outcome-filter.ts";
import { searchClauses } from "./search-synonyms.ts";
import type { TextSearch } from "./text-search.ts";

/**
 * Facet counts follow the usual faceted-search rule: a facet's counts apply every filter
 * except its own, so a person sees what choosing another value would give.
 */
export interface FacetCounts {
  /** Indexed by region slot (0 = no governorate or area, REGION_AREA = an area). */
  regions: Uint32Array;
  /** Indexed by EVENT_TYPES position. */
  types: Uint32Array;
  /** Indexed by FORCE_GROUPS position; an event of a joint operation counts in each of its groups. */
  forces: Uint32Array;
  /** Indexed by name id in index.actors / index.targets. */
  actors: Uint32Array;
  targets: Uint32Array;
  /** Undated events passing every other filter, counted whether or not undated are included. */
  undated: number;
  /** Matches with no location: in the list, never on the map. */
  unlocated: number;
}

export interface QueryResult {
  /** Matching positions in date order (dated ascending, then undated). */
  positions: Uint32Array;
  counts: FacetCounts;
  /** Per bin: events passing every filter except the date range (the coloured bars). */
  filteredPerBin: Uint32Array;
  /** True when the text filter could not be applied yet: the search is still being prepared. */
  textPending: boolean;
}

const FACET_DATE = 0;
const FACET_REGION = 1;
const FACET_TYPE = 2;
const FACET_ACTOR = 3;
const FACET_TARGET = 4;
const FACET_FORCE = 5;
const FACET_OTHER = 6; // text and map view: filters without counts of their own

function selection(size: number, slots: readonly number[]): Uint8Array | null {
  if (slots.length === 0) return null;
  const selected = new Uint8Array(size);
  for (const slot of slots) if (slot >= 0 && slot < size) selected[slot] = 1;
  return selected;
}

/** Selected slots, minus excluded ones: all slots but those when nothing is selected. */
function chosen(size: number, slots: readonly number[], excluded: readonly number[]): Uint8Array | null {
  if (slots.length === 0 && excluded.length === 0) return null;
  const selected = selection(size, slots) ?? new Uint8Array(size).fill(1);
  for (const slot of excluded) if (slot >= 0 && slot < size) selected[slot] = 0;
  return selected;
}

function anySelected(ids: Uint32Array, from: number, to: number, selected: Uint8Array): boolean {
  for (let k = from; k < to; k++) if (selected[ids[k] as number]) return true;
  return false;
}

function addAll(counts: Uint32Array, ids: Uint32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const id = ids[k] as number;
    counts[id] = (counts[id] as number) + 1;
  }
}

/**
 * Applies the filters to the index in one pass, producing the matches, every facet's counts
 * and the timeline histogram together. `view` is the visible map area, used when
 * filters.onlyInView is set.
 */
export function queryEvents(
  index: EventIndex,
  filters: Filters,
  view: Bounds | null = null,
  textSearch: TextSearch | null = index.textSearch(),
  binning: Binning = index,
): QueryResult {
  const { size, datedCount, region, type, forces, lat, lon, actors, targets } = index;
  const { binOfPosition } = binning;
  const dateLo = filters.from === null ? 0 : lowerBoundDay(index, filters.from);
  const dateHi = filters.to === null ? datedCount : lowerBoundDay(index, filters.to + 1);
  const { exclude } = filters;
  const regionSelected = chosen(REGION_SLOTS, filters.regions.map(regionSlot), exclude.regions.map(regionSlot));
  const typeSelected = chosen(EVENT_TYPES.length, filters.types.map(typeSlot), exclude.types.map(typeSlot));
  // An event passes when it names any selected group.
  const forcesSelected = forceMask(filters.forceGroups);
  const nameIds = (facet: typeof actors, names: readonly string[]) => names.map((n) => facet.idByName.get(n) ?? -1);
  const actorSelected = selection(actors.names.length, nameIds(actors, filters.actors));
  const targetSelected = selection(targets.names.length, nameIds(targets, filters.targets));
  const actorExcluded = selection(actors.names.length, nameIds(actors, exclude.actors));
  const targetExcluded = selection(targets.names.length, nameIds(targets, exclude.targets));
  const outcomePasses = hasOutcomeFilter(filters.outcomes) ? outcomePredicate(index, filters.outcomes) : null;
  // A selected name absent from this dataset matches nothing, as a person would expect.
  const actorsImpossible = filters.actors.length > 0 && !filters.actors.some((n) => actors.idByName.has(n));
  const targetsImpossible = filters.targets.length > 0 && !filters.targets.some((n) => targets.idByName.has(n));
  const terms = searchClauses(filters.text);
  // Until the search is ready a text query matches nothing, and the result says why.
  const textPending = terms.length > 0 && textSearch === null;
  const textMatches = terms.length ? (textSearch?.matching(terms) ?? new Uint8Array(size)) : null;
  const bounds = filters.onlyInView ? view : null;
  const includeUndated = undatedIncluded(filters);

  const onlyDates =
    !regionSelected &&
    !typeSelected &&
    forcesSelected === 0 &&
    !hasExclusions(exclude) &&
    !outcomePasses &&
    !actorSelected &&
    !targetSelected;
  if (onlyDates && !textMatches && !bounds) return dateOnlyQuery(index, binning, dateLo, dateHi, includeUndated);

  const counts: FacetCounts = { ...emptyTotals(index), undated: 0 };
  const filteredPerBin = new Uint32Array(binning.allPerBin.length);
  const positions = new Uint32Array(size);
  let matched = 0;

  for (let p = 0; p < size; p++) {
    let failures = 0;
    let failedFacet = -1;
    const dated = p < datedCount;
    if (dated ? p < dateLo || p >= dateHi : !includeUndated) {
      failures++;
      failedFacet = FACET_DATE;
    }
    if (regionSelected && !regionSelected[region[p] as number]) {
      failures++;
      failedFacet = FACET_REGION;
    }
    if (failures > 1) continue;
    if (typeSelected && !typeSelected[type[p] as number]) {
      failures++;
      failedFacet = FACET_TYPE;
    }
    if (failures > 1) continue;
    const forceBits = forces[p] as number;
    if (forcesSelected !== 0 && (forceBits & forcesSelected) === 0) {
      failures++;
      failedFacet = FACET_FORCE;
    }
    if (failures > 1) continue;
    const actorFrom = actors.offsets[p] as number;
    const actorTo = actors.offsets[p + 1] as number;
    if (
      (actorSelected && (actorsImpossible || !anySelected(actors.ids, actorFrom, actorTo, actorSelected))) ||
      (actorExcluded && anySelected(actors.ids, actorFrom, actorTo, actorExcluded))
    ) {
      failures++;
      failedFacet = FACET_ACTOR;
    }
    if (failures > 1) continue;
    const targetFrom = targets.offsets[p] as number;
    const targetTo = targets.offsets[p + 1] as number;
    if (
      (targetSelected && (targetsImpossible || !anySelected(targets.ids, targetFrom, targetTo, targetSelected))) ||
      (targetExcluded && anySelected(targets.ids, targetFrom, targetTo, targetExcluded))
    ) {
      failures++;
      failedFacet = FACET_TARGET;
    }
    if (failures > 1) continue;
    if (bounds) {
      const y = lat[p] as number;
      const x = lon[p] as number;
      if (!(y >= bounds[0] && y <= bounds[2] && x >= bounds[1] && x <= bounds[3])) {
        failures++;
        failedFacet = FACET_OTHER;
      }
    }
    if (failures > 1) continue;
    if (outcomePasses && !outcomePasses(p)) {
      failures++;
      failedFacet = FACET_OTHER;
    }
    if (failures > 1) continue;
    if (textMatches) {
      if (!textMatches[p]) {
        failures++;
        failedFacet = FACET_OTHER;
      }
    }
    if (failures > 1) continue;

    const countDate = failures === 0 || failedFacet === FACET_DATE;
    if (countDate) {
      const bin = binOfPosition[p] as number;
      if (bin >= 0) filteredPerBin[bin] = (filteredPerBin[bin] as number) + 1;
      if (!dated) counts.undated++;
    }
    if (failures === 0 || failedFacet === FACET_REGION) {
      const slot = region[p] as number;
      counts.regions[slot] = (counts.regions[slot] as number) + 1;
    }
    if (failures === 0 || failedFacet === FACET_TYPE) {
      const slot = type[p] as number;
      counts.types[slot] = (counts.types[slot] as number) + 1;
    }
    if (failures === 0 || failedFacet === FACET_FORCE) addForces(counts.forces, forceBits);
    if (failures === 0 || failedFacet === FACET_ACTOR) addAll(counts.actors, actors.ids, actorFrom, actorTo);
    if (failures === 0 || failedFacet === FACET_TARGET) addAll(counts.targets, targets.ids, targetFrom, targetTo);
    if (failures === 0) {
      positions[matched++] = p;
      if (Number.isNaN(lat[p] as number)) counts.unlocated++;
    }
  }
  return { positions: positions.slice(0, matched), counts, filteredPerBin, textPending };
}

/**
 * The query when only the date range (and whether undated events count) is set, as on most
 * brush steps: every event passes every other filter, so the matches are one or two runs of
 * positions, the timeline's coloured bars are all the events, and only the matches need visiting.
 */
function dateOnlyQuery(
  index: EventIndex,
  binning: Binning,
  dateLo: number,
  rangeEnd: number,
  includeUndated: boolean,
): QueryResult {
  const { size, datedCount } = index;
  const dateHi = Math.max(dateLo, rangeEnd); // a range that ends before it starts holds nothing
  const undated = size - datedCount;
  const matched = dateHi - dateLo + (includeUndated ? undated : 0);
  const positions = new Uint32Array(matched);
  if (matched === size) {
    // Nothing filtered out, as when a dataset opens: the counts were taken when it was indexed.
    for (let p = 0; p < size; p++) positions[p] = p;
    const { totals } = index;
    return {
      positions,
      counts: {
        regions: totals.regions.slice(),
        types: totals.types.slice(),
        forces: totals.forces.slice(),
        actors: totals.actors.slice(),
        targets: totals.targets.slice(),
        undated,
        unlocated: totals.unlocated,
      },
      filteredPerBin: binning.allPerBin.slice(),
      textPending: false,
    };
  }
  const counts: FacetCounts = { ...emptyTotals(index), undated };
  let next = 0;
  const visit = (from: number, to: number) => {
    for (let p = from; p < to; p++) positions[next++] = p;
    countRange(index, from, to, counts);
  };
  visit(dateLo, dateHi);
  if (includeUndated) visit(datedCount, size);
  return { positions, counts, filteredPerBin: binning.allPerBin.slice(), textPending: false };
}
