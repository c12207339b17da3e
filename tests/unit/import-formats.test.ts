import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACLED_SOURCE_URL } from "../../src/data/import/acled.ts";
import { OWN_CSV_FORMAT, parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import type { LoadedDataset } from "../../src/data/validate-dataset.ts";
import type { SecurityEvent } from "../../src/domain/event.ts";
import { bundledLocator } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

const fixture = (name: string) => new TextDecoder().decode(readFileSync(`tests/fixtures/import/${name}`));

function load(text: string, name: string): LoadedDataset {
  const result = parseDatasetFile(text, name, bundledLocator());
  if (!result.ok) throw new Error(`unexpected fatal error: ${result.error.message}`);
  return result;
}

function byId(dataset: LoadedDataset, id: string): SecurityEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

const problemAt = (dataset: LoadedDataset, index: number) => dataset.problems.filter((p) => p.index === index);

describe("format detection", () => {
  it.each([
    ["ucdp-sample.csv", "ucdp-csv"],
    ["acled-sample.csv", "acled-csv"],
    ["events.geojson", "geojson"],
    ["app-export.csv", OWN_CSV_FORMAT],
  ])("recognises %s as %s from its content, whatever its name", (name, format) => {
    expect(load(fixture(name), name).format).toBe(format);
    expect(load(fixture(name), "renamed.txt").format).toBe(format);
  });

  it("reads format v1 JSON through the format v1 validator", () => {
    const dataset = load(datasetText([validRecord()]), "data.json");
    expect(dataset.format).toBe("json-v1");
    expect(dataset.events.map((e) => e.id)).toEqual(["test-aleppo-raid"]);
  });

  it("accepts a BOM and CRLF line ends in every CSV layout", () => {
    for (const name of ["ucdp-sample.csv", "acled-sample.csv", "app-export.csv"]) {
      const plain = load(fixture(name), name);
      const crlf = load(`\ufeff${fixture(name).replace(/\r?\n/g, "\r\n")}`, name);
      expect(crlf.format).toBe(plain.format);
      expect(crlf.events.map((e) => e.id)).toEqual(plain.events.map((e) => e.id));
      expect(crlf.recordCount).toBe(plain.recordCount);
    }
  });

  it.each([
    ["an empty file", "", /empty/],
    ["only whitespace", " \r\n\t\n", /empty/],
    ["a CSV of unknown columns", "name,value\na,1\n", /CSV with 2 columns \(name, value\)/],
    ["plain text", "hello world\nsecond line", /not JSON, and its first line/],
    ["a JSON object of another kind", '{"rows":[]}', /members? rows, but no "events" array/],
    ["a bare JSON array", "[1,2]", /bare array \(of 2 items\)/],
    ["a JSON number", "42", /single number/],
    ["broken JSON", '{"events": [', /not valid JSON/],
    ["an HTML page", "<!doctype html><html><body>Not found</body></html>", /web page \(HTML\)/],
    ["a spreadsheet", "PK\u0003\u0004\u0014\u0000\u0006\u0000", /Excel/],
    [
      "UTF-16 text",
      new TextDecoder().decode(new Uint8Array([0xff, 0xfe, ...[..."id,title\n"].flatMap((c) => [c.charCodeAt(0), 0])])),
      /UTF-16/,
    ],
  ])("refuses %s with one fatal error saying what it is", (_what, text, message) => {
    const result = parseDatasetFile(text, "upload.json", bundledLocator());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.file).toBe("upload.json");
    expect(result.error.hint.length).toBeGreaterThan(10);
  });

  it("names what is supported, and the nearest layout, for an unknown CSV", () => {
    const result = parseDatasetFile("event_id_cnty,event_date,event_type,latitude\n", "x.csv", bundledLocator());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /closest to ACLED export \(CSV\), which also needs actor1, longitude, geo_precision/,
    );
    expect(result.error.hint).toMatch(/UCDP GED/);
    expect(result.error.hint).toMatch(/GeoJSON/);
  });
});

