import { EVENT_TYPES } from "./event.ts";
import type { EventIndex, NameFacet } from "./event-index.ts";

/** The reported counts a summary adds up. */
export const OUTCOME_FIELDS = ["arrested", "killed", "wounded"] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

/** Reported counts per position; NaN where the event gives no figure. */
export type OutcomeColumns = Record<OutcomeField, Float64Array>;

export interface OutcomeTotal {
  /** Sum of the figures reported. */
  total: number;
  /** Events that reported a figure (zero included). */
  reporting: number;
  /** Events that gave no figure. */
  unreported: number;
}

export interface NameTotal {
  name: string;
  events: number;
}

/** What the matches add up to: what a person would otherwise count by hand. */
export interface MatchTotals {
  events: number;
  outcomes: Record<OutcomeField, OutcomeTotal>;
  /** Matches per type, indexed like EVENT_TYPES. */
  types: Uint32Array;
  /** Most frequent operating forces and targets among the matches, most first (ties by name). */
  topActors: NameTotal[];
  topTargets: NameTotal[];
  /** First and last day of the dated matches; null when none is dated. */
  firstDay: number | null;
  lastDay: number | null;
  undated: number;
  unlocated: number;
}

const reportedCount = (value: number | null | undefined): number =>
  typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;

const cache = new WeakMap<EventIndex, OutcomeColumns>();

/**
 * The reported counts of every event, read once per dataset (events are decoded on demand, so
 * this is the one pass that decodes them all) and kept beside the index for every later summary.
 */
export function outcomeColumns(index: EventIndex): OutcomeColumns {
  let columns = cache.get(index);
  if (!columns) {
    const made: OutcomeColumns = {
      arrested: new Float64Array(index.size),
      killed: new Float64Array(index.size),
      wounded: new Float64Array(index.size),
    };
    for (let p = 0; p < index.size; p++) {
      const { outcome } = index.eventAt(p);
      for (const field of OUTCOME_FIELDS) made[field][p] = reportedCount(outcome[field]);
    }
    cache.set(index, made);
    columns = made;
  }
  return columns;
}

function topNames(facet: NameFacet, counts: Uint32Array, limit: number): NameTotal[] {
  const out: NameTotal[] = [];
  for (let id = 0; id < counts.length; id++) {
    const events = counts[id] as number;
    if (events > 0) out.push({ name: facet.names[id] as string, events });
  }
  out.sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.slice(0, limit);
}

function countNames(facet: NameFacet, p: number, counts: Uint32Array): void {
  const to = facet.offsets[p + 1] as number;
  for (let k = facet.offsets[p] as number; k < to; k++) {
    const id = facet.ids[k] as number;
    counts[id] = (counts[id] as number) + 1;
  }
}

/** Adds up the matching positions (from a query) in one pass over the columns. */
export function totalsOf(
  index: EventIndex,
  positions: ArrayLike<number>,
  outcomes: OutcomeColumns,
  top = 5,
): MatchTotals {
  const sums = { arrested: 0, killed: 0, wounded: 0 };
  const reporting = { arrested: 0, killed: 0, wounded: 0 };
  const types = new Uint32Array(EVENT_TYPES.length);
  const actorCounts = new Uint32Array(index.actors.names.length);
  const targetCounts = new Uint32Array(index.targets.names.length);
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  let undated = 0;
  let unlocated = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    for (const field of OUTCOME_FIELDS) {
      const value = outcomes[field][p] as number;
      if (!Number.isNaN(value)) {
        sums[field] += value;
        reporting[field]++;
      }
    }
    const t = index.type[p] as number;
    types[t] = (types[t] as number) + 1;
    countNames(index.actors, p, actorCounts);
    countNames(index.targets, p, targetCounts);
    if (p < index.datedCount) {
      const day = index.startDay[p] as number;
      if (firstDay === null || day < firstDay) firstDay = day;
      if (lastDay === null || day > lastDay) lastDay = day;
    } else undated++;
    if (Number.isNaN(index.lat[p] as number)) unlocated++;
  }
  const events = positions.length;
  const outcome = (field: OutcomeField): OutcomeTotal => ({
    total: sums[field],
    reporting: reporting[field],
    unreported: events - reporting[field],
  });
  return {
    events,
    outcomes: { arrested: outcome("arrested"), killed: outcome("killed"), wounded: outcome("wounded") },
    types,
    topActors: topNames(index.actors, actorCounts, top),
    topTargets: topNames(index.targets, targetCounts, top),
    firstDay,
    lastDay,
    undated,
    unlocated,
  };
}
