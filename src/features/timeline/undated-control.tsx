import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

interface UndatedControlProps {
  /** Undated events passing every other filter. */
  count: number;
  included: boolean;
  onToggle(included: boolean): void;
}

/** Undated events cannot sit on the timeline; this says how many there are and lets them in or out. */
export function UndatedControl({ count, included, onToggle }: UndatedControlProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  return (
    <div className="tl-undated">
      <span className="tl-undated-count">{t.undated(count, formatNumber(count, lang))}</span>
      <label className="tl-undated-toggle">
        <input type="checkbox" checked={included} onChange={(e) => onToggle(e.target.checked)} />
        {t.includeUndated}
      </label>
      {!included && count > 0 && <span className="tl-undated-hidden">{t.undatedHidden}</span>}
    </div>
  );
}
