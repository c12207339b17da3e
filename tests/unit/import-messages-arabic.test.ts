// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_FORMAT_LABEL, OWN_CSV_REQUIRED_COLUMNS } from "../../src/data/export/csv-layout.ts";
import { ACLED_REQUIRED_COLUMNS } from "../../src/data/import/acled.ts";
import { countryCode, countryNameIn } from "../../src/data/import/country-names.ts";
import { IMPORT_FATAL_MESSAGES, IMPORT_PROBLEM_MESSAGES } from "../../src/data/import/import-problem-messages.ts";
import { groupSentence, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import { UCDP_REQUIRED_COLUMNS } from "../../src/data/import/ucdp.ts";
import { runLoadJob } from "../../src/data/load/run-load-job.ts";
import { type FatalLoadError, type LoadProblem, problemSentence } from "../../src/data/load-problem.ts";
import { fatalText } from "../../src/data/load-problem-messages.ts";
import { PROBLEM_GROUP_MESSAGES } from "../../src/data/problem-group-messages.ts";
import { DATASET_FORMATS } from "../../src/data/validate-dataset.ts";
import { readGeography } from "../support/disk.ts";

/*
 * What the importers say reaches an Arabic reader in Arabic: every code of every importer family
 * (refusals, row problems, group names), and what the real export files produce when loaded.
 */

/** The formats the importers read, from their own names and columns: the messages must list them as they are. */
const SUPPORTED_FORMATS_TEXT = [
  DATASET_FORMATS["json-v1"],
  `${DATASET_FORMATS.geojson} of Points`,
  `${DATASET_FORMATS["acled-csv"]} (columns ${ACLED_REQUIRED_COLUMNS.slice(0, 4).join(", ")}, …)`,
  `${DATASET_FORMATS["ucdp-csv"]} (columns ${UCDP_REQUIRED_COLUMNS.slice(0, 4).join(", ")}, …)`,
  `${CSV_FORMAT_LABEL}, as this app exports it (columns ${OWN_CSV_REQUIRED_COLUMNS.join(", ")}, …)`,
].join("; ");

const ARABIC_LETTERS = /[\u0621-\u064A]/g;
/** English words the importers' sentences use; none may be left in an Arabic sentence. */
const ENGLISH_PROSE = /\b(the|not|file|rows?|is|are|this|app|reads|no|of|in|and|was)\b/i;

/** Arabic prose: Arabic letters, and no English sentence words outside isolated names and codes. */
function expectArabic(text: string, what: string) {
  expect((text.match(ARABIC_LETTERS) ?? []).length, `${what}: ${text}`).toBeGreaterThan(3);
  const outsideIsolates = text.replace(/\u2068[^\u2069]*\u2069/g, "").replace(/"[^"]*"/g, "");
  expect(outsideIsolates, what).not.toMatch(ENGLISH_PROSE);
}

const SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  "import.json-object": { members: "a\u001fb" },
  "import.json-array": { items: 3 },
  "import.json-scalar": { kind: "null" },
  "import.not-csv-header": { named: "json", first: '"x"' },
  "import.csv-columns": { columns: "date\u001fplace", nearest: "ACLED export (CSV)", missing: "actor1" },
  "import.sheet-columns": { sheet: "Sheet1", columns: "a\u001fb", nearest: "", missing: "" },
  "import.not-text": { kind: "zip" },
  "import.workbook": { kind: "xlsx" },
  "import.workbook-unreadable": { detail: "x" },
  "import.not-event-geojson": { known: "gtd", properties: "eventid\u001fiyear" },
  "import.no-syria": { kind: "acled", layout: "2020", release: "", geojson: 1, rows: 3, countries: "Yemen\u001e3" },
  "import.unreadable": { detail: "x" },
  "row.no-value": { column: "where_prec" },
  "row.date-wrong-order": { order: "day-first" },
  "row.too-many-fields": { fields: 3, header: 2 },
  "row.quote-never-closed": { row: 4 },
  "row.duplicate-columns": { renamed: "a\u001fb" },
  "row.border-kept": { km: 1.25, code: "SY-RA" },
  "row.area-no-governorate": { area: "Badia" },
};

