import type { TimeBins } from "../../domain/time-bins.ts";
import { formatNumber, formatShortDay } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { fullRange, rangeTouchesData, resolveRange } from "./brush-math.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

type Messages = (typeof TIMELINE_MESSAGES)["en"];

/** "11 Jan 2025 – 31 Mar 2025", "From 11 Jan 2025", "Until …" or "All dates". */
export function rangeLabel(from: number | null, to: number | null, lang: Language, t: Messages): string {
  if (from !== null && to !== null) return t.range(formatShortDay(from, lang), formatShortDay(to, lang));
  if (from !== null) return t.fromOnly(formatShortDay(from, lang));
  if (to !== null) return t.untilOnly(formatShortDay(to, lang));
  return t.allDates;
}

interface RangeSummaryProps {
  bins: TimeBins;
  from: number | null;
  to: number | null;
  /** Dated events matching every filter, the date range included. */
  datedMatches: number;
}

export function RangeSummary({ bins, from, to, datedMatches }: RangeSummaryProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const range = resolveRange(bins, { from, to });
  const outside = range !== null && !rangeTouchesData(bins, range);
  const span = fullRange(bins);
  return (
    <p className="tl-summary" data-testid="timeline-summary">
      <strong>{rangeLabel(from, to, lang, t)}</strong>
      <span className="tl-summary-count">{t.eventsInRange(datedMatches, formatNumber(datedMatches, lang))}</span>
      {outside && <span className="tl-summary-outside">{t.outsideData(rangeLabel(span.from, span.to, lang, t))}</span>}
    </p>
  );
}
