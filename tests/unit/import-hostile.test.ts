import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CSV_COLUMN_NAMES } from "../../src/data/export/csv-layout.ts";
import { ACLED_REQUIRED_COLUMNS } from "../../src/data/import/acled.ts";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { UCDP_REQUIRED_COLUMNS } from "../../src/data/import/ucdp.ts";
import type { DatasetResult, LoadedDataset } from "../../src/data/validate-dataset.ts";
import { bundledLocator } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

const locator = bundledLocator();
const parse = (text: string, name = "hostile.txt") => parseDatasetFile(text, name, locator);

function loaded(result: DatasetResult): LoadedDataset {
  if (!result.ok) throw new Error(`unexpected fatal error: ${result.error.message}`);
  return result;
}

/** What must hold for any input: a result, never an exception, and a report that adds up. */
function checkInvariants(result: DatasetResult): void {
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) {
    // The catch-all message would mean something inside threw: that is a bug, even if caught.
    expect(result.error.message).not.toMatch(/^The file could not be read:/);
    expect(result.error.message.length).toBeLessThan(2000);
    return;
  }
  expect(result.events.length).toBeLessThanOrEqual(result.recordCount);
  expect(new Set(result.events.map((e) => e.id)).size).toBe(result.events.length);
  const skipped = new Set(result.problems.filter((p) => p.severity === "error").map((p) => p.index));
  for (const problem of result.problems) {
    if (problem.index !== undefined) {
      expect(problem.index).toBeGreaterThanOrEqual(0);
      expect(problem.index).toBeLessThan(result.recordCount);
    }
    expect(problem.message.length).toBeLessThan(2000);
  }
  expect(result.events.length + skipped.size - (skipped.has(undefined) ? 1 : 0)).toBeLessThanOrEqual(
    result.recordCount,
  );
}

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom("", "NaN", "-1", "1e999", "2025-02-30", "javascript:alert(1)", '"', '""', "\r\n", ";", "\uFFFD"),
  fc.double().map(String),
);

function csvOf(header: string[], rows: string[][]): string {
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(q).join(",")).join("\n");
}

const csvFile = (columns: readonly string[]) =>
  fc
    .tuple(
      fc.shuffledSubarray([...columns], { minLength: columns.length }),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      fc.integer({ min: 0, max: 6 }),
    )
    .chain(([known, extra, rowCount]) => {
      const header = [...known, ...extra];
      return fc
        .array(fc.array(cellText, { minLength: header.length - 1, maxLength: header.length + 1 }), {
          minLength: rowCount,
          maxLength: rowCount,
        })
        .map((rows) => csvOf(header, rows));
    });

describe("any input gives a result, never an exception", () => {
  afterEach(() => vi.restoreAllMocks());

  it("for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkInvariants(parse(text))),
      { numRuns: 400 },
    );
  });

  it("for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkInvariants(parse(JSON.stringify(value) ?? "null"))),
      { numRuns: 300 },
    );
  });

  it("for any events array and any GeoJSON features", () => {
    const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true });
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 6 }), fc.boolean(), (items, geo) => {
        const file = geo ? { type: "FeatureCollection", features: items } : { title: "x", events: items };
        checkInvariants(parse(JSON.stringify(file) ?? "{}"));
      }),
      { numRuns: 300 },
    );
  });

  it("for GeoJSON features with any properties and geometry", () => {
    const anyValue = fc.anything({ maxDepth: 2 });
    const feature = fc.record({
      type: fc.constant("Feature"),
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
      geometry: fc.oneof(
        fc.constant(null),
        fc.record({ type: fc.constantFrom("Point", "LineString", "Polygon", "x"), coordinates: anyValue }),
        fc.record({
          type: fc.constant("Point"),
          coordinates: fc.tuple(fc.double({ min: 35, max: 42 }), fc.double({ min: 32, max: 37.5 })),
        }),
      ),
      properties: fc.dictionary(
        fc.constantFrom(
          "id",
          "date",
          "title",
          "summary",
          "type",
          "actors",
          "precision",
          "admin1",
          "source_url",
          "sources",
          "killed",
          "__proto__",
          "constructor",
        ),
        anyValue,
      ),
    });
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 5 }), (features) =>
        checkInvariants(parse(JSON.stringify({ type: "FeatureCollection", features }))),
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["UCDP", UCDP_REQUIRED_COLUMNS],
    ["ACLED", ACLED_REQUIRED_COLUMNS],
    ["own CSV", CSV_COLUMN_NAMES],
  ])("for %s-shaped CSV with any cells, missing and extra fields", (_name, columns) => {
    // papaparse says "Duplicate headers found and renamed." on the console; the report says it too.
    vi.spyOn(console, "warn").mockImplementation(() => {});
    fc.assert(
      fc.property(csvFile(columns), (text) => checkInvariants(parse(text))),
      { numRuns: 200 },
    );
  });
});