describe("importer messages in Arabic", () => {
  it.each(Object.keys(IMPORT_FATAL_MESSAGES.en))("refusal %s is said in Arabic, message and hint", (code) => {
    const say = IMPORT_FATAL_MESSAGES.ar[code as keyof typeof IMPORT_FATAL_MESSAGES.ar] as (p: unknown) => {
      message: string;
      hint: string;
    };
    const said = say(SAMPLE_PARAMS[code] ?? {});
    expectArabic(said.message, `${code} message`);
    expectArabic(said.hint, `${code} hint`);
  });

  it.each(Object.keys(IMPORT_PROBLEM_MESSAGES.en))("row problem %s is said in Arabic", (code) => {
    const say = IMPORT_PROBLEM_MESSAGES.ar[code as keyof typeof IMPORT_PROBLEM_MESSAGES.ar] as (p: unknown) => string;
    expectArabic(say(SAMPLE_PARAMS[code] ?? {}), code);
  });

  it.each(Object.keys(PROBLEM_GROUP_MESSAGES.en))("group %s is named in Arabic", (code) => {
    const name = PROBLEM_GROUP_MESSAGES.ar[code as keyof typeof PROBLEM_GROUP_MESSAGES.ar] as (p: unknown) => string;
    expectArabic(name({ part: "record" }), code);
  });

  it("names what the app reads in the same words as the format list", () => {
    const said = IMPORT_FATAL_MESSAGES.en["import.empty"]({});
    expect(said.message).toBe("The file is empty.");
    const unknown = IMPORT_FATAL_MESSAGES.en["import.markup"]({});
    expect(unknown.hint).not.toContain(SUPPORTED_FORMATS_TEXT);
    const csv = IMPORT_FATAL_MESSAGES.en["import.csv-columns"]({ columns: "a\u001fb", nearest: "", missing: "" });
    expect(csv.hint).toBe(`This app reads: ${SUPPORTED_FORMATS_TEXT}. See the README ("Bring your own data").`);
  });

  it("names countries as ACLED and UCDP write them in Arabic, and keeps unknown names as written", () => {
    expect(countryNameIn("Ukraine", "ar")).toBe("أوكرانيا");
    expect(countryNameIn("Democratic Republic of Congo", "ar")).toBe(countryNameIn("DR Congo (Zaire)", "ar"));
    expect(countryCode("Turkey")).toBe("TR");
    expect(countryCode("Ivory Coast")).toBe("CI");
    expect(countryCode("Central African Republic")).toBe("CF");
    expect(countryCode("eSwatini")).toBe("SZ");
    expect(countryNameIn("Atlantis", "ar")).toBe("Atlantis");
    expect(countryNameIn("Ukraine", "en")).toBe("Ukraine");
  });
});

const DIR = resolve(process.cwd(), "../shared/samples/real-world");
const absent = !existsSync(DIR);

async function drop(name: string, bytes?: Uint8Array<ArrayBuffer>) {
  const file = new File([bytes ?? new Uint8Array(readFileSync(resolve(DIR, name)))], name);
  return runLoadJob({ kind: "file", file }, readGeography().governorates, () => {});
}

async function refusal(name: string): Promise<FatalLoadError> {
  const result = await drop(name);
  if (result.ok) throw new Error(`${name} loaded`);
  return result.error;
}

