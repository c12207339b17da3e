import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { NO_FILTERS } from "../../src/domain/filters.ts";
import { GOVERNORATE_CODES, governorateByCode } from "../../src/domain/governorates.ts";
import { queryEvents } from "../../src/domain/query-events.ts";
import { sortPositions } from "../../src/features/list/sort-events.ts";
import { LOCALES } from "../../src/i18n/format.ts";
import type { Language } from "../../src/i18n/language.ts";
import type { ListSort } from "../../src/state/list-sort.ts";

const NAMES = ["Aleppo", "aleppo", "Ālep", "Homs", "Dar‘ā", "Daraa", "al-Bab", "Al Bab", "10 km east", "9 km east"];
const ARABIC = [undefined, "حلب", "حمص", "درعا"];
const count = fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined });

const arbitraryEvent = fc
  .record({
    day: fc.option(fc.integer({ min: 20_000, max: 20_030 }), { nil: null }),
    region: fc.option(fc.constantFrom(...GOVERNORATE_CODES), { nil: null }),
    name: fc.constantFrom(...NAMES),
    nameAr: fc.constantFrom(...ARABIC),
    located: fc.boolean(),
    arrested: fc.oneof(count, fc.constant(null)),
    killed: fc.oneof(count, fc.constant(null)),
    wounded: fc.oneof(count, fc.constant(null)),
  })
  .map(
    (r): SecurityEvent => ({
      id: "x",
      date: null,
      datePrecision: r.day === null ? "unknown" : "day",
      title: "t",
      summary: "s",
      type: EVENT_TYPES[0],
      actors: [],
      targets: [],
      location: r.located
        ? { name: r.name, nameAr: r.nameAr, lat: 35, lon: 38, precision: "town", admin1: r.region ?? undefined }
        : null,
      outcome: { arrested: r.arrested, killed: r.killed, wounded: r.wounded },
      sources: [{ name: "s", url: "https://example.com" }],
      startDay: r.day,
      endDay: r.day,
      admin1: r.located ? r.region : null,
    }),
  );

/** The list order as the list sorted event objects before it had sort-key columns. */
function referenceOrder(events: SecurityEvent[], newest: number[], sort: ListSort, lang: Language): number[] {
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
  const place = (e: SecurityEvent) =>
    e.location ? (lang === "ar" && e.location.nameAr ? e.location.nameAr : e.location.name) : null;
  const governorate = (e: SecurityEvent) =>
    e.admin1 ? (lang === "ar" ? governorateByCode(e.admin1).nameAr : governorateByCode(e.admin1).name) : null;
  const last = <T>(a: T | null, b: T | null) => (a === null ? 1 : 0) - (b === null ? 1 : 0);
  const total = (e: SecurityEvent) => {
    const known = [e.outcome.arrested, e.outcome.killed].filter((n): n is number => typeof n === "number");
    return known.length ? known.reduce((a, b) => a + b, 0) : null;
  };
  return [...newest].sort((p, q) => {
    const a = events[p] as SecurityEvent;
    const b = events[q] as SecurityEvent;
    const single = /^(most|fewest)-(arrested|killed|wounded)$/.exec(sort);
    if (single) {
      const kind = single[2] as "arrested" | "killed" | "wounded";
      const va = typeof a.outcome[kind] === "number" ? (a.outcome[kind] as number) : null;
      const vb = typeof b.outcome[kind] === "number" ? (b.outcome[kind] as number) : null;
      if (va === null || vb === null) return last(va, vb); // not reported: last either way
      return single[1] === "most" ? vb - va : va - vb;
    }
    if (sort === "outcome") {
      const ta = total(a);
      const tb = total(b);
      return ta === null || tb === null ? last(ta, tb) : tb - ta;
    }
    const pa = place(a);
    const pb = place(b);
    if (pa === null || pb === null) return last(pa, pb);
    const byPlace = collator.compare(pa, pb);
    if (byPlace !== 0) return byPlace;
    const ga = governorate(a);
    const gb = governorate(b);
    return ga === null || gb === null ? last(ga, gb) : collator.compare(ga, gb);
  });
}

describe("sorting the list", () => {
  it("orders by place, outcome or one reported count (not reported last either way) from the index's columns exactly as by the events themselves", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryEvent, { maxLength: 40 }),
        fc.constantFrom<ListSort>(
          "place",
          "outcome",
          "most-arrested",
          "fewest-arrested",
          "most-killed",
          "fewest-killed",
          "most-wounded",
          "fewest-wounded",
        ),
        fc.constantFrom<Language>("en", "ar"),
        (raw, sort, lang) => {
          const index = buildEventIndex(raw.map((e, i) => ({ ...e, id: `e${i}` })));
          const positions = queryEvents(index, NO_FILTERS).positions;
          const newest = [...sortPositions(index, positions, "newest", lang)];
          const events = Array.from({ length: index.size }, (_, p) => index.eventAt(p));
          expect([...sortPositions(index, positions, sort, lang)]).toEqual(referenceOrder(events, newest, sort, lang));
        },
      ),
      { numRuns: 400 },
    );
  });
});
