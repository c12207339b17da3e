// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/import/csv-table.ts";
import { detectSource, mapSourceRow, planRows } from "../../src/data/import/source-formats.ts";
import { groupSentence, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import { decodeText } from "../../src/data/import/text-encoding.ts";
import { isHashtagRow } from "../../src/data/import/ucdp.ts";
import { type LoadJobResult, runLoadJob } from "../../src/data/load/run-load-job.ts";
import { skippedRecordCount } from "../../src/data/load-problem.ts";
import { readGeography } from "../support/disk.ts";

/*
 * Files other people made, kept beside the repository (../shared/samples/real-world, see its
 * README), loaded the way the app loads a dropped file, with what a person would then see.
 */
const DIR = resolve(process.cwd(), "../shared/samples/real-world");
const absent = !existsSync(DIR);
const note = absent ? ` (skipped: ${DIR} is not on this machine)` : "";

function bytesOf(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(resolve(DIR, name)));
}

/** Loads a file as the page does when it is dropped: read as bytes, then every step after. */
async function drop(name: string): Promise<LoadJobResult> {
  const file = new File([bytesOf(name)], name);
  return runLoadJob({ kind: "file", file }, readGeography().governorates, () => {});
}

async function loaded(name: string) {
  const result = await drop(name);
  if (!result.ok) throw new Error(`${name} was refused: ${result.error.message}`);
  return { header: result.header, events: result.built.searchTexts.length };
}

async function refused(name: string) {
  const result = await drop(name);
  if (result.ok) throw new Error(`${name} loaded ${result.built.searchTexts.length} events`);
  return result.error;
}

/**
 * Every data row of a source-format CSV mapped as if the file said it were Syria, so the mapping
 * of files that hold no Syria row is still checked on every real row (ids, dates, NA, actors).
 */
function mappedAsSyria(name: string) {
  const { text, encoding } = decodeText(bytesOf(name));
  const table = readCsv(text);
  const detected = detectSource(table.fields, name);
  if (!detected) throw new Error(`${name}: no source format detected`);
  const plan = planRows(detected, table.rows.slice(0, 2000));
  const results = table.rows.map((row, index) =>
    mapSourceRow(plan, isHashtagRow(row) ? row : { ...row, country: "Syria", country_id: "652" }, index),
  );
  return { encoding, plan, results, text };
}

const LONG = 120_000;

