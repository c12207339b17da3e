import { type LoadProblem, problemText } from "../load-problem.ts";
import type { ProblemReason } from "../load-problem-messages.ts";

/*
 * Small text helpers shared by the importers. Pure: they also run in a Web Worker.
 * Imported text is only ever kept as text; nothing here interprets or produces markup.
 */

const REPLACEMENT_CHAR = "\uFFFD";

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Collapses every run of whitespace (newlines, tabs) to one space and trims. */
export function collapseSpace(text: string): string {
  // Most cells have nothing to collapse: testing is much cheaper than replacing.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}

/** Shortens text to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** A value quoted for a problem message: short, on one line, never the whole of a huge field. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === "string" ? value : String(value);
  return `"${truncate(collapseSpace(text.length > max * 4 ? text.slice(0, max * 4) : text), max)}"`;
}

export function hasReplacementChar(text: string): boolean {
  return text.includes(REPLACEMENT_CHAR);
}

/** The message used for rows holding U+FFFD: the bytes were not UTF-8 when the file was read. */
export const REPLACEMENT_CHAR_MESSAGE =
  "contains U+FFFD replacement characters: the file is probably not UTF-8 (Latin-1 or Windows-1256?); check the names, or save the file as UTF-8 and load it again";

/** `value` when it is an own property of a plain object (never an inherited one such as `constructor`). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Adds a problem about one row: its code, and the value it is about when there is one. */
export function report(
  problems: LoadProblem[],
  severity: LoadProblem["severity"],
  index: number,
  id: string | undefined,
  field: string,
  reason: ProblemReason,
  value?: unknown,
): void {
  const said = problemText(reason, value === undefined ? undefined : quote(value));
  problems.push(id ? { severity, index, id, field, ...said } : { severity, index, field, ...said });
}

/** A code without parameters, as importers write most of their problems. */
export function code<C extends ProblemReason["code"]>(name: C): ProblemReason {
  return { code: name, params: {} } as ProblemReason;
}

/** A mapping table's entry for a key found in a file (own entries only: never `constructor` and the like). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Parses a count: a whole number ≥ 0 written with digits only (thousands separators allowed).
 * Returns undefined for an empty value and null for something that is not such a number.
 */
export function parseCount(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(/[,\s_]/g, "");
  if (!/^\d{1,9}(\.0+)?$/.test(compact)) return null;
  return Number.parseInt(compact, 10);
}

/** Parses a decimal coordinate; NaN for anything that is not a plain finite decimal number. */
export function parseCoordinate(value: string | undefined): number {
  if (value === undefined) return Number.NaN;
  const trimmed = value.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Reads a day as `YYYY-MM-DD` from `YYYY-MM-DD` (optionally followed by a time, which is
 * dropped), `01 January 2025` or `1 Jan 2025`. Whether the day exists is checked later by the
 * loader. Returns null for anything else.
 */
export function parseDayText(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return iso[1] as string;
  const long = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(text);
  if (!long) return null;
  const word = (long[2] as string).toLowerCase();
  const month = word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
  if (month < 0) return null;
  return `${long[3]}-${String(month + 1).padStart(2, "0")}-${(long[1] as string).padStart(2, "0")}`;
}

/** Splits a list cell such as `"SDF; US CENTCOM"` on the given separator, trimmed, empties dropped. */
export function splitNames(value: string | undefined, separator: string | RegExp): string[] {
  if (value === undefined) return [];
  const names: string[] = [];
  for (const part of value.split(separator)) {
    const name = collapseSpace(part);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
