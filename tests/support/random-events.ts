import fc from "fast-check";
import { AREA_CODES } from "../../src/domain/areas.ts";
import { EVENT_TYPES, type SecurityEvent } from "../../src/domain/event.ts";
import { FORCE_GROUPS } from "../../src/domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";

const ACTORS = ["General Security Service", "SDF", "US CENTCOM", "Interior Ministry", "Army"];
const TARGETS = ["ISIS", "Hezbollah", "smugglers", "Assad loyalists"];
const WORDS = ["raid", "cell", "Aleppo", "Dar‘ā", "دمشق", "weapons", "tunnel", "Deir", "حلب"];

/** Small random synthetic events for property tests, with many ties and edge values on purpose. */
export const arbitraryEvent: fc.Arbitrary<SecurityEvent> = fc
  .record({
    n: fc.nat(),
    day: fc.option(fc.integer({ min: 20_000, max: 20_400 }), { nil: null }),
    region: fc.option(fc.constantFrom(...GOVERNORATE_CODES), { nil: null }),
    // Some located events are placed in an area spanning governorates, in none of them.
    area: fc.option(fc.constantFrom(...AREA_CODES), { nil: null, freq: 4 }),
    forceGroups: fc.option(fc.uniqueArray(fc.constantFrom(...FORCE_GROUPS), { minLength: 1, maxLength: 2 }), {
      nil: undefined,
    }),
    type: fc.constantFrom(...EVENT_TYPES),
    actors: fc.uniqueArray(fc.constantFrom(...ACTORS), { maxLength: 3 }),
    targets: fc.uniqueArray(fc.constantFrom(...TARGETS), { maxLength: 2 }),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
    lat: fc.double({ min: 32.3, max: 37.3, noNaN: true }),
    lon: fc.double({ min: 35.7, max: 42.3, noNaN: true }),
    outcome: fc.record({
      arrested: fc.option(fc.constantFrom(0, 1, 2, 5, 7, 40), { nil: undefined }),
      killed: fc.option(fc.constantFrom(0, 1, 3), { nil: null }),
      wounded: fc.option(fc.constantFrom(0, 2), { nil: undefined }),
    }),
  })
  .map(
    (r): SecurityEvent => ({
      id: `e${r.n}`,
      date: null,
      datePrecision: r.day === null ? "unknown" : "day",
      title: r.words.join(" ") || "untitled",
      summary: "synthetic",
      type: r.type,
      actors: r.actors,
      forceGroups: r.forceGroups,
      targets: r.targets,
      location: r.area
        ? { name: "an area", lat: r.lat, lon: r.lon, precision: "region", area: r.area }
        : r.region
          ? { name: "somewhere", lat: r.lat, lon: r.lon, precision: "town", admin1: r.region }
          : null,
      outcome: r.outcome,
      sources: [{ name: "synthetic", url: "https://example.com" }],
      synthetic: true,
      startDay: r.day,
      endDay: r.day,
      admin1: r.area ? null : r.region,
    }),
  );

export const arbitraryEvents = fc
  .array(arbitraryEvent, { maxLength: 60 })
  .map((events) => events.map((e, i) => ({ ...e, id: `e${i}` })));
