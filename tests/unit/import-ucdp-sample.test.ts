// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { groupSentence, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import { skippedRecordCount } from "../../src/data/load-problem.ts";
import { bundledLocator } from "../support/disk.ts";

/** The real UCDP GED extract lives beside the repository, never in it (see its README). */
const SAMPLE = resolve(process.cwd(), "../shared/samples/ucdp-ged-syria-2016-2019.csv");
const absent = !existsSync(SAMPLE);

describe("the real UCDP GED Syria extract (16,566 rows)", () => {
  it.skipIf(absent)(
    `loads every row${absent ? ` (skipped: ${SAMPLE} is not on this machine)` : ""}`,
    () => {
      const text = readFileSync(SAMPLE, "utf8");
      const locator = bundledLocator();
      // Its speed is measured by `npm run bench`, not here: timings on shared machines are noise.
      const result = parseDatasetFile(text, "ucdp-ged-syria-2016-2019.csv", locator);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.format).toBe("ucdp-csv");
      expect(result.recordCount).toBe(16_566);
      // Every row loads: country-level rows without a location, the rest placed.
      expect(result.events).toHaveLength(16_566);
      const summary = summarizeProblems(result.problems);
      expect(skippedRecordCount(result)).toBe(0);
      expect(result.events.filter((e) => e.location === null)).toHaveLength(254);
      // adm_1 is empty in 339 rows: every located event still has its governorate.
      expect(result.events.filter((e) => e.location && e.admin1 === null)).toHaveLength(0);
      expect(summary.warnings.map((g) => [g.rows, groupSentence(g, "en")])).toContainEqual([
        254,
        "where_prec: where_prec 6: only the country is known, so the event is kept without a location",
      ]);
      expect(new Set(result.events.map((e) => e.id)).size).toBe(16_566);
      expect(result.description?.source).toEqual({ kind: "ucdp", layout: "ged-19", release: null, dateStyle: "iso" });
      // A large file on a shared machine: the time is the bench's business, not this test's.
    },
    120_000,
  );
});
