import { parseIsoDate } from "./dates.ts";

/**
 * Reading a day typed by a person, in either interface language: `2025-03-06`, `6/3/2025`
 * (day first, as both languages write it here), `6 Mar 2025`, `March 6, 2025`, and the same
 * with Arabic-Indic digits and Arabic month names (Levantine and Egyptian), as in
 * `٦ آذار ٢٠٢٥`. Returns the day number, or null when the text is not one whole real day.
 */

/**
 * Month names as people write them, from the platform's own calendars: English (short, long,
 * British and American) and Arabic (Levantine, as shown here, and Egyptian), folded like typing.
 */
let monthNames: Map<string, number> | null = null;
function monthNumber(name: string): number | undefined {
  if (!monthNames) {
    monthNames = new Map();
    for (const locale of ["en-GB", "en-US", "ar-SY", "ar-EG"])
      for (const month of ["short", "long"] as const) {
        const format = new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" });
        for (let m = 0; m < 12; m++) monthNames.set(normalise(format.format(Date.UTC(2001, m, 1))), m + 1);
      }
  }
  return monthNames.get(name);
}

function foldArabic(text: string): string {
  return text.replace(/[أإآ]/g, "ا").replace(/[\u064B-\u0652]/g, "");
}

/** ASCII digits, no direction marks, commas or doubled spaces, lower case. */
function normalise(text: string): string {
  return foldArabic(text)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200E\u200F\u061C\u202A-\u202E]/g, "")
    .replace(/[,،.](?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function dayOf(year: number, month: number, day: number): number | null {
  const pad = (n: number) => String(n).padStart(2, "0");
  const parsed = parseIsoDate(`${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`);
  return parsed?.precision === "day" ? parsed.startDay : null;
}

export function parseTypedDay(text: string): number | null {
  const s = normalise(text);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s*-?\s*([^\d\s-][^\d-]*?)\s*-?\s*(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber((m[2] as string).trim());
    return month ? dayOf(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([^\d\s][^\d]*?)\s*(\d{1,2})\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber((m[1] as string).trim());
    return month ? dayOf(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