describe("UCDP GED CSV", () => {
  const dataset = load(fixture("ucdp-sample.csv"), "ucdp-sample.csv");

  it("maps a state-based event: id, type, sides, place, governorate, deaths and the UCDP page", () => {
    const event = byId(dataset, "ucdp-900001");
    expect(event).toMatchObject({
      date: "2017-01-01",
      datePrecision: "day",
      type: "clash",
      actors: ["Government of Syria"],
      targets: ["Syrian insurgents"],
      location: { name: "Aleppo town", lat: 36.2021, lon: 37.1343, precision: "town", admin1: "SY-HL" },
      outcome: { killed: 3 },
      sources: [{ name: "UCDP GED", url: "https://ucdp.uu.se/event/900001" }],
      tags: ["UCDP: state-based conflict"],
    });
    expect(event.title).toBe("Government of Syria vs Syrian insurgents, Aleppo town");
    expect(event.outcome.notes).toMatch(/best 3, low 3, high 4.*Example Monitor/);
  });

  it("writes a month-long span as a month, and one-sided violence as other", () => {
    const event = byId(dataset, "ucdp-900002");
    expect(event).toMatchObject({ date: "2017-03", datePrecision: "month", type: "other", admin1: "SY-RA" });
    expect(event.summary).toMatch(/IS against Civilians/);
    // The article's line breaks and tabs are plain spaces in the notes.
    expect(event.outcome.notes).not.toMatch(/[\n\t]/);
  });

  it("fills an empty adm_1 from the coordinates and keeps a best estimate of zero", () => {
    expect(byId(dataset, "ucdp-900003")).toMatchObject({ admin1: "SY-DY", outcome: { killed: 0 } });
  });

  it("keeps a country-level aggregate without a location, as a campaign over the year", () => {
    const event = byId(dataset, "ucdp-900004");
    expect(event).toMatchObject({ date: "2016", datePrecision: "year", type: "campaign", location: null });
    expect(problemAt(dataset, 3)).toEqual([expect.objectContaining({ severity: "warning", field: "where_prec" })]);
  });

  it("keeps a multi-day span as a date with an end date", () => {
    expect(byId(dataset, "ucdp-900008")).toMatchObject({
      date: "2018-03-10",
      endDate: "2018-03-14",
      location: { precision: "district" },
    });
  });

  it("skips what cannot be mapped or is impossible, saying why, by row", () => {
    expect(dataset.recordCount).toBe(9);
    expect(dataset.events).toHaveLength(5);
    expect(problemAt(dataset, 4)).toEqual([
      expect.objectContaining({ severity: "error", field: "type_of_violence", message: expect.stringMatching(/"9"/) }),
    ]);
    expect(problemAt(dataset, 5)).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringMatching(/no usable coordinates/) }),
    ]);
    expect(problemAt(dataset, 6)).toEqual([
      expect.objectContaining({ severity: "error", field: "date", message: '"2018-02-30" is not a real date' }),
    ]);
    expect(problemAt(dataset, 7)).toEqual([
      expect.objectContaining({ severity: "error", id: "ucdp-900001", message: expect.stringMatching(/duplicate id/) }),
    ]);
  });
});

describe("ACLED CSV", () => {
  const dataset = load(fixture("acled-sample.csv"), "acled-sample.csv");

  it("maps an arrest, citing ACLED and the source it names, with 0 fatalities as not reported", () => {
    const event = byId(dataset, "acled-SYR1001");
    expect(event).toMatchObject({
      date: "2025-01-05",
      type: "arrest",
      title: "Arrests in Aleppo",
      actors: ["Police Forces of Syria (2024-)"],
      targets: ["Islamic State (Syria)"],
      location: { name: "Aleppo", precision: "town", admin1: "SY-HL" },
      sources: [{ name: "ACLED: Invented Outlet", url: ACLED_SOURCE_URL }],
      tags: ["ACLED: Strategic developments", "ACLED: Arrests"],
    });
    expect(event.outcome.killed).toBeUndefined();
    expect(event.summary).toMatch(/^On 5 January 2025, police arrested/);
  });

  it('reads "12 February 2025" dates, notes week precision and writes month precision as a month', () => {
    const week = byId(dataset, "acled-SYR1002");
    expect(week).toMatchObject({ date: "2025-02-12", type: "clash", admin1: "SY-ID", outcome: { killed: 2 } });
    expect(week.location?.precision).toBe("district");
    expect(week.outcome.notes).toMatch(/within the week/);
    expect(week.summary).toMatch(/^ACLED event SYR1002: Armed clash/);
    expect(byId(dataset, "acled-SYR1003")).toMatchObject({
      date: "2025-03",
      datePrecision: "month",
      type: "strike",
      location: { precision: "governorate", admin1: "SY-DY" },
      outcome: { killed: 4 },
    });
  });

  it("merges associated actors and maps ACLED admin names", () => {
    expect(byId(dataset, "acled-SYR1008")).toMatchObject({
      type: "seizure",
      actors: ["General Security Service", "Police Forces of Syria (2024-)", "Local Guards"],
      targets: [],
      admin1: "SY-SU",
    });
  });

  it("keeps text that looks like a formula as text", () => {
    expect(byId(dataset, "acled-SYR1007").summary).toMatch(/^=HYPERLINK\(/);
  });

  it("reports an unknown sub-event type, an impossible date, NaN coordinates and an unknown governorate", () => {
    expect(dataset.events).toHaveLength(5);
    expect(problemAt(dataset, 3)[0]).toMatchObject({ severity: "error", field: "sub_event_type" });
    expect(problemAt(dataset, 4)[0]).toMatchObject({ severity: "error", message: '"2025-02-31" is not a real date' });
    expect(problemAt(dataset, 5)[0]).toMatchObject({ severity: "error", field: "latitude" });
    expect(problemAt(dataset, 6)).toEqual([
      expect.objectContaining({ severity: "warning", field: "admin1", message: expect.stringMatching(/"Atlantis"/) }),
    ]);
    expect(byId(dataset, "acled-SYR1007").admin1).toBe("SY-RD");
  });

  it("warns about rows holding U+FFFD when a Latin-1 file is read as UTF-8", () => {
    const latin1 = load(
      new TextDecoder("utf-8").decode(readFileSync("tests/fixtures/import/acled-latin1.csv")),
      "x.csv",
    );
    expect(latin1.events).toHaveLength(2);
    expect(latin1.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        index: 0,
        field: "notes",
        message: expect.stringMatching(/U\+FFFD/),
      }),
    ]);
  });
});