describe.skipIf(absent)(`real export files${note}`, () => {
  it(
    "ACLED 2020 layout re-saved by Excel: all 313 Syria rows load; the rest is one line by country",
    async () => {
      const { header, events } = await loaded("acled_global_2020-04-27_2020-05-09.csv");
      expect(header.format).toBe("acled-csv");
      expect(header.description).toEqual({
        container: "csv",
        encoding: "utf-8",
        delimiter: ",",
        source: { kind: "acled", layout: "2020", release: null, dateStyle: "excel-short" },
      });
      expect(header.recordCount).toBe(5071);
      expect(events).toBe(313);
      // Ukraine 564, Mexico 439, Yemen 379, India 373 …, one line; the truncated Philippines row
      // (no country, no coordinates) is the only row skipped for a reason of its own.
      expect(header.outsideSyria?.rows).toBe(4757);
      expect(header.outsideSyria?.countries.slice(0, 4)).toEqual([
        { name: "Ukraine", rows: 564 },
        { name: "Mexico", rows: 439 },
        { name: "Yemen", rows: 379 },
        { name: "India", rows: 373 },
      ]);
      const summary = summarizeProblems(header.problems);
      expect(skippedRecordCount({ problems: header.problems })).toBe(1);
      expect(skippedRecordCount(header)).toBe(4757 + 1);
      // Tell Abiad and Ain al-Arab are inside the refined outlines; Baghuz and Yabseh, a few
      // hundred metres outside, are kept in their governorate with a note.
      expect(summary.warnings.find((g) => groupSentence(g, "en").includes("outline of Syria"))?.rows).toBe(2);
      // No governorate note for rows outside Syria: every problem is about a Syrian or the broken row.
      expect(header.problems.every((p) => p.message.includes("SY-") || p.severity === "error")).toBe(true);
    },
    LONG,
  );

  it(
    "UCDP Candidate 26.0.7 (49 columns, true/false, time-stamped dates, XXX652 actors): 18 of 18",
    async () => {
      const { header, events } = await loaded("ucdp_candidate_v26_0_7_syria_slice_TRANSCRIBED.csv");
      expect(header.format).toBe("ucdp-csv");
      expect(header.description?.source).toEqual({
        kind: "ucdp",
        layout: "ged-20",
        release: "26.0.7",
        dateStyle: "iso",
      });
      expect(header.recordCount).toBe(18);
      expect(events).toBe(18);
      expect(skippedRecordCount(header)).toBe(0);
      expect(header.outsideSyria).toBeUndefined();
    },
    LONG,
  );

  it("the Global Terrorism Database file is refused in one message", async () => {
    const error = await refused("gtd_europe_2015-2017_shapefile-derived.geojson");
    expect(error.message).toMatch(/Global Terrorism Database/);
    expect(error.message).toMatch(/not an event file this app reads/);
    expect(error.hint).toMatch(/ACLED/);
  });

  it.each([
    [
      "acled_africa_2016-01-01_2016-05-28_old-layout.csv",
      /ACLED, pre-2019 layout\) has no event in Syria: its 6,831 rows are in Somalia \(1,021\)/,
    ],
    [
      "acled_benin_2009-2022_r-export-NA.csv",
      /ACLED, current layout\) has no event in Syria: its 811 rows are in Benin \(811\)\./,
    ],
    [
      "ucdp_ged191_hdx_bangladesh_hxl.csv",
      /UCDP GED 19\.1\) has no event in Syria: its 601 rows are in Bangladesh \(601\)\./,
    ],
    [
      "acled_africa_2022-01_2022-02_arcgis.geojson",
      /ACLED, 2020 layout as GeoJSON\) has no event in Syria: its 2,406 rows are in Nigeria \(449\)/,
    ],
    [
      "ucdp_ged231_central-african-republic.geojson",
      /UCDP GED 23\.1 as GeoJSON\) has no event in Syria: its 1,848 rows are in Central African Republic \(1,848\)\./,
    ],
  ])(
    "%s holds no Syria row: said in one sentence naming its countries",
    async (name, message) => {
      const error = await refused(name);
      expect(error.message).toMatch(message);
    },
    LONG,
  );

  it("maps every row of the pre-2019 ACLED file (Windows-1252, dd/mm/yyyy, upper-case, trailing columns)", () => {
    const { encoding, plan, results, text } = mappedAsSyria("acled_africa_2016-01-01_2016-05-28_old-layout.csv");
    expect(encoding).toBe("windows-1252");
    expect(text.includes("\uFFFD")).toBe(false);
    expect(text.includes("é") && text.includes("’")).toBe(true);
    expect(plan.layout).toBe("pre-2019");
    expect(plan.dates.order).toBe("day-first");
    expect(results).toHaveLength(6831);
    const first = results[0]?.record as Record<string, unknown>;
    expect(first.date).toBe("2015-12-29");
    expect(first.actors).toEqual(["Protesters (Algeria)"]);
    // The rows ACLED left without an event type are the only ones that cannot be mapped.
    const unmapped = results.filter((r) => r.record === null);
    expect(unmapped.every((r) => r.problems.some((p) => p.field === "event_type"))).toBe(true);
    expect(unmapped.length).toBeLessThan(30);
  });

  it("reads R's NA as not given: no actor, target or place called NA", () => {
    const { results } = mappedAsSyria("acled_benin_2009-2022_r-export-NA.csv");
    expect(results).toHaveLength(811);
    const records = results.map((r) => r.record).filter((r) => r !== null);
    expect(records).toHaveLength(811);
    for (const record of records) {
      expect(record.actors).not.toContain("NA");
      expect(record.targets).not.toContain("NA");
      expect((record.location as { name: string }).name).not.toBe("NA");
    }
    expect(records.filter((r) => (r.targets as string[]).length === 0).length).toBeGreaterThanOrEqual(192);
  });

  it("drops HDX's hashtag row as a header, not a record, and reads the 601 events", () => {
    const { results } = mappedAsSyria("ucdp_ged191_hdx_bangladesh_hxl.csv");
    expect(results[0]?.hashtagRow).toBe(true);
    expect(
      results.slice(1).filter((r) => r.record !== null || r.problems.some((p) => p.severity === "error")),
    ).toHaveLength(601);
  });
});
