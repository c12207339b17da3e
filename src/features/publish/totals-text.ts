import { EVENT_TYPES } from "../../domain/event.ts";
import type { Filters } from "../../domain/filters.ts";
import { OUTCOME_KINDS, type OutcomeKind } from "../../domain/outcome-filter.ts";
import type { MatchTotals } from "../../domain/totals.ts";
import { formatNumber, formatShortDay } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { filtersInWords } from "./filter-words.ts";
import { PUBLISH_MESSAGES } from "./publish-messages.ts";

/** "312 arrested in 41 events; 16 events without a figure", or that none gives a figure. */
export function outcomeSentence(totals: MatchTotals, field: OutcomeKind, lang: Language): string {
  const t = PUBLISH_MESSAGES[lang];
  const o = totals.outcomes[field];
  const name = t.outcomeNames[field];
  if (o.reporting === 0) return t.noFigure(name);
  const n = (value: number) => formatNumber(value, lang);
  return t.outcomeLine(name, n(o.total), o.reporting, n(o.reporting), o.unreported, n(o.unreported));
}

export function eventCountText(totals: MatchTotals, lang: Language): string {
  return PUBLISH_MESSAGES[lang].eventCount(totals.events, formatNumber(totals.events, lang));
}

/** The summary as plain text, to paste into an article or a note; it ends with where it came from. */
export function totalsAsText(
  totals: MatchTotals,
  filters: Filters,
  lang: Language,
  source: { title: string; link: string },
  typeNames: Record<(typeof EVENT_TYPES)[number], string>,
): string {
  const t = PUBLISH_MESSAGES[lang];
  const n = (value: number) => formatNumber(value, lang);
  const lines = [filtersInWords(filters, lang), ""];
  let head = eventCountText(totals, lang);
  if (totals.firstDay !== null && totals.lastDay !== null)
    head += ` ${t.span(formatShortDay(totals.firstDay, lang), formatShortDay(totals.lastDay, lang))}`;
  const extras = [
    totals.undated ? t.undatedCount(n(totals.undated)) : "",
    totals.unlocated ? t.unlocatedCount(n(totals.unlocated)) : "",
  ].filter(Boolean);
  lines.push(extras.length ? `${head} (${extras.join(lang === "ar" ? "، " : ", ")})` : head);
  for (const field of OUTCOME_KINDS) lines.push(`- ${outcomeSentence(totals, field, lang)}`);
  const byType = EVENT_TYPES.flatMap((type, i) => {
    const count = totals.types[i] as number;
    return count ? [`${typeNames[type]}: ${n(count)}`] : [];
  });
  if (byType.length) lines.push(`- ${byType.join(" · ")}`);
  const names = (list: MatchTotals["topActors"]) =>
    list.map((entry) => t.nameCount(entry.name, entry.events, n(entry.events))).join(lang === "ar" ? "، " : "; ");
  if (totals.topActors.length) lines.push(`- ${t.topForces}: ${names(totals.topActors)}`);
  if (totals.topTargets.length) lines.push(`- ${t.topTargets}: ${names(totals.topTargets)}`);
  lines.push("", t.totalsNote, t.textSource(source.title, source.link));
  return lines.join("\n");
}
