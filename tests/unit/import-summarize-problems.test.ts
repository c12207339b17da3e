import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { groupSentence, problemsToCsv, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import {
  type LoadProblem,
  problemText,
  type ReportedProblem,
  recordsWith,
  skippedRecordCount,
} from "../../src/data/load-problem.ts";
import type { ProblemReason } from "../../src/data/load-problem-messages.ts";

const error = (index: number, field: string, message: string, id?: string): ReportedProblem => ({
  severity: "error",
  index,
  field,
  message,
  ...(id ? { id } : {}),
});

/** A problem as the loaders report it: a code, its English text and the value it is about. */
function coded(
  severity: LoadProblem["severity"],
  index: number | undefined,
  field: string | undefined,
  reason: ProblemReason,
  got?: string,
  id?: string,
): LoadProblem {
  return {
    severity,
    ...(index === undefined ? {} : { index }),
    ...(field === undefined ? {} : { field }),
    ...(id ? { id } : {}),
    ...problemText(reason, got),
  };
}

const names = (groups: ReturnType<typeof summarizeProblems>["errors"]) =>
  groups.map((g) => [g.rows, groupSentence(g, "en")]);

describe("grouping problems by code and field", () => {
  it("counts rows per reason, leaving out the values of each row", () => {
    const problems: LoadProblem[] = [
      ...Array.from({ length: 41 }, (_, i) =>
        coded("error", i, "latitude", { code: "row.no-coordinates", params: {} }),
      ),
      coded("error", 50, "date", { code: "problem.not-a-date", params: { value: "2025-02-30" } }),
      coded("error", 51, "date", { code: "problem.not-a-date", params: { value: "2025-13-01" } }),
      coded("error", 52, "id", { code: "problem.duplicate-id", params: { first: 3 } }, undefined, "a"),
      coded("error", 53, "type_of_violence", { code: "row.violence-not-1-3", params: {} }, '"9"'),
      coded("error", 54, "type_of_violence", { code: "row.violence-not-1-3", params: {} }, '"x"'),
      coded("error", 55, "sources.0.url", { code: "schema.not-http-link", params: { part: "record" } }),
      coded("error", 55, "sources.1.url", { code: "schema.not-http-link", params: { part: "record" } }),
      coded("warning", 56, "location.admin1", {
        code: "problem.admin1-mismatch",
        params: { said: "SY-RD", found: "SY-DI" },
      }),
      coded("warning", 57, "location.admin1", {
        code: "problem.admin1-mismatch",
        params: { said: "SY-HM", found: "SY-ID" },
      }),
      coded("warning", undefined, undefined, { code: "row.quote-never-closed", params: { row: 9 } }),
    ];
    const summary = summarizeProblems(problems);
    expect(skippedRecordCount({ problems })).toBe(41 + 6);
    expect(summary.rowsWithWarnings).toBe(2);
    expect(names(summary.errors)).toEqual([
      [41, "latitude: no usable coordinates (latitude and longitude must be decimal numbers)"],
      [2, "date: not a real date"],
      [1, "sources[].url: must be an http(s) URL"],
      [2, "type_of_violence: not 1, 2 or 3: the event type cannot be mapped"],
      [1, "id: duplicate id (the later record was skipped)"],
    ]);
    expect(summary.errors[4]?.examples[0]?.id).toBe("a");
    expect(summary.warnings.map((g) => [g.rows, g.count, groupSentence(g, "en")])).toEqual([
      [2, 2, "location.admin1: the governorate named differs from the one the coordinates fall in"],
      [0, 1, "a quoted field is never closed"],
    ]);
  });

  it("keeps at most three examples per group, in file order", () => {
    const problems = Array.from({ length: 10 }, (_, i) =>
      coded("error", i, "date", { code: "problem.not-a-date", params: { value: `x${i}` } }),
    );
    const [group] = summarizeProblems(problems).errors;
    expect(group?.examples.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it("puts two rows with one code in one group, whatever their values and English text", () => {
    const first = coded("warning", 0, "location", { code: "row.border-kept", params: { km: 0.2, code: "SY-DY" } });
    const second = coded("warning", 1, "location", { code: "row.border-kept", params: { km: 1.7, code: "SY-RD" } });
    // The English is the downloaded report's text, never the key: a reworded one groups the same.
    const reworded = { ...second, index: 2, message: "a border town, kept" };
    const { warnings } = summarizeProblems([first, second, reworded]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rows: 3, count: 3, field: "location", reason: { code: "row.border-kept" } });
  });

  it("keeps problems of one code in different fields apart", () => {
    const { errors } = summarizeProblems([
      coded("error", 0, "title", { code: "schema.missing", params: { part: "record" } }),
      coded("error", 1, "date", { code: "schema.missing", params: { part: "record" } }),
      coded("error", 2, "date", { code: "schema.missing", params: { part: "record" } }),
    ]);
    expect(names(errors)).toEqual([
      [2, "date: required, but missing"],
      [1, "title: required, but missing"],
    ]);
  });

  it("keeps apart what a code's parameters say about the fault, not about the row", () => {
    const { errors, warnings } = summarizeProblems([
      coded("error", 0, "location.lat", {
        code: "schema.wrong-type",
        params: { part: "record", expected: "number", actual: "string" },
      }),
      coded("error", 1, "location.lat", {
        code: "schema.wrong-type",
        params: { part: "record", expected: "number", actual: "null" },
      }),
      coded("error", 2, "colour", { code: "schema.unknown-fields", params: { part: "record", names: "colour" } }),
      coded("error", 3, "size", { code: "schema.unknown-fields", params: { part: "record", names: "size" } }),
      coded("warning", undefined, "narratives.0", {
        code: "schema.unknown-fields",
        params: { part: "story", names: "mood" },
      }),
    ]);
    expect(names(errors)).toEqual([
      [1, "colour: unknown fields"],
      [1, "location.lat: must be a number, not null"],
      [1, "location.lat: must be a number, not text"],
      [1, "size: unknown fields"],
    ]);
    expect(warnings.map((g) => groupSentence(g, "en"))).toEqual(["narratives[]: story left out: unknown fields"]);
  });

  it("names each group in Arabic from its code, without any row's values", () => {
    const { errors, warnings } = summarizeProblems([
      coded("error", 0, "date", { code: "problem.not-a-date", params: { value: "2025-02-30" } }, undefined, "e1"),
      coded("error", 1, "date", { code: "problem.not-a-date", params: { value: "2025-13-01" } }, undefined, "e2"),
      coded("warning", 2, "location", { code: "row.border-kept", params: { km: 0.2, code: "SY-DY" } }),
    ]);
    expect(groupSentence(errors[0] as (typeof errors)[0], "ar")).toBe("\u2068date\u2069: ليس تاريخًا صحيحًا");
    expect(groupSentence(warnings[0] as (typeof warnings)[0], "ar")).toBe(
      "\u2068location\u2069: تقع النقطة خارج حدود سوريا المرفقة بقليل (بلدة حدودية؟): أُبقيت في أقرب محافظة",
    );
  });
});

describe("counting skipped records", () => {
  it("counts each record with an error once, and the rows outside Syria", () => {
    const problems = [
      coded("error", 4, "date", { code: "row.no-date", params: {} }),
      coded("error", 4, "latitude", { code: "row.no-coordinates", params: {} }),
      coded("error", 9, "date", { code: "row.no-date", params: {} }),
      coded("warning", 5, "precision", { code: "row.no-precision", params: {} }),
      coded("error", undefined, undefined, { code: "row.quote-never-closed", params: { row: 3 } }),
    ];
    expect(skippedRecordCount({ problems })).toBe(2);
    expect(skippedRecordCount({ problems, outsideSyria: { rows: 40 } })).toBe(42);
    expect(recordsWith(problems, "warning")).toBe(1);
  });
});

describe("the problem report as CSV", () => {
  it("has the documented columns, rows counted from 1, and a BOM for spreadsheets", () => {
    const csv = problemsToCsv([
      error(0, "date", '"2025-02-30" is not a real date', "e1"),
      { severity: "warning", message: "file" },
    ]);
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "severity,row,id,field,message",
      'error,1,e1,date,"""2025-02-30"" is not a real date"',
      "warning,,,,file",
      "",
    ]);
  });

  it.each(["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "neutralises a formula cell starting %j",
    (message) => {
      const csv = problemsToCsv([{ severity: "error", index: 0, id: message, field: message, message }]);
      const [, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", skipEmptyLines: true }).data;
      expect(row?.slice(2)).toEqual([`'${message}`, `'${message}`, `'${message}`]);
    },
  );

  it("reads back, cell for cell, whatever the messages hold", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            severity: fc.constantFrom("error", "warning") as fc.Arbitrary<"error" | "warning">,
            index: fc.nat({ max: 1e6 }),
            id: fc.string(),
            field: fc.string(),
            message: fc.string(),
          }),
          { maxLength: 8 },
        ),
        (problems) => {
          const parsed = Papa.parse<string[]>(problemsToCsv(problems).slice(1), {
            delimiter: ",",
            skipEmptyLines: false,
          }).data;
          expect(parsed.length).toBe(problems.length + 2);
          problems.forEach((p, i) => {
            const row = parsed[i + 1] as string[];
            expect(row).toHaveLength(5);
            expect(row[1]).toBe(String(p.index + 1));
            for (const [cellValue, original] of [
              [row[3], p.field],
              [row[4], p.message],
            ] as const)
              expect(cellValue === original || cellValue === `'${original}`).toBe(true);
            expect(/^[=+\-@\t\r]/.test(row[4] as string)).toBe(false);
          });
        },
      ),
    );
  });
});
