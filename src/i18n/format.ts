import { dayToDate, parseIsoDate } from "../domain/dates.ts";
import type { DatePrecision } from "../domain/event.ts";
import type { Language } from "./language.ts";

/** Locale used with Intl for each interface language. */
export const LOCALES: Record<Language, string> = { en: "en-GB", ar: "ar-SY" };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatNumber(value: number, lang: Language): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(LOCALES[lang])).format(value);
}

/** A number with a fixed count of decimals (coordinates, megabytes), in the language's digits. */
export function formatDecimal(value: number, digits: number, lang: Language): string {
  return cached(
    `f:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALES[lang], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      }),
  ).format(value);
}

/** Writing direction of an interface language. */
export function textDirection(lang: Language): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

const DATE_OPTIONS: Record<Exclude<DatePrecision, "unknown">, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

const UNKNOWN_DATE: Record<Language, string> = { en: "date unknown", ar: "التاريخ غير معروف" };

/** "11 January 2025", "March 2025", "2025" or "date unknown", as precise as the report. */
export function formatEventDate(day: number | null, precision: DatePrecision, lang: Language): string {
  if (day === null || precision === "unknown") return UNKNOWN_DATE[lang];
  return cached(`d:${lang}:${precision}`, () => new Intl.DateTimeFormat(LOCALES[lang], DATE_OPTIONS[precision])).format(
    dayToDate(day),
  );
}

/** Short date for axes and inputs: "11 Jan 2025". */
export function formatShortDay(day: number, lang: Language): string {
  return cached(
    `s:${lang}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(dayToDate(day));
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` text as a date in the language; anything else as it is. */
export function formatIsoDate(text: string, lang: Language): string {
  const parsed = parseIsoDate(text);
  return parsed ? formatEventDate(parsed.startDay, parsed.precision, lang) : text;
}