describe.skipIf(absent)("real export files said in Arabic", () => {
  it("the GTD file's refusal", async () => {
    const error = await refusal("gtd_europe_2015-2017_shapefile-derived.geojson");
    expect(error.reason?.code).toBe("import.not-event-geojson");
    const said = fatalText(error.reason as NonNullable<FatalLoadError["reason"]>, "ar");
    expectArabic(said.message, "GTD message");
    expect(said.message).toContain("قاعدة بيانات الإرهاب العالمية");
    expectArabic(said.hint, "GTD hint");
  });

  it.each([
    ["acled_africa_2016-01-01_2016-05-28_old-layout.csv", "الصومال"],
    ["acled_benin_2009-2022_r-export-NA.csv", "بنين"],
    ["ucdp_ged191_hdx_bangladesh_hxl.csv", "بنغلاديش"],
    ["acled_africa_2022-01_2022-02_arcgis.geojson", "نيجيريا"],
    ["ucdp_ged231_central-african-republic.geojson", "جمهورية أفريقيا الوسطى"],
  ])(
    "%s: the no-Syria refusal names its countries in Arabic",
    async (name, country) => {
      const error = await refusal(name);
      expect(error.reason?.code).toBe("import.no-syria");
      const said = fatalText(error.reason as NonNullable<FatalLoadError["reason"]>, "ar");
      expectArabic(said.message, name);
      expect(said.message).toContain(country);
      expect(said.message).toMatch(/[٠-٩]/);
    },
    120_000,
  );

  it("the ACLED global file: its row problems and their groups in Arabic, the English as before", async () => {
    const result = await drop("acled_global_2020-04-27_2020-05-09.csv");
    if (!result.ok) throw new Error(result.error.message);
    const problems = result.header.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const said = problemSentence(problem, "ar");
      expect(said, problem.message).not.toEqual(problem.message);
      expectArabic(said, problem.message);
    }
    const border = problems.find((p) => p.reason?.code === "row.border-kept") as LoadProblem;
    expect(border.message).toMatch(
      /^the point is \d\.\d km outside the bundled outline of Syria \(a border town\?\); kept in the nearest governorate, SY-(DY|DI|RD)$/,
    );
    const summary = summarizeProblems(problems);
    const groups = [...summary.errors, ...summary.warnings];
    expect(groups.map((g) => [g.severity, g.rows, groupSentence(g, "en")])).toEqual([
      ["error", 1, "geo_precision: no geo_precision"],
      ["error", 1, "latitude: no usable coordinates (latitude and longitude must be decimal numbers)"],
      ["warning", 3, "location.admin1: the governorate named differs from the one the coordinates fall in"],
      [
        "warning",
        2,
        "location: the point is just outside the bundled outline of Syria (a border town?): kept in the nearest governorate",
      ],
    ]);
    for (const group of groups) {
      const english = groupSentence(group, "en");
      const said = groupSentence(group, "ar");
      expect(said).not.toEqual(english);
      expectArabic(said.replace(/^[\w.[\]]+: /, ""), english);
    }
    expect(countryNameIn(result.header.outsideSyria?.countries[0]?.name ?? "", "ar")).toBe("أوكرانيا");
  }, 120_000);

  it("a hostile ACLED file: each row's problem in Arabic, with the value it is about", async () => {
    const header =
      "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,geo_precision,fatalities";
    const rows = [
      "SYR1,09 May 2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,36.52,37.95,1,0",
      "SYR2,31/31/2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,36.52,37.95,1,0",
      "SYR3,09 May 2020,2020,7,Battles,Armed clash,SDF,Syria,Narnia,Manbij,36.52,37.95,1,some",
      "SYR4,09 May 2020,2020,1,Battles,Dance-off,SDF,Syria,Aleppo,Manbij,36.52,37.95,9,0",
      "SYR5,09 May 2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,north,east,1,0",
      "SYR6,09 May 2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,36.52,37.95,1,0,extra,extra",
    ];
    const bytes = new TextEncoder().encode(`${header}\n${rows.join("\n")}\n`);
    const result = await drop("hostile-acled.csv", bytes);
    if (!result.ok) throw new Error(result.error.message);
    const problems = result.header.problems;
    const codes = problems.map((p) => p.reason?.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "row.date-no-month",
        "row.time-precision",
        "row.unknown-governorate",
        "row.count-not-whole",
        "row.unknown-sub-event-type",
        "row.not-1-2-3",
        "row.no-coordinates",
        "row.too-many-fields",
      ]),
    );
    for (const problem of problems) expectArabic(problemSentence(problem, "ar"), problem.message);
    const date = problems.find((p) => p.reason?.code === "row.date-no-month") as LoadProblem;
    expect(date.message).toBe('not a date: neither number can be the month (got "31/31/2020")');
    expect(problemSentence(date, "ar")).toContain(`\u2068"31/31/2020"\u2069`);
  }, 120_000);
});
