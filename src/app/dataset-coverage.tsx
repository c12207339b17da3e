import { parseIsoDate } from "../domain/dates.ts";
import { formatNumber, formatShortDay } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { selectIndex } from "../state/selectors.ts";
import { useAppStore } from "../state/store-context.tsx";
import { APP_MESSAGES } from "./app-messages.ts";
import "./dataset-coverage.css";

/** "Reports from 1 Sep 2024 to 12 Mar 2026 · 173 operations · updated 1 Dec 2026": the span of the loaded data. */
export function DatasetCoverage({ updated }: { updated: string | undefined }) {
  const t = useMessages(APP_MESSAGES);
  const lang = useLanguage();
  const index = useAppStore(selectIndex);
  if (!index || index.datedCount === 0) return null;
  const first = index.startDay[0] as number;
  const last = index.startDay[index.datedCount - 1] as number;
  const updatedDay = updated ? parseIsoDate(updated) : null;
  return (
    <p className="dataset-coverage" data-testid="dataset-coverage">
      {t.coverage(
        formatShortDay(first, lang),
        formatShortDay(last, lang),
        formatNumber(index.size, lang),
        updatedDay ? formatShortDay(updatedDay.startDay, lang) : null,
      )}
    </p>
  );
}
