import Papa from "papaparse";
import { type LoadProblem, problemText } from "../load-problem.ts";
import type { ProblemReason } from "../load-problem-messages.ts";
import { listParam } from "./import-problem-messages.ts";
import { code, hasReplacementChar } from "./import-text.ts";

export type CsvRow = Record<string, string | undefined>;

export interface CsvTable {
  /** Column names, trimmed and lower-cased. */
  fields: string[];
  rows: CsvRow[];
  /** Rows whose shape is broken (too few or too many fields): reading them would shift columns. */
  brokenRows: Map<number, ProblemReason>;
  /** Problems with the file as a whole (an unclosed quote). */
  fileProblems: LoadProblem[];
  /** Whether the text holds U+FFFD anywhere (when not, rows need not be searched for it). */
  hasReplacementChars: boolean;
  /** A quote was never closed, or closed before other text: PapaParse read on in its own way. */
  quotesBroken: boolean;
}

function headerName(header: string): string {
  return header.trim().toLowerCase();
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The delimiter of the header line: the candidate met most often outside quotes (a comma when
 * none is). Decided from the header alone, so broken rows further down cannot mislead it.
 */
export function guessDelimiter(text: string): string {
  const start = text.trimStart();
  const end = start.search(/[\r\n]/);
  const line = (end < 0 ? start : start.slice(0, end)).slice(0, 64 * 1024).replace(/"[^"]*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The cells of the first line, or null when the text has no line that reads as CSV. */
export function readCsvHeader(text: string): string[] | null {
  const firstLines = text.slice(0, 64 * 1024);
  const result = Papa.parse<string[]>(firstLines, {
    preview: 1,
    skipEmptyLines: "greedy",
    delimiter: guessDelimiter(firstLines),
  });
  const first = result.data[0];
  return Array.isArray(first) ? first.map(headerName) : null;
}

/**
 * Reads a whole CSV file (BOM already stripped; CRLF, LF or CR line ends). `known` gives the
 * delimiter and line end when they were settled from the whole file (a batch of its rows).
 */
export function readCsv(text: string, known?: { delimiter: string; newline: "\n" | "\r\n" | "\r" }): CsvTable {
  const result = Papa.parse<CsvRow>(text, {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: known?.delimiter ?? guessDelimiter(text),
    ...(known ? { newline: known.newline } : {}),
    // Unnamed columns (a spreadsheet's trailing commas) get names of their own: they are not duplicates.
    transformHeader: (header, index) => headerName(header) || `(column ${index + 1})`,
  });
  const brokenRows = new Map<number, ProblemReason>();
  const fileProblems: LoadProblem[] = [];
  let quotesBroken = false;
  const renamed = Object.keys(result.meta.renamedHeaders ?? {});
  if (renamed.length)
    fileProblems.push({
      severity: "warning",
      ...problemText({ code: "row.duplicate-columns", params: { renamed: listParam(renamed) } }),
    });
  for (const error of result.errors) {
    if (error.type === "FieldMismatch" && typeof error.row === "number") {
      const row = result.data[error.row];
      const count = row ? Object.keys(row).length - (Object.hasOwn(row, "__parsed_extra") ? 1 : 0) : 0;
      const extra = row && Array.isArray(row.__parsed_extra) ? (row.__parsed_extra as unknown[]).length : 0;
      brokenRows.set(
        error.row,
        error.code === "TooManyFields"
          ? { code: "row.too-many-fields", params: { fields: count + extra, header: result.meta.fields?.length ?? 0 } }
          : code("row.too-few-fields"),
      );
    } else if (error.type === "Quotes") {
      quotesBroken = true;
      fileProblems.push({
        severity: "warning",
        ...problemText({
          code: "row.quote-never-closed",
          params: { row: typeof error.row === "number" ? error.row + 1 : 0 },
        }),
      });
    }
  }
  return {
    fields: result.meta.fields ?? [],
    rows: result.data,
    brokenRows,
    fileProblems,
    hasReplacementChars: hasReplacementChar(text),
    quotesBroken,
  };
}

/**
 * A table's first `count` rows and the rest, each a table of its own (row positions count from
 * each one's first row, broken rows included); the file's problems stay with the first.
 */
export function splitCsvTable(table: CsvTable, count: number): [CsvTable, CsvTable] {
  const firstBroken = new Map<number, ProblemReason>();
  const restBroken = new Map<number, ProblemReason>();
  for (const [row, reason] of table.brokenRows)
    if (row < count) firstBroken.set(row, reason);
    else restBroken.set(row - count, reason);
  return [
    { ...table, rows: table.rows.slice(0, count), brokenRows: firstBroken },
    { ...table, rows: table.rows.slice(count), brokenRows: restBroken, fileProblems: [] },
  ];
}

/** The first column of a row whose text holds U+FFFD (bytes that were not UTF-8), if any. */
export function replacementCharColumn(row: CsvRow): string | null {
  for (const key in row) {
    if (!Object.hasOwn(row, key)) continue;
    const value = row[key];
    if (typeof value === "string" && hasReplacementChar(value)) return key;
  }
  return null;
}

/** The problems every CSV row gets whatever its layout: broken shape (error) and U+FFFD (warning). */
export function rowShapeProblems(table: CsvTable, index: number, id: string | undefined): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const at = { index, ...(id ? { id } : {}) };
  const broken = table.brokenRows.get(index);
  if (broken) problems.push({ severity: "error", ...at, ...problemText(broken) });
  const row = table.rows[index];
  const column = row && table.hasReplacementChars ? replacementCharColumn(row) : null;
  if (column)
    problems.push({
      severity: "warning",
      ...at,
      field: column,
      ...problemText({ code: "problem.replacement-chars", params: {} }),
    });
  return problems;
}
