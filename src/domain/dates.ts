import type { DatePrecision } from "./event.ts";

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  precision: Exclude<DatePrecision, "unknown">;
  /** First and last day covered, as days since 1970-01-01 UTC. */
  startDay: number;
  endDay: number;
}

function dayNumber(year: number, monthIndex: number, day: number): number {
  return Math.floor(Date.UTC(year, monthIndex, day) / MS_PER_DAY);
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the span of days it covers.
 * Returns null for anything else, including impossible days such as 2025-02-30.
 */
export function parseIsoDate(text: string): ParsedDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return null;
  if (match[2] === undefined) {
    return { precision: "year", startDay: dayNumber(year, 0, 1), endDay: dayNumber(year + 1, 0, 1) - 1 };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return { precision: "month", startDay: dayNumber(year, month - 1, 1), endDay: dayNumber(year, month, 1) - 1 };
  }
  const day = Number(match[3]);
  const start = dayNumber(year, month - 1, day);
  const check = new Date(start * MS_PER_DAY);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { precision: "day", startDay: start, endDay: start };
}

/** `YYYY-MM-DD` for a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}
