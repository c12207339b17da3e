import type { Language } from "../../i18n/language.ts";
import { isolate, type Message, say, tableHas } from "../../i18n/message.ts";
import { csvLine } from "../export/csv-layout.ts";
import { UTF8_BOM } from "../export/to-formats.ts";
import { type LoadProblem, type ReportedProblem, recordsWith } from "../load-problem.ts";
import { PROBLEM_MESSAGES, type ProblemReason } from "../load-problem-messages.ts";
import { GROUP_PARAMS, PROBLEM_GROUP_MESSAGES } from "../problem-group-messages.ts";

/** Problems with one code in one field ("no coordinates"), for a short report. */
export interface ProblemGroup {
  severity: LoadProblem["severity"];
  /** Tells the group apart from the others: code, field and the parameters kept. */
  key: string;
  /** The code the problems share, with the parameters that are not one row's own values. */
  reason: Message;
  /** The field, without row positions (`sources[].url`); absent for problems about no field. */
  field?: string;
  /** How many distinct rows have it (0 for problems about the whole file). */
  rows: number;
  /** How many problems it holds. */
  count: number;
  /** The first few, as they were reported. */
  examples: LoadProblem[];
}

export interface ProblemSummary {
  errors: ProblemGroup[];
  warnings: ProblemGroup[];
  /** Distinct rows with a warning. */
  rowsWithWarnings: number;
}

const EXAMPLES = 3;

/** A field path without row positions: `sources.0.url` → `sources[].url`. */
function fieldKey(field: string | undefined): string {
  return field ? field.replace(/\.\d+(?=\.|$)/g, "[]") : "";
}

const groupParams = GROUP_PARAMS as Partial<Record<string, readonly string[]>>;

/** A problem's code with only the parameters that tell its group apart (GROUP_PARAMS). */
function groupReason(reason: ProblemReason): Message {
  const kept = groupParams[reason.code];
  if (!kept) return reason;
  const params: Record<string, string | number> = {};
  for (const name of kept) params[name] = (reason.params as Record<string, string | number>)[name] as string | number;
  return { code: reason.code, params };
}

function groupKey(reason: Message, field: string): string {
  return JSON.stringify([reason.code, field, Object.entries(reason.params).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/** What a group is called in a language: its field, then its code's text without any row's values. */
export function groupSentence(group: Pick<ProblemGroup, "reason" | "field">, lang: Language): string {
  const { reason, field } = group;
  const text = tableHas(PROBLEM_GROUP_MESSAGES, reason)
    ? say(PROBLEM_GROUP_MESSAGES, reason, lang)
    : say(PROBLEM_MESSAGES, reason as ProblemReason, lang);
  if (!field) return text;
  return `${lang === "en" ? field : isolate(field)}: ${text}`;
}

function groupsOf(problems: readonly LoadProblem[]): ProblemGroup[] {
  const byKey = new Map<string, { group: ProblemGroup; rows: Set<number> }>();
  for (const problem of problems) {
    const reason = groupReason(problem.reason);
    const field = fieldKey(problem.field);
    const key = groupKey(reason, field);
    let entry = byKey.get(key);
    if (!entry) {
      const group: ProblemGroup = { severity: problem.severity, key, reason, rows: 0, count: 0, examples: [] };
      if (field) group.field = field;
      entry = { group, rows: new Set() };
      byKey.set(key, entry);
    }
    entry.group.count++;
    if (problem.index !== undefined) entry.rows.add(problem.index);
    if (entry.group.examples.length < EXAMPLES) entry.group.examples.push(problem);
  }
  // Most frequent first; ties in the order of their English names, the same in every language.
  return [...byKey.values()]
    .map(({ group, rows }) => ({ group: { ...group, rows: rows.size }, name: groupSentence(group, "en") }))
    .sort((a, b) => b.group.count - a.group.count || a.name.localeCompare(b.name))
    .map(({ group }) => group);
}

/** Groups a load's problems by code and field, errors and warnings apart, most frequent first. */
export function summarizeProblems(problems: readonly LoadProblem[]): ProblemSummary {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  return {
    errors: groupsOf(errors),
    warnings: groupsOf(warnings),
    rowsWithWarnings: recordsWith(warnings, "warning"),
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
