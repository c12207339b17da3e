import type { ProblemReason } from "../load-problem-messages.ts";
import { code } from "./import-text.ts";

/*
 * Dates as ACLED and UCDP write them, and as spreadsheets rewrite them. Pure: runs in workers.
 * The one thing a row cannot settle alone is the order of `09/05/2020`; `planDates` decides it
 * from a sample of the file's dates (a streaming reader: its first chunk) and `readDate` then
 * reads each row with that plan, so mapping stays a function of one row.
 */

/** How a file writes its dates, named in the load report. */
export type DateStyle =
  | "iso" // 2020-05-09, 2009-02-20T00:00:00, 2026-07-02 00:00:00.000
  | "day-month-name" // 09 May 2020, 28 December 2022 (ACLED's own)
  | "excel-short" // 9-May-20, 09-May-2020 (Excel's d-mmm-yy)
  | "month-name-day" // May 9, 2020
  | "slash-day-first" // 09/05/2020, 9.5.2020
  | "slash-month-first"; // 5/9/2020

export type DateOrder = "day-first" | "month-first";

export interface DatePlan {
  /** The order of numeric day/month dates: proven by the file, the format's convention, or null (unknown). */
  order: DateOrder | null;
  /** How the file mostly writes its dates (null when the sample held none). */
  style: DateStyle | null;
  /** The file writes some dates day first and others month first: numeric dates that fit both are ambiguous. */
  conflicting: boolean;
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

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_NAME_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/;
const NAME_DAY_YEAR = /^([A-Za-z]{3,9})\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const index = lower.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(lower)) : -1;
  // "Sept" is Excel's and English usage for September; every other prefix is matched as written.
  return index >= 0 ? index + 1 : lower === "sept" ? 9 : -1;
}

/** A two-digit year as spreadsheets write it: 00–69 are 2000s, 70–99 1900s (UCDP starts in 1989). */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function day(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/** The style of one date text, or null when it is none this reader knows. */
export function dateStyleOf(text: string): DateStyle | null {
  const value = text.trim();
  if (ISO.test(value) || YMD_SLASH.test(value)) return "iso";
  const named = DAY_NAME_YEAR.exec(value);
  if (named) return (named[3] as string).length === 2 || value.includes("-") ? "excel-short" : "day-month-name";
  if (NAME_DAY_YEAR.test(value)) return "month-name-day";
  const numeric = NUMERIC.exec(value);
  if (!numeric) return null;
  const first = Number(numeric[1]);
  const second = Number(numeric[2]);
  if (first > 12 && second <= 12) return "slash-day-first";
  if (second > 12 && first <= 12) return "slash-month-first";
  return null;
}

/**
 * Decides how numeric dates are read from a sample of a file's date texts. A date whose first
 * number is above 12 proves day first; one whose second is, month first. When nothing proves
 * either, `convention` holds (ACLED writes day first; UCDP never writes such dates, so null).
 */
export function planDates(samples: Iterable<string>, convention: DateOrder | null): DatePlan {
  let dayFirst = 0;
  let monthFirst = 0;
  let numeric = 0;
  const styles = new Map<DateStyle, number>();
  for (const text of samples) {
    const value = text.trim();
    const style = dateStyleOf(value);
    if (style === "slash-day-first") dayFirst++;
    else if (style === "slash-month-first") monthFirst++;
    if (style) styles.set(style, (styles.get(style) ?? 0) + 1);
    else if (NUMERIC.test(value)) numeric++;
  }
  const conflicting = dayFirst > 0 && monthFirst > 0;
  const order: DateOrder | null = conflicting
    ? null
    : dayFirst > 0
      ? "day-first"
      : monthFirst > 0
        ? "month-first"
        : convention;
  let style: DateStyle | null = null;
  let most = 0;
  for (const [candidate, count] of styles)
    if (count > most) {
      style = candidate;
      most = count;
    }
  if (numeric > most && order) style = order === "day-first" ? "slash-day-first" : "slash-month-first";
  return { order, style, conflicting };
}

/** A date read, or why it cannot be (the value it is about is the text read). */
export type DateReading = { day: string; problem?: undefined } | { day?: undefined; problem: ProblemReason };

/**
 * Reads one date as `YYYY-MM-DD` (a time after it is dropped). Whether the day exists (31 April)
 * is checked later by the loader, as for every format. An ambiguous numeric date is a problem
 * with its reason, never a guess.
 */
export function readDate(text: string, plan: Pick<DatePlan, "order" | "conflicting">): DateReading {
  const value = text.trim();
  const iso = ISO.exec(value) ?? YMD_SLASH.exec(value);
  if (iso) return { day: day(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  const named = DAY_NAME_YEAR.exec(value);
  if (named) {
    const month = monthOf(named[2] as string);
    if (month > 0) return { day: day(fullYear(named[3] as string), month, Number(named[1])) };
  }
  const us = NAME_DAY_YEAR.exec(value);
  if (us) {
    const month = monthOf(us[1] as string);
    if (month > 0) return { day: day(Number(us[3]), month, Number(us[2])) };
  }
  const numeric = NUMERIC.exec(value);
  if (!numeric) return { problem: code("row.not-a-date") };
  const first = Number(numeric[1]);
  const second = Number(numeric[2]);
  const year = fullYear(numeric[3] as string);
  if (first > 12 && second > 12) return { problem: code("row.date-no-month") };
  if (first > 12 || second > 12) {
    const dayFirst = first > 12;
    if (plan.order && (plan.order === "day-first") !== dayFirst)
      return { problem: { code: "row.date-wrong-order", params: { order: plan.order } } };
    return { day: dayFirst ? day(year, second, first) : day(year, first, second) };
  }
  if (first === second) return { day: day(year, first, first) };
  if (!plan.order)
    return {
      problem: code(plan.conflicting ? "row.date-ambiguous-conflicting" : "row.date-ambiguous"),
    };
  return { day: plan.order === "day-first" ? day(year, second, first) : day(year, first, second) };
}
