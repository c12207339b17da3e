import { dayToDate } from "../../domain/dates.ts";
import type { TimeBins } from "../../domain/time-bins.ts";
import { formatEventDate, formatShortDay, LOCALES } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import type { TickStep } from "./axis-ticks.ts";
import { binStartDay } from "./brush-math.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(day: number, lang: Language, options: Intl.DateTimeFormatOptions): string {
  const key = `${lang}:${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(dayToDate(day));
}

/** The period a bar covers, as a person would say it: "11 Jan 2025", "March 2025", "2025". */
export function formatBinPeriod(bins: TimeBins, i: number, lang: Language, weekOf: (date: string) => string): string {
  const start = binStartDay(bins, i);
  switch (bins.unit) {
    case "day":
      return formatShortDay(start, lang);
    case "week":
      return weekOf(formatShortDay(start, lang));
    case "month":
      return formatEventDate(start, "month", lang);
    case "year":
      return formatEventDate(start, "year", lang);
  }
}

/**
 * An axis label: day and week ticks read "6 Jan", month ticks "Mar"; the year is added on
 * the first tick and wherever it changes, and year ticks are just the year.
 */
export function formatTick(day: number, previous: number | null, step: TickStep, lang: Language): string {
  if (step.kind === "year") return format(day, lang, { year: "numeric" });
  const year = dayToDate(day).getUTCFullYear();
  const newYear = previous === null || dayToDate(previous).getUTCFullYear() !== year;
  if (step.kind === "month")
    return format(day, lang, newYear ? { month: "short", year: "numeric" } : { month: "short" });
  return newYear ? formatShortDay(day, lang) : format(day, lang, { day: "numeric", month: "short" });
}
