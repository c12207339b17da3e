import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { problemReason, problemsToCsv, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import type { ReportedProblem } from "../../src/data/load-problem.ts";

const error = (index: number, field: string, message: string, id?: string): ReportedProblem => ({
  severity: "error",
  index,
  field,
  message,
  ...(id ? { id } : {}),
});

describe("grouping problems by reason", () => {
  it("counts rows per reason, leaving out the values of each row", () => {
    const problems: ReportedProblem[] = [
      ...Array.from({ length: 41 }, (_, i) =>
        error(i, "latitude", "no usable coordinates (latitude and longitude must be decimal numbers)"),
      ),
      error(50, "date", '"2025-02-30" is not a real date'),
      error(51, "date", '"2025-13-01" is not a real date'),
      error(52, "id", "duplicate id (first used by record 3); this record was skipped", "a"),
      error(53, "type_of_violence", 'not 1, 2 or 3: the event type cannot be mapped (got "9")'),
      error(54, "type_of_violence", 'not 1, 2 or 3: the event type cannot be mapped (got "x")'),
      error(55, "sources.0.url", "must be an http(s) URL"),
      error(55, "sources.1.url", "must be an http(s) URL"),
      {
        severity: "warning",
        index: 56,
        field: "location.admin1",
        message: "says SY-RD but the coordinates fall in SY-DI",
      },
      {
        severity: "warning",
        index: 57,
        field: "location.admin1",
        message: "says SY-HM but the coordinates fall in SY-ID",
      },
      {
        severity: "warning",
        message: "a quoted field is never closed (near data row 9): everything after it was read as one field",
      },
    ];
    const summary = summarizeProblems(problems);
    expect(summary.skippedRows).toBe(41 + 6);
    expect(summary.rowsWithWarnings).toBe(2);
    expect(summary.errors.map((g) => [g.rows, g.reason])).toEqual([
      [41, "latitude: no usable coordinates (latitude and longitude must be decimal numbers)"],
      [2, "date: not a real date"],
      [1, "sources[].url: must be an http(s) URL"],
      [2, "type_of_violence: not 1, 2 or 3: the event type cannot be mapped"],
      [1, "id: duplicate id (the later record was skipped)"],
    ]);
    expect(summary.errors[4]?.examples[0]?.id).toBe("a");
    expect(summary.warnings.map((g) => [g.rows, g.count, g.reason])).toEqual([
      [2, 2, "location.admin1: the governorate named differs from the one the coordinates fall in"],
      [0, 1, "a quoted field is never closed"],
    ]);
  });

  it("keeps at most three examples per group, in file order", () => {
    const problems = Array.from({ length: 10 }, (_, i) => error(i, "date", `"x${i}" is not a real date`));
    const [group] = summarizeProblems(problems).errors;
    expect(group?.examples.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it("strips quoted values from messages it does not know", () => {
    expect(problemReason(error(0, "x", 'value "abc" is odd and "def" too'))).toBe("x: value … is odd and … too");
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
