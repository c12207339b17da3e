import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGION_LEVEL } from "../../src/domain/areas.ts";
import { EVENT_TYPES, type SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { type Bounds, type Filters, NO_FILTERS } from "../../src/domain/filters.ts";
import { FORCE_GROUPS } from "../../src/domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";
import { REGION_AREA } from "../../src/domain/index-columns.ts";
import { normalizeText } from "../../src/domain/normalize-text.ts";
import { OUTCOME_KINDS } from "../../src/domain/outcome-filter.ts";
import { queryEvents } from "../../src/domain/query-events.ts";
import { searchClauses } from "../../src/domain/search-synonyms.ts";
import { arbitraryEvents } from "../support/random-events.ts";
import { outcomePasses, textSatisfies } from "../support/reference-filters.ts";

type Facet = "date" | "region" | "type" | "force" | "actor" | "target" | "other";

/** The obvious, slow reference: one predicate per filter over the event objects. */
function naivePasses(event: SecurityEvent, f: Filters, view: Bounds | null): Record<Facet, boolean> {
  const inRange =
    event.startDay === null
      ? (f.includeUndated ?? (f.from === null && f.to === null))
      : (f.from === null || event.startDay >= f.from) && (f.to === null || event.startDay <= f.to);
  const text = normalizeText(
    [event.title, event.summary, event.location?.name, ...event.actors, ...event.targets].join(" "),
  );
  const inView =
    !f.onlyInView ||
    view === null || // the map has not reported its bounds yet: nothing to restrict to
    (event.location !== null &&
      event.location.lat >= view[0] &&
      event.location.lat <= view[2] &&
      event.location.lon >= view[1] &&
      event.location.lon <= view[3]);
  return {
    date: inRange,
    region:
      (f.regions.length === 0 ||
        (event.admin1 !== null && f.regions.includes(event.admin1)) ||
        (event.location?.area !== undefined && f.regions.includes(REGION_LEVEL))) &&
      !(event.admin1 !== null && f.exclude.regions.includes(event.admin1)) &&
      !(event.location?.area !== undefined && f.exclude.regions.includes(REGION_LEVEL)),
    type: (f.types.length === 0 || f.types.includes(event.type)) && !f.exclude.types.includes(event.type),
    force: f.forceGroups.length === 0 || (event.forceGroups ?? []).some((g) => f.forceGroups.includes(g)),
    actor:
      (f.actors.length === 0 || event.actors.some((a) => f.actors.includes(a))) &&
      !event.actors.some((a) => f.exclude.actors.includes(a)),
    target:
      (f.targets.length === 0 || event.targets.some((t) => f.targets.includes(t))) &&
      !event.targets.some((t) => f.exclude.targets.includes(t)),
    other:
      inView &&
      outcomePasses(event.outcome, f.outcomes) &&
      searchClauses(f.text).every((clause) => textSatisfies(text, clause)),
  };
}

const passesExcept = (p: Record<Facet, boolean>, except: Facet) =>
  (Object.keys(p) as Facet[]).every((facet) => facet === except || p[facet]);

const anyFilters: fc.Arbitrary<Filters> = fc.record({
  from: fc.option(fc.integer({ min: 19_990, max: 20_410 }), { nil: null }),
  to: fc.option(fc.integer({ min: 19_990, max: 20_410 }), { nil: null }),
  regions: fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES, REGION_LEVEL), { maxLength: 3 }),
  types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
  forceGroups: fc.uniqueArray(fc.constantFrom(...FORCE_GROUPS), { maxLength: 2 }),
  actors: fc.uniqueArray(fc.constantFrom("SDF", "US CENTCOM", "Army", "Nobody"), { maxLength: 2 }),
  targets: fc.uniqueArray(fc.constantFrom("ISIS", "smugglers", "Nobody"), { maxLength: 2 }),
  exclude: fc.record({
    regions: fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES, REGION_LEVEL), { maxLength: 2 }),
    types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 2 }),
    actors: fc.uniqueArray(fc.constantFrom("SDF", "Army", "Nobody"), { maxLength: 1 }),
    targets: fc.uniqueArray(fc.constantFrom("ISIS", "Nobody"), { maxLength: 1 }),
  }),
  outcomes: fc.record({
    atLeast: fc.dictionary(fc.constantFrom(...OUTCOME_KINDS), fc.constantFrom(0, 1, 2, 5), { maxKeys: 2 }),
  }),
  text: fc.constantFrom("", "aleppo", "DARA", "حلب", "raid cell", "zzz", "Daesh", "IS"),
  includeUndated: fc.constantFrom(true, false, null),
  onlyInView: fc.boolean(),
});
/** Date range only, as on most brush steps: the query takes a shorter path for these. */
const dateOnlyFilters: fc.Arbitrary<Filters> = anyFilters.map((f) => ({
  ...f,
  regions: [],
  types: [],
  forceGroups: [],
  actors: [],
  targets: [],
  exclude: NO_FILTERS.exclude,
  outcomes: NO_FILTERS.outcomes,
  text: "",
  onlyInView: false,
}));
const arbitraryFilters = fc.oneof(anyFilters, dateOnlyFilters);
const arbitraryView = fc.option(
  fc
    .tuple(fc.double({ min: 32, max: 35, noNaN: true }), fc.double({ min: 35, max: 38, noNaN: true }))
    .map(([south, west]): Bounds => [south, west, south + 2, west + 3]),
  { nil: null },
);

