import { csvLine } from "../export/csv-layout.ts";
import { UTF8_BOM } from "../export/to-formats.ts";
import type { LoadProblem, ReportedProblem } from "../load-problem.ts";

/** Problems that share one reason ("no coordinates"), for a short report. */
export interface ProblemGroup<P extends ReportedProblem = LoadProblem> {
  severity: P["severity"];
  /** The field and the reason, without the values of any one row. */
  reason: string;
  /** How many distinct rows have it (0 for problems about the whole file). */
  rows: number;
  /** How many problems it holds. */
  count: number;
  /** The first few, as they were reported. */
  examples: P[];
}

export interface ProblemSummary<P extends ReportedProblem = LoadProblem> {
  errors: ProblemGroup<P>[];
  warnings: ProblemGroup<P>[];
  /** Distinct rows with at least one error: the rows that were skipped. */
  skippedRows: number;
  /** Distinct rows with a warning. */
  rowsWithWarnings: number;
}

const EXAMPLES = 3;

/** Known messages of the loader whose wording carries row values, each with its reason. */
const REASONS: readonly [RegExp, string][] = [
  [/^duplicate id/, "duplicate id (the later record was skipped)"],
  [/ is not a real date$/, "not a real date"],
  [/^coordinates .* are outside Syria$/, "coordinates outside Syria"],
  [
    /^the point is [\d.]+ km outside the bundled outline of Syria/,
    "the point is just outside the bundled outline of Syria (a border town?): kept in the nearest governorate",
  ],
  [
    /^says SY-[A-Z]{2} but the coordinates fall in SY-[A-Z]{2}$/,
    "the governorate named differs from the one the coordinates fall in",
  ],
  [/^coordinates .* are not decimal numbers$/, "coordinates are not numbers"],
  [/^unknown field\(s\): /, "unknown fields"],
  [/^the row has \d+ fields where the header has \d+/, "too many fields for the header"],
  [/^a quoted field is never closed/, "a quoted field is never closed"],
];

/** A field path without row positions: `sources.0.url` → `sources[].url`. */
function fieldKey(field: string | undefined): string {
  return field ? field.replace(/\.\d+(?=\.|$)/g, "[]") : "";
}

/**
 * What went wrong, the same for every row it happened to: values quoted in the message (and
 * numbers in known messages) are left out, so "41 rows: no coordinates" can be counted.
 */
export function problemReason(problem: ReportedProblem): string {
  const field = fieldKey(problem.field);
  let message = problem.message;
  const known = REASONS.find(([pattern]) => pattern.test(message));
  if (known) message = known[1];
  else
    message = message
      .replace(/\s*\(got [^)]*\)$/, "")
      .replace(/"(?:[^"\\]|\\.){0,400}"/g, "…")
      .trim();
  return field ? `${field}: ${message}` : message;
}

function groupsOf<P extends ReportedProblem>(problems: readonly P[]): ProblemGroup<P>[] {
  const byReason = new Map<string, { group: ProblemGroup<P>; rows: Set<number> }>();
  for (const problem of problems) {
    const reason = problemReason(problem);
    let entry = byReason.get(reason);
    if (!entry) {
      entry = { group: { severity: problem.severity, reason, rows: 0, count: 0, examples: [] }, rows: new Set() };
      byReason.set(reason, entry);
    }
    entry.group.count++;
    if (problem.index !== undefined) entry.rows.add(problem.index);
    if (entry.group.examples.length < EXAMPLES) entry.group.examples.push(problem);
  }
  return [...byReason.values()]
    .map(({ group, rows }) => ({ ...group, rows: rows.size }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

function distinctRows(problems: readonly ReportedProblem[]): number {
  const rows = new Set<number>();
  for (const p of problems) if (p.index !== undefined) rows.add(p.index);
  return rows.size;
}

/** Groups a load's problems by reason, errors and warnings apart, most frequent first. */
export function summarizeProblems<P extends ReportedProblem>(problems: readonly P[]): ProblemSummary<P> {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  return {
    errors: groupsOf(errors),
    warnings: groupsOf(warnings),
    skippedRows: distinctRows(errors),
    rowsWithWarnings: distinctRows(warnings),
  };
}

/** The columns of the problem report. `row` counts data rows (or records, or features) from 1. */
export const PROBLEM_CSV_COLUMNS = ["severity", "row", "id", "field", "message"] as const;

/**
 * The problems as a CSV file to download: one line per problem, quoted per RFC 4180, and safe
 * to open in a spreadsheet (cells starting with = + - @ get a leading `'`, so they never run).
 */
export function problemsToCsv(problems: readonly ReportedProblem[]): string {
  const lines = [csvLine(PROBLEM_CSV_COLUMNS)];
  for (const p of problems)
    lines.push(
      csvLine([p.severity, p.index === undefined ? "" : String(p.index + 1), p.id ?? "", p.field ?? "", p.message]),
    );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
