import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { type Filters, NO_FILTERS } from "../../src/domain/filters.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";
import { normalizeText } from "../../src/domain/normalize-text.ts";
import { OUTCOME_KINDS, type OutcomeKind } from "../../src/domain/outcome-filter.ts";
import { queryEvents } from "../../src/domain/query-events.ts";
import { searchClauses } from "../../src/domain/search-synonyms.ts";
import { type MatchTotals, type NameTotal, type OutcomeTotal, totalsOf } from "../../src/domain/totals.ts";
import { arbitraryEvents } from "../support/random-events.ts";
import { textSatisfies } from "../support/reference-filters.ts";

const figure = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });
/** Random events with reported figures: absent, null, zero or counts. */
const eventsWithOutcomes = arbitraryEvents.chain((events) =>
  fc
    .array(fc.record({ arrested: figure, killed: fc.oneof(figure, fc.constant(null)), wounded: figure }), {
      minLength: events.length,
      maxLength: events.length,
    })
    .map((outcomes) =>
      events.map((event, i) => {
        const o: Partial<Record<OutcomeKind, number | null | undefined>> = outcomes[i] ?? {};
        const outcome: SecurityEvent["outcome"] = {};
        for (const field of OUTCOME_KINDS) if (o[field] !== undefined) outcome[field] = o[field];
        return { ...event, outcome };
      }),
    ),
);

const anyFilters: fc.Arbitrary<Filters> = fc.record({
  from: fc.option(fc.integer({ min: 19_990, max: 20_410 }), { nil: null }),
  to: fc.option(fc.integer({ min: 19_990, max: 20_410 }), { nil: null }),
  regions: fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES), { maxLength: 3 }),
  types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
  actors: fc.uniqueArray(fc.constantFrom("SDF", "US CENTCOM", "Army", "Nobody"), { maxLength: 2 }),
  targets: fc.uniqueArray(fc.constantFrom("ISIS", "smugglers", "Nobody"), { maxLength: 2 }),
  text: fc.constantFrom("", "aleppo", "raid", "حلب"),
  includeUndated: fc.boolean(),
  onlyInView: fc.constant(false),
  forceGroups: fc.constant([]),
  exclude: fc.constant(NO_FILTERS.exclude),
  outcomes: fc.constant(NO_FILTERS.outcomes),
});

/** The obvious reference: filter the event objects one predicate at a time, then count by hand. */
function naiveMatches(events: SecurityEvent[], f: Filters): SecurityEvent[] {
  return events.filter((e) => {
    const inRange =
      e.startDay === null
        ? f.includeUndated
        : (f.from === null || e.startDay >= f.from) && (f.to === null || e.startDay <= f.to);
    const text = normalizeText([e.title, e.summary, e.location?.name, ...e.actors, ...e.targets].join(" "));
    return (
      inRange &&
      (f.regions.length === 0 || (e.admin1 !== null && f.regions.includes(e.admin1))) &&
      (f.types.length === 0 || f.types.includes(e.type)) &&
      (f.actors.length === 0 || e.actors.some((a) => f.actors.includes(a))) &&
      (f.targets.length === 0 || e.targets.some((t) => f.targets.includes(t))) &&
      searchClauses(f.text).every((clause) => textSatisfies(text, clause))
    );
  });
}

function naiveTotals(events: SecurityEvent[], top: number): MatchTotals {
  const outcomes = {} as Record<OutcomeKind, OutcomeTotal>;
  for (const field of OUTCOME_KINDS) {
    let total = 0;
    let reporting = 0;
    for (const e of events) {
      const value = e.outcome[field];
      if (typeof value === "number") {
        total += value;
        reporting++;
      }
    }
    outcomes[field] = { total, reporting, unreported: events.length - reporting };
  }
  const rank = (lists: string[][]): NameTotal[] => {
    const counts = new Map<string, number>();
    for (const names of lists) for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts]
      .map(([name, n]) => ({ name, events: n }))
      .sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : 1))
      .slice(0, top);
  };
  const days = events.flatMap((e) => (e.startDay === null ? [] : [e.startDay]));
  return {
    events: events.length,
    outcomes,
    types: Uint32Array.from(EVENT_TYPES, (type) => events.filter((e) => e.type === type).length),
    topActors: rank(events.map((e) => e.actors)),
    topTargets: rank(events.map((e) => e.targets)),
    firstDay: days.length ? Math.min(...days) : null,
    lastDay: days.length ? Math.max(...days) : null,
    undated: events.length - days.length,
    unlocated: events.filter((e) => e.location === null).length,
  };
}

describe("totals for the current filters", () => {
  it("equal a naive count over the events for random filters", () => {
    fc.assert(
      fc.property(eventsWithOutcomes, anyFilters, fc.integer({ min: 1, max: 6 }), (events, filters, top) => {
        const index = buildEventIndex(events);
        const { positions } = queryEvents(index, filters);
        const totals = totalsOf(index, positions, top);
        expect(totals).toEqual(naiveTotals(naiveMatches(events, filters), top));
      }),
      { numRuns: 300 },
    );
  });

  it("counts a reported zero as a figure and a missing one as none", () => {
    const [a, b, c] =
      fc.sample(
        arbitraryEvents.filter((e) => e.length >= 3),
        { numRuns: 1, seed: 4 },
      )[0] ?? [];
    if (!a || !b || !c) throw new Error("sample too small");
    const events = [
      { ...a, outcome: { arrested: 0 } },
      { ...b, outcome: { arrested: 12, killed: null } },
      { ...c, outcome: {} },
    ];
    const index = buildEventIndex(events);
    const totals = totalsOf(index, Uint32Array.from([0, 1, 2]));
    expect(totals.outcomes.arrested).toEqual({ total: 12, reporting: 2, unreported: 1 });
    expect(totals.outcomes.killed).toEqual({ total: 0, reporting: 0, unreported: 3 });
  });
});
