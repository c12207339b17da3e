import { dayToDate } from "./dates.ts";
import { lastAtOrBelow } from "./sorted-positions.ts";

export type BinUnit = "day" | "week" | "month" | "year";

/** Spans (in days) up to which each unit gives a readable histogram of at most ~150 bars. */
const UNIT_LIMITS: readonly [BinUnit, number][] = [
  ["day", 120],
  ["week", 2 * 365],
  ["month", 12 * 365],
];

export interface TimeBins {
  unit: BinUnit;
  /** First day of each bin, ascending; bin i covers [starts[i], starts[i + 1]). */
  starts: Int32Array;
  /** Day after the last bin. */
  end: number;
}

export function chooseBinUnit(spanDays: number): BinUnit {
  for (const [unit, limit] of UNIT_LIMITS) if (spanDays <= limit) return unit;
  return "year";
}

function floorToUnit(day: number, unit: BinUnit): number {
  if (unit === "day") return day;
  // 1970-01-01 was a Thursday; weeks start on Monday (ISO).
  if (unit === "week") return day - ((((day + 3) % 7) + 7) % 7);
  const date = dayToDate(day);
  const year = date.getUTCFullYear();
  const month = unit === "month" ? date.getUTCMonth() : 0;
  return Math.floor(Date.UTC(year, month, 1) / 86_400_000);
}

function nextStart(start: number, unit: BinUnit): number {
  if (unit === "day") return start + 1;
  if (unit === "week") return start + 7;
  const date = dayToDate(start);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  return Math.floor((unit === "month" ? Date.UTC(y, m + 1, 1) : Date.UTC(y + 1, 0, 1)) / 86_400_000);
}

/** Bins covering [firstDay, lastDay], with the unit chosen from the span. */
export function makeTimeBins(
  firstDay: number,
  lastDay: number,
  unit = chooseBinUnit(lastDay - firstDay + 1),
): TimeBins {
  const starts: number[] = [];
  let start = floorToUnit(firstDay, unit);
  while (start <= lastDay) {
    starts.push(start);
    start = nextStart(start, unit);
  }
  return { unit, starts: Int32Array.from(starts), end: start };
}

/** Index of the bin holding `day`, or -1 outside the bins. */
export function binOf(bins: TimeBins, day: number): number {
  const { starts } = bins;
  if (starts.length === 0 || day < (starts[0] as number) || day >= bins.end) return -1;
  return lastAtOrBelow(starts, day);
}