describe("hostile files", () => {
  afterEach(() => vi.restoreAllMocks());

  it("survives 100,000 levels of nesting, reporting the record", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const result = loaded(parse(`{"title":"deep","events":[${deep}, ${JSON.stringify(validRecord())}]}`));
    expect(result.events.map((e) => e.id)).toEqual(["test-aleppo-raid"]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: "error", index: 0 })]);

    const deepObject = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const geo = loaded(
      parse(
        `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"id":"x","title":${deepObject}}}]}`,
      ),
    );
    expect(geo.events).toEqual([]);
    expect(geo.problems.some((p) => p.severity === "error" && p.index === 0)).toBe(true);
    checkInvariants(parse(deep));
  });

  it("reports a JSON reader that gives up on deep nesting (RangeError) as one clear fatal error", () => {
    vi.spyOn(JSON, "parse").mockImplementationOnce(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const result = parse(`{"events":${"[".repeat(100_000)}`, "deep.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/nested too deeply/);
  });

  it("rejects a 10 MB field by the format's length limits, keeping the rest", () => {
    const huge = "x".repeat(10_000_000);
    const json = loaded(
      parse(datasetText([validRecord({ id: "huge", title: huge }), validRecord({ id: "fine" })]), "big.json"),
    );
    expect(json.events.map((e) => e.id)).toEqual(["fine"]);
    expect(json.problems).toEqual([
      expect.objectContaining({
        severity: "error",
        index: 0,
        id: "huge",
        field: "title",
        message: "is longer than the 300 characters allowed",
      }),
    ]);

    const acled = readFileSync("tests/fixtures/import/acled-sample.csv", "utf8").split("\n");
    const header = acled[0] as string;
    const row = (acled[1] as string).replace("[test data]", huge);
    const csv = loaded(parse(`${header}\n${row}\n${acled[2]}\n`, "big.csv"));
    expect(csv.events.map((e) => e.id)).toEqual(["acled-SYR1002"]);
    expect(csv.problems).toEqual([
      expect.objectContaining({
        severity: "error",
        index: 0,
        field: "summary",
        message: expect.stringMatching(/^is longer than the [\d,]+ characters allowed$/),
      }),
    ]);
  });

  it("rejects NaN, infinite and out-of-range coordinates", () => {
    const header = CSV_COLUMN_NAMES.join(",");
    const line = (id: string, lat: string, lon: string) =>
      CSV_COLUMN_NAMES.map(
        (c) =>
          ({
            id,
            type: "raid",
            title: "t",
            summary: "s",
            latitude: lat,
            longitude: lon,
            place: "p",
            precision: "town",
            source_urls: "https://example.com",
          })[c as string] ?? "",
      ).join(",");
    const own = loaded(
      parse(
        [
          header,
          line("nan", "NaN", "37"),
          line("inf", "1e999", "37"),
          line("far", "91", "37"),
          line("paris", "48.85", "2.35"),
          line("ok", "36.2", "37.13"),
        ].join("\n"),
      ),
    );
    expect(own.events.map((e) => e.id)).toEqual(["ok"]);
    expect(own.problems.map((p) => [p.index, p.field])).toEqual([
      [0, "latitude"],
      [1, "latitude"],
      [2, "location.lat"],
      [3, "location"],
    ]);
    const geo = loaded(
      parse(
        JSON.stringify({
          type: "FeatureCollection",
          features: [
            {
              type: "Feature",
              geometry: { type: "Point", coordinates: [999, -999] },
              properties: {
                id: "g",
                title: "t",
                summary: "s",
                type: "raid",
                precision: "town",
                source_url: "https://example.com",
              },
            },
          ],
        }),
      ),
    );
    expect(geo.events).toEqual([]);
    expect(geo.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["location.lat", "location.lon"]));
  });

  it.each(["2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31", "2025-1-1", "yesterday"])(
    "rejects the impossible date %s",
    (date) => {
      const result = loaded(parse(datasetText([validRecord({ date })])));
      expect(result.events).toEqual([]);
      expect(result.problems[0]).toMatchObject({ severity: "error", field: "date" });
    },
  );

  it("skips later duplicates of an id in every format", () => {
    const json = loaded(parse(datasetText([validRecord({ id: "a" }), validRecord({ id: "a", title: "Second" })])));
    expect(json.events.map((e) => e.title)).toEqual(["Security forces raid a hideout in Aleppo"]);
    expect(json.problems).toEqual([
      expect.objectContaining({ index: 1, field: "id", message: expect.stringMatching(/duplicate/) }),
    ]);
    const ucdp = loaded(parse(readFileSync("tests/fixtures/import/ucdp-sample.csv", "utf8")));
    expect(ucdp.problems.filter((p) => /duplicate/.test(p.message)).map((p) => p.index)).toEqual([7]);
  });

  it.each([
    ["empty", ""],
    ["a BOM alone", "\uFEFF"],
    ["blank lines", "\r\n\r\n  \n"],
  ])("says an %s file is empty", (_what, text) => {
    const result = parse(text, "blank.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("The file is empty.");
  });

  it("reads a CSV header alone as zero rows, and CR-only line ends", () => {
    const headerOnly = loaded(parse(`${CSV_COLUMN_NAMES.join(",")}\r\n`));
    expect(headerOnly.recordCount).toBe(0);
    const mac = readFileSync("tests/fixtures/import/app-export.csv", "utf8").replace(/\r\n/g, "\r");
    expect(loaded(parse(mac)).events).toHaveLength(3);
  });

  it("warns about U+FFFD in JSON records and GeoJSON features too", () => {
    const json = loaded(parse(datasetText([validRecord({ title: "Dar\uFFFDa raid" })])));
    expect(json.events).toHaveLength(1);
    expect(json.problems).toEqual([
      expect.objectContaining({ severity: "warning", field: "title", message: expect.stringMatching(/U\+FFFD/) }),
    ]);
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "//example.com/x",
    "example.com",
  ])("rejects the source link %s in JSON, GeoJSON and CSV", (url) => {
    const json = loaded(parse(datasetText([validRecord({ sources: [{ name: "x", url }] })])));
    expect(json.events).toEqual([]);
    expect(json.problems[0]).toMatchObject({
      field: "sources.0.url",
      message: `must be an http(s) URL (got ${JSON.stringify(url)})`,
    });
    const geo = loaded(
      parse(
        JSON.stringify({
          type: "FeatureCollection",
          features: [
            {
              type: "Feature",
              geometry: null,
              properties: { id: "g", title: "t", summary: "s", type: "raid", source_url: url },
            },
          ],
        }),
      ),
    );
    expect(geo.events).toEqual([]);
    expect(geo.problems[0]).toMatchObject({ field: "sources.0.url" });
    const csv = loaded(
      parse(`id,title,summary,type,source_urls\nc,t,s,raid,${url.includes(",") ? `"${url}"` : url}\n`),
    );
    expect(csv.events).toEqual([]);
    expect(csv.problems[0]).toMatchObject({ field: "sources.0.url" });
  });

  it("never lets a file touch Object.prototype", () => {
    parse('{"__proto__":{"polluted":1},"title":"x","events":[{"__proto__":{"polluted":2}}]}');
    parse(
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"__proto__":{"polluted":3},"constructor":{"prototype":{"polluted":4}}}}]}',
    );
    parse("__proto__,constructor,id,title,type,source_urls\n1,2,3,4,5,6\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("skips a row whose fields do not line up with the header, and warns about an unclosed quote", () => {
    const lines = readFileSync("tests/fixtures/import/app-export.csv", "utf8").trimEnd().split("\r\n");
    const shifted = loaded(parse([lines[0], `${lines[1]},extra`, lines[2]].join("\n")));
    expect(shifted.events.map((e) => e.id)).toEqual(["own-2"]);
    expect(shifted.problems[0]).toMatchObject({
      severity: "error",
      index: 0,
      message: expect.stringMatching(/31 fields where the header has 30/),
    });
    const unclosed = loaded(
      parse([lines[0], lines[1], `${lines[2]?.replace("Invented undated arrest.", '"Invented')}`].join("\n")),
    );
    expect(unclosed.problems.some((p) => p.index === undefined && /never closed/.test(p.message))).toBe(true);
  });

  it("keeps markup as plain text", () => {
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = loaded(parse(datasetText([validRecord({ title })])));
    expect(result.events[0]?.title).toBe(title);
  });
});
