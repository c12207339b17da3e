import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGION_LEVEL } from "../../src/domain/areas.ts";
import { parseIsoDate } from "../../src/domain/dates.ts";
import { EVENT_TYPES } from "../../src/domain/event.ts";
import { FORCE_GROUPS } from "../../src/domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";
import { LANGUAGES } from "../../src/i18n/language.ts";
import { say } from "../../src/i18n/message.ts";
import { LIST_SORTS } from "../../src/state/list-sort.ts";
import { URL_MESSAGES, type UrlNotice } from "../../src/url/url-messages.ts";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from "../../src/url/url-state.ts";

const dayOf = (text: string) => parseIsoDate(text)?.startDay ?? Number.NaN;
const day = fc.integer({ min: dayOf("2000-01-01"), max: dayOf("2040-12-31") });
const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const fixed = (min: number, max: number, decimals: number) =>
  fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);

const arbitraryUrlState: fc.Arbitrary<UrlState> = fc
  .record({
    eventId: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,30}$/), { nil: null }),
    view: fc.option(fc.record({ lat: fixed(-90, 90, 4), lon: fixed(-180, 180, 4), zoom: fixed(0, 20, 2) }), {
      nil: null,
    }),
    range: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
    regions: fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES, REGION_LEVEL)),
    types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES)),
    forceGroups: fc.uniqueArray(fc.constantFrom(...FORCE_GROUPS)),
    actors: fc.uniqueArray(name, { maxLength: 3 }),
    targets: fc.uniqueArray(name, { maxLength: 3 }),
    text: fc.string({ maxLength: 50 }),
    includeUndated: fc.constantFrom(true, false, null),
    onlyInView: fc.boolean(),
    shadeRegions: fc.boolean(),
    sort: fc.constantFrom(...LIST_SORTS),
    lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
    dataUrl: fc.option(
      fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        // A file kept in this browser, by its content key.
        fc.stringMatching(/^[0-9a-f]{32}$/).map((key) => `local:${key}`),
      ),
      { nil: null },
    ),
    bin: fc.constantFrom(null, "day", "week", "month", "year"),
    compare: fc.constantFrom(null, "region", "type", "force"),
    compareTable: fc.boolean(),
    stackTypes: fc.boolean(),
    story: fc.option(
      fc.record({
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,30}$/),
        step: fc.integer({ min: 1, max: 200 }),
      }),
      { nil: null },
    ),
    embed: fc.boolean(),
    exclude: fc.record({
      regions: fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES), { maxLength: 3 }),
      types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
      actors: fc.uniqueArray(name, { maxLength: 2 }),
      targets: fc.uniqueArray(name, { maxLength: 2 }),
    }),
    outcomes: fc.record({
      atLeast: fc.dictionary(fc.constantFrom("arrested", "killed", "wounded"), fc.integer({ min: 0, max: 500 })),
    }),
  })
  .map(
    ({
      range: [a, b],
      regions,
      types,
      forceGroups,
      actors,
      targets,
      exclude,
      outcomes,
      text,
      includeUndated,
      onlyInView,
      ...rest
    }) => {
      const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      const filters = {
        from,
        to,
        regions,
        types,
        forceGroups,
        actors,
        targets,
        exclude,
        outcomes,
        text,
        includeUndated,
        onlyInView,
      };
      return { ...rest, filters };
    },
  );