describe("GeoJSON", () => {
  const dataset = load(fixture("events.geojson"), "events.geojson");

  it("takes the collection's title and maps documented properties", () => {
    expect(dataset.metadata.title).toBe("Hand-written GeoJSON test file");
    expect(byId(dataset, "gj-full")).toMatchObject({
      date: "2025-02-03",
      endDate: "2025-02-04",
      type: "raid",
      actors: ["General Security Service"],
      targets: ["ISIS", "smugglers"],
      location: { name: "Aleppo", nameAr: "حلب", lat: 36.2021, lon: 37.1343, precision: "town", admin1: "SY-HL" },
      outcome: { arrested: 3, killed: null, seized: ["rifles", "ammunition"] },
      sources: [{ name: "Example News", url: "https://example.com/a", published: "2025-02-04" }],
      confidence: { level: "medium", reason: "One outlet." },
      tags: ["test"],
    });
  });

  it("reads a null geometry as an event without a location, naming the source after its host", () => {
    expect(byId(dataset, "gj-unlocated")).toMatchObject({
      date: null,
      type: "arrest",
      location: null,
      summary: "No place and no date were reported.",
      sources: [{ name: "example.org", url: "https://www.example.org/b" }],
    });
  });

  it("accepts type labels, numeric ids, date-times and governorate names, warning where it fills a gap", () => {
    expect(byId(dataset, "42")).toMatchObject({
      type: "cell-dismantled",
      date: "2025-03-05",
      location: { precision: "exact", admin1: "SY-HM" },
    });
    expect(problemAt(dataset, 5)).toEqual([expect.objectContaining({ severity: "warning", field: "precision" })]);
    expect(byId(dataset, "feature-7").title).toBe("No id");
    expect(problemAt(dataset, 6)).toEqual([expect.objectContaining({ severity: "warning", field: "id" })]);
  });

  it("skips other geometries, features without a source URL and javascript: links", () => {
    expect(dataset.recordCount).toBe(7);
    expect(dataset.events).toHaveLength(4);
    expect(problemAt(dataset, 2)[0]).toMatchObject({ severity: "error", field: "geometry", id: "gj-line" });
    expect(problemAt(dataset, 2)[0]?.message).toMatch(/"LineString"/);
    expect(problemAt(dataset, 3)[0]).toMatchObject({ severity: "error", field: "source_url" });
    expect(problemAt(dataset, 4)[0]).toMatchObject({
      severity: "error",
      field: "sources.0.url",
      message: expect.stringMatching(/^must be an http\(s\) URL \(got "javascript:/),
    });
  });
});

describe("the app's own CSV", () => {
  const dataset = load(fixture("app-export.csv"), "app-export.csv");

  it("reads lists, parallel sources, escaped separators and formula-protected cells back", () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.metadata.title).toBe("app-export");
    expect(byId(dataset, "own-1")).toMatchObject({
      type: "foiled-plot",
      summary: 'An invented plot, with a comma and "quotes".',
      location: { name: "Sayyida Zaynab", lat: 33.447, lon: 36.336, precision: "town", admin1: "SY-RD" },
      outcome: { arrested: 4, seized: ["explosive devices"] },
      sources: [
        { name: "Example News", url: "https://example.com/1", published: "2025-01-11" },
        { name: "Other ; Outlet", url: "https://example.com/2" },
      ],
      confidence: { level: "medium", reason: "Two outlets." },
      tags: ["shrine"],
    });
    expect(byId(dataset, "own-2")).toMatchObject({
      date: null,
      location: null,
      title: "=SUM(A1:A2) is a title that starts with an equals sign",
    });
    expect(byId(dataset, "own-3")).toMatchObject({
      date: "2025-02",
      actors: ["Army", "SDF"],
      outcome: { killed: 2 },
      synthetic: true,
      admin1: "SY-HL",
    });
  });
});
