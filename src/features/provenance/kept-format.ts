import { formatDecimal, LOCALES } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";

/*
 * Formats only the provenance chunks use (it loads on demand), built on the one formatter's
 * locales so Arabic digits are the same as everywhere else.
 */
const dateTimes = new Map<Language, Intl.DateTimeFormat>();

/** A moment (ISO date-time) in the person's time zone: "1 Dec 2026, 10:40". */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimes.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    dateTimes.set(lang, format);
  }
  return format.format(date);
}

/** A file size in KB or MB, one decimal, in the language's digits. */
export function formatFileSize(bytes: number, lang: Language): { value: string; unit: "KB" | "MB" } {
  return bytes < 1e6
    ? { value: formatDecimal(Math.max(0.1, bytes / 1e3), 1, lang), unit: "KB" }
    : { value: formatDecimal(bytes / 1e6, 1, lang), unit: "MB" };
}
