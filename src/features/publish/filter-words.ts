import { REGION_LEVEL } from "../../domain/areas.ts";
import { dayToDate } from "../../domain/dates.ts";
import { type Filters, hasDateRange, undatedIncluded } from "../../domain/filters.ts";
import { GOVERNORATES } from "../../domain/governorates.ts";
import { formatShortDay, LOCALES } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { PUBLISH_MESSAGES } from "./publish-messages.ts";

function joinList(items: readonly string[], lang: Language, type: "conjunction" | "disjunction"): string {
  return new Intl.ListFormat(LOCALES[lang], { style: "long", type }).format(items);
}

/** "1 Jan – 30 Jun 2025", "since 1 Jan 2025", "all dates". */
export function dateRangeInWords(from: number | null, to: number | null, lang: Language): string {
  const t = PUBLISH_MESSAGES[lang];
  if (from !== null && to !== null) {
    const format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    return format.formatRange(dayToDate(from), dayToDate(to));
  }
  if (from !== null) return t.since(formatShortDay(from, lang));
  if (to !== null) return t.until(formatShortDay(to, lang));
  return t.allDates;
}

/**
 * The active filters as one line a reader understands, e.g.
 * "Arrests in Aleppo and Idlib, 1 Jan – 30 Jun 2025": the title line of an image or a text.
 */
export function filtersInWords(filters: Filters, lang: Language): string {
  const t = PUBLISH_MESSAGES[lang];
  const subject = filters.types.length
    ? joinList(
        filters.types.map((type, i) => {
          const word = t.typesPlural[type];
          // Only the first word of an English list keeps its capital: "Arrests and raids".
          return i === 0 || lang === "ar" ? word : word.charAt(0).toLowerCase() + word.slice(1);
        }),
        lang,
        "conjunction",
      )
    : t.events;
  const parts = [subject];
  if (filters.regions.length) {
    const names = filters.regions.map((code) => {
      const governorate = GOVERNORATES.find((g) => g.code === code);
      if (governorate) return lang === "ar" ? governorate.nameAr : governorate.name;
      return code === REGION_LEVEL ? t.areaLevel : code;
    });
    parts.push(t.inPlaces(joinList(names, lang, "conjunction")));
  }
  if (filters.actors.length) parts.push(t.byForces(joinList(filters.actors, lang, "disjunction")));
  if (filters.targets.length) parts.push(t.againstTargets(joinList(filters.targets, lang, "disjunction")));
  if (filters.text.trim()) parts.push(t.matching(filters.text.trim()));
  if (filters.onlyInView) parts.push(t.inMapView);
  const scope = [dateRangeInWords(filters.from, filters.to, lang)];
  // A date range already means dated events; say so only when no range implies it.
  if (!hasDateRange(filters) && !undatedIncluded(filters)) scope.push(t.undatedExcluded);
  return `${parts.join(" ")}${lang === "ar" ? "، " : ", "}${scope.join(lang === "ar" ? "، " : ", ")}`;
}