describe("queryEvents against a naive reference", () => {
  it("returns the same matches, facet counts and histogram for any events and filters", () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryFilters, arbitraryView, (events, filters, view) => {
        const index = buildEventIndex(events);
        const result = queryEvents(index, filters, view);
        const passes = new Map(events.map((e) => [e.id, naivePasses(e, filters, view)]));
        const passesOf = (e: SecurityEvent) => passes.get(e.id) as Record<Facet, boolean>;
        const all = (e: SecurityEvent) => passesExcept(passes.get(e.id) as Record<Facet, boolean>, "none" as Facet);
        const expectedIds = events
          .filter(all)
          .map((e) => e.id)
          .sort();
        const actualIds = [...result.positions].map((p) => index.idAt(p)).sort();
        expect(actualIds).toEqual(expectedIds);

        GOVERNORATE_CODES.forEach((code, i) => {
          const expected = events.filter((e) => e.admin1 === code && passesExcept(passesOf(e), "region")).length;
          expect(result.counts.regions[i + 1], code).toBe(expected);
        });
        const inArea = events.filter((e) => e.location?.area && passesExcept(passesOf(e), "region")).length;
        expect(result.counts.regions[REGION_AREA], "area").toBe(inArea);
        FORCE_GROUPS.forEach((group, i) => {
          const expected = events.filter(
            (e) => e.forceGroups?.includes(group) && passesExcept(passesOf(e), "force"),
          ).length;
          expect(result.counts.forces[i], group).toBe(expected);
        });
        EVENT_TYPES.forEach((type, i) => {
          const expected = events.filter((e) => e.type === type && passesExcept(passesOf(e), "type")).length;
          expect(result.counts.types[i], type).toBe(expected);
        });
        index.actors.names.forEach((name, id) => {
          const expected = events.filter((e) => e.actors.includes(name) && passesExcept(passesOf(e), "actor")).length;
          expect(result.counts.actors[id], name).toBe(expected);
        });
        index.targets.names.forEach((name, id) => {
          const expected = events.filter((e) => e.targets.includes(name) && passesExcept(passesOf(e), "target")).length;
          expect(result.counts.targets[id], name).toBe(expected);
        });
        expect(result.counts.unlocated).toBe(events.filter((e) => e.location === null && all(e)).length);
        const undated = events.filter((e) => e.startDay === null && passesExcept(passesOf(e), "date")).length;
        expect(result.counts.undated).toBe(undated);
        const binned = [...result.filteredPerBin].reduce((a, b) => a + b, 0);
        const datedExceptDate = events.filter((e) => e.startDay !== null && passesExcept(passesOf(e), "date")).length;
        expect(binned).toBe(datedExceptDate);
      }),
      { numRuns: 300 },
    );
  });
});

