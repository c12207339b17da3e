import type { TimeBins } from "../../domain/time-bins.ts";
import { binCount, binStartDay, coordinateToPixel, dayToCoordinate } from "./brush-math.ts";

/** Calendar steps the axis can label, finest first. */
export type TickStep =
  | { kind: "day"; days: number }
  | { kind: "week" }
  | { kind: "month"; months: number }
  | { kind: "year"; years: number };

const STEPS: readonly TickStep[] = [
  { kind: "day", days: 1 },
  { kind: "day", days: 2 },
  { kind: "week" },
  { kind: "month", months: 1 },
  { kind: "month", months: 3 },
  { kind: "month", months: 6 },
  { kind: "year", years: 1 },
  { kind: "year", years: 2 },
  { kind: "year", years: 5 },
  { kind: "year", years: 10 },
  { kind: "year", years: 25 },
  { kind: "year", years: 50 },
];

const APPROX_DAYS = (step: TickStep): number =>
  step.kind === "day"
    ? step.days
    : step.kind === "week"
      ? 7
      : step.kind === "month"
        ? 30.44 * step.months
        : 365.25 * step.years;

const MS_PER_DAY = 86_400_000;
const utcDay = (year: number, month: number): number => Math.floor(Date.UTC(year, month, 1) / MS_PER_DAY);

/** Days in [first, end) that fall on the step's calendar boundaries. */
function tickDays(step: TickStep, first: number, end: number): number[] {
  const days: number[] = [];
  if (step.kind === "day") {
    for (let day = first; day < end; day += step.days) days.push(day);
  } else if (step.kind === "week") {
    // Mondays (1970-01-01 was a Thursday).
    for (let day = first + ((((4 - first) % 7) + 7) % 7); day < end; day += 7) days.push(day);
  } else {
    const start = new Date(first * MS_PER_DAY);
    const months = step.kind === "month" ? step.months : 12 * step.years;
    // Align to calendar multiples: quarters start in Jan/Apr/Jul/Oct, 5-year ticks on 2020, 2025…
    let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
    index = Math.ceil(index / months) * months;
    if (utcDay(Math.floor(index / 12), index % 12) < first) index += months;
    for (let day = utcDay(Math.floor(index / 12), index % 12); day < end; ) {
      days.push(day);
      index += months;
      day = utcDay(Math.floor(index / 12), index % 12);
    }
  }
  return days;
}

export interface AxisTicks {
  step: TickStep;
  ticks: { day: number; x: number }[];
}

/**
 * A few calendar ticks, the finest step whose ticks sit at least `minSpacing` pixels apart
 * (a number, or a function of the candidate step and days, so long labels ask for more room).
 * A chart too short for any boundary still gets one tick at its first day.
 */
export function axisTicks(
  bins: TimeBins,
  width: number,
  minSpacing: number | ((step: TickStep, days: readonly number[]) => number) = 76,
): AxisTicks {
  const first = binStartDay(bins, 0);
  const span = bins.end - first;
  const place = (day: number) => ({ day, x: coordinateToPixel(dayToCoordinate(bins, day), width, bins) });
  let fallback: AxisTicks | null = null;
  for (const step of STEPS) {
    if (span / APPROX_DAYS(step) > 400) continue;
    const ticks = tickDays(step, first, bins.end).map(place);
    if (ticks.length === 0) continue;
    fallback = { step, ticks };
    const spacing =
      typeof minSpacing === "number"
        ? minSpacing
        : minSpacing(
            step,
            ticks.map((tick) => tick.day),
          );
    let fits = true;
    for (let i = 1; i < ticks.length && fits; i++)
      fits = (ticks[i] as { x: number }).x - (ticks[i - 1] as { x: number }).x >= spacing;
    if (fits) return fallback;
  }
  if (fallback && fallback.ticks.length > 0) return { step: fallback.step, ticks: fallback.ticks.slice(0, 1) };
  return { step: { kind: "day", days: 1 }, ticks: binCount(bins) > 0 ? [place(first)] : [] };
}