describe("URL codec", () => {
  it("round-trips any valid state: state → URL → the same state, with no notice", () => {
    fc.assert(
      fc.property(arbitraryUrlState, (state) => {
        const parsed = parseUrlState(serializeUrlState(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws and always returns a usable state, whatever the query string", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.tuple(
            fc.constantFrom(
              "event",
              "map",
              "from",
              "to",
              "region",
              "type",
              "q",
              "undated",
              "data",
              "lang",
              "sort",
              "actor",
              "bin",
              "compare",
              "has",
              "atleast",
              "-type",
              "-region",
              "-actor",
              "table",
              "stack",
              "story",
              "step",
              "embed",
            ),
            fc.string(),
          ),
        ),
        (junk, pairs) => {
          const query = `${junk}&${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
          const { state } = parseUrlState(query);
          expect(Array.isArray(state.filters.regions)).toBe(true);
        },
      ),
    );
  });

  it("reads a data=local: key of a kept file, and ignores a malformed one", () => {
    const key = "3f9a0c1d2e3f405162738495a6b7c8d9";
    expect(parseUrlState(`?data=local:${key}`).state.dataUrl).toBe(`local:${key}`);
    const bad = parseUrlState("?data=local:../../etc");
    expect(bad.state.dataUrl).toBeNull();
    expect(bad.notices).toEqual([
      { code: "url.ignored", params: { param: "data", value: "local:../../etc", reason: "local-key" } },
    ]);
  });

  it("writes nothing for the default view", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it("writes short, readable links", () => {
    const { state } = parseUrlState(
      "?event=2025-01-11-plot&from=2025-01-01&to=2025-03-31&region=HL,SY-DY&type=raid,arrest&q=isis&map=7.5/35.0000/38.5000",
    );
    expect(serializeUrlState(state)).toBe(
      "?event=2025-01-11-plot&from=2025-01-01&to=2025-03-31&region=HL,DY&type=raid,arrest&q=isis&map=7.5/35.0000/38.5000",
    );
  });

  it("keeps the choice to include undated reports in a date range as undated=1", () => {
    const ranged = parseUrlState("?from=2025-01-01&to=2025-12-31").state;
    expect(ranged.filters.includeUndated).toBeNull();
    const included = parseUrlState("?from=2025-01-01&to=2025-12-31&undated=1").state;
    expect(included.filters.includeUndated).toBe(true);
    expect(serializeUrlState(included)).toBe("?from=2025-01-01&to=2025-12-31&undated=1");
    expect(parseUrlState("?undated=0").state.filters.includeUndated).toBe(false);
  });

  it("writes the analyst's parameters: bar unit, compare, outcome conditions and excluded values", () => {
    const { state, notices } = parseUrlState(
      "?bin=month&compare=region&table=1&has=arrested,killed&atleast=wounded:3&-type=campaign&-region=HL&-actor=Army",
    );
    expect(notices).toEqual([]);
    expect(state.bin).toBe("month");
    expect(state.compare).toBe("region");
    expect(state.filters.outcomes.atLeast).toEqual({ arrested: 1, killed: 1, wounded: 3 });
    expect(state.filters.exclude).toEqual({ regions: ["SY-HL"], types: ["campaign"], actors: ["Army"], targets: [] });
    expect(serializeUrlState(state)).toBe(
      "?-region=HL&-type=campaign&-actor=Army&has=arrested,killed&atleast=wounded:3&bin=month&compare=region&table=1",
    );
  });

  it("reads month and year shorthands as whole periods", () => {
    const { state } = parseUrlState("?from=2025-03&to=2025");
    expect(serializeUrlState(state)).toBe("?from=2025-03-01&to=2025-12-31");
  });

  it.each([
    ["?event=<script>", /event=<script>: not a valid event id/],
    ["?map=banana", /map=banana: expected zoom\/latitude\/longitude/],
    ["?map=7/95/38", /map=7\/95\/38/],
    ["?from=2025-02-30", /from=2025-02-30: not a real date/],
    ["?region=XX", /region=XX: not a governorate code/],
    ["?type=invasion", /type=invasion: not one of/],
    ["?data=javascript:alert(1)", /data=javascript:alert\(1\): only http\(s\)/],
    ["?lang=fr", /lang=fr: only en and ar/],
    ["?undated=maybe", /undated=maybe: expected 0 or 1/],
    ["?bin=fortnight", /bin=fortnight: expected day, week, month or year/],
    ["?compare=weather", /compare=weather: expected region, type or force/],
    ["?has=captured", /has=captured: expected arrested, killed or wounded/],
    ["?atleast=arrested:lots", /atleast=arrested:lots: expected arrested:N/],
    ["?-type=invasion", /-type=invasion: not one of/],
  ])("ignores %s with a notice and keeps the rest", (query, notice) => {
    const { state, notices } = parseUrlState(`${query}&type=raid`);
    expect(notices.map((n) => say(URL_MESSAGES, n, "en"))).toEqual([expect.stringMatching(notice)]);
    expect(state.filters.types).toContain("raid");
  });

  it("reads a story, its step and the embed switch, and says what it could not use", () => {
    const { state, notices } = parseUrlState("?region=HL&story=captagon-crackdown&step=2&embed=1");
    expect(notices).toEqual([]);
    expect(state.story).toEqual({ id: "captagon-crackdown", step: 2 });
    expect(state.embed).toBe(true);
    expect(serializeUrlState(state)).toBe("?region=HL&story=captagon-crackdown&step=2&embed=1");
    expect(parseUrlState("?story=captagon-crackdown").state.story).toEqual({ id: "captagon-crackdown", step: 1 });
    const bad = parseUrlState("?story=captagon-crackdown&step=0&embed=yes");
    expect(bad.state.story).toEqual({ id: "captagon-crackdown", step: 1 });
    expect(bad.state.embed).toBe(false);
    expect(bad.notices.map((n) => say(URL_MESSAGES, n, "en"))).toEqual([
      "Ignored step=0: expected a step number from 1.",
      "Ignored embed=yes: expected 0 or 1.",
    ]);
    const orphan = parseUrlState("?step=3");
    expect(orphan.state.story).toBeNull();
    expect(say(URL_MESSAGES, orphan.notices[0] as UrlNotice, "en")).toBe(
      "Ignored step=3: a step needs a story (story=…).",
    );
    expect(parseUrlState("?story=<b>").notices).toHaveLength(1);
  });

  it("swaps a start date after the end date, and says so", () => {
    const { state, notices } = parseUrlState("?from=2025-05-01&to=2025-01-01");
    expect(serializeUrlState(state)).toBe("?from=2025-01-01&to=2025-05-01");
    expect(notices).toHaveLength(1);
  });
});