describe("queryEvents", () => {
  it("returns matches in date order with undated last", () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const index = buildEventIndex(events);
        const days = [...queryEvents(index, NO_FILTERS).positions].map((p) => index.eventAt(p).startDay);
        const dated = days.filter((d) => d !== null) as number[];
        expect(dated).toEqual([...dated].sort((a, b) => a - b));
        expect(days.slice(dated.length).every((d) => d === null)).toBe(true);
        expect(days).toHaveLength(events.length);
      }),
    );
  });

  it("leaves undated events out of a date range, from the matches and every count, unless included", () => {
    const [sample] = fc.sample(
      arbitraryEvents.filter((e) => e.length >= 5),
      1,
    ) as [SecurityEvent[]];
    const aleppo = { name: "Aleppo", lat: 36.2, lon: 37.15, precision: "town" as const };
    const at = (i: number, date: string | null, startDay: number | null): SecurityEvent => ({
      ...(sample[i] as SecurityEvent),
      id: `e${i}`,
      date,
      datePrecision: date ? "day" : "unknown",
      startDay,
      endDay: startDay,
      location: aleppo,
      admin1: "SY-HL",
      actors: [],
      targets: [],
    });
    const jan2025 = 20_089; // 2025-01-01
    const events = [
      at(0, "2025-01-01", jan2025),
      at(1, "2025-02-01", jan2025 + 31),
      at(2, "2024-01-01", jan2025 - 366),
      at(3, null, null),
      at(4, null, null),
    ];
    const index = buildEventIndex(events);
    const aleppoSlot = GOVERNORATE_CODES.indexOf("SY-HL") + 1;
    const year2025 = { ...NO_FILTERS, from: jan2025, to: jan2025 + 364 };
    // The date-only path and the full pass (a region filter forces it) must agree.
    for (const filters of [year2025, { ...year2025, regions: ["SY-HL" as const] }]) {
      const ranged = queryEvents(index, filters);
      expect(ranged.positions).toHaveLength(2);
      expect(ranged.counts.regions[aleppoSlot]).toBe(2);
      expect(ranged.counts.undated).toBe(2); // what the "include" toggle offers
      const included = queryEvents(index, { ...filters, includeUndated: true });
      expect(included.positions).toHaveLength(4);
      expect(included.counts.regions[aleppoSlot]).toBe(4);
    }
    expect(queryEvents(index, NO_FILTERS).positions).toHaveLength(5);
    expect(queryEvents(index, { ...NO_FILTERS, includeUndated: false }).positions).toHaveLength(3);
  });

  it("does not throw on zero events", () => {
    const result = queryEvents(buildEventIndex([]), { ...NO_FILTERS, text: "x", from: 1, to: 2 });
    expect(result.positions).toHaveLength(0);
    expect(result.filteredPerBin).toHaveLength(0);
  });

  it("finds Arabic text whatever the hamza or diacritics, and Latin text without its accents", () => {
    const [a, b] = [
      { title: "Raid in Darʿā", summary: "" },
      { title: "مداهمة في إدلب", summary: "" },
    ];
    const [sample] = fc.sample(
      arbitraryEvents.filter((e) => e.length >= 2),
      1,
    ) as [SecurityEvent[]];
    const [first, second] = sample as [SecurityEvent, SecurityEvent];
    const events: SecurityEvent[] = [
      { ...first, ...a, actors: [], targets: [], location: null },
      { ...second, ...b, actors: [], targets: [], location: null },
    ];
    const index = buildEventIndex(events);
    const titles = (text: string) =>
      [...queryEvents(index, { ...NO_FILTERS, text }).positions].map((p) => index.eventAt(p).title);
    expect(titles("daraa")).toEqual(["Raid in Darʿā"]); // a spelling of the same governorate (search-synonyms)
    expect(titles("dara")).toEqual(["Raid in Darʿā"]);
    expect(titles("ادلب")).toEqual(["مداهمة في إدلب"]);
    expect(titles("RAID")).toEqual(["Raid in Darʿā"]);
  });
});
