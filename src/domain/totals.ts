import { EVENT_TYPES } from "./event.ts";
import type { EventIndex, NameFacet } from "./event-index.ts";
import { OUTCOME_KINDS, type OutcomeKind } from "./outcome-filter.ts";

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
  outcomes: Record<OutcomeKind, OutcomeTotal>;
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
export function totalsOf(index: EventIndex, positions: ArrayLike<number>, top = 5): MatchTotals {
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
    for (const field of OUTCOME_KINDS) {
      const value = index[field][p] as number;
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
  const outcome = (field: OutcomeKind): OutcomeTotal => ({
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
