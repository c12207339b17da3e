import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

interface UndatedControlProps {
  /** Undated events passing every other filter. */
  count: number;
  /** The person's choice: true includes them, false leaves them out, null follows the date range. */
  choice: boolean | null;
  hasRange: boolean;
  onChange(choice: boolean | null): void;
}

/**
 * Undated events cannot sit on the timeline; this says how many there are and lets them in or
 * out. A date range means dated events in that range, so while one is set they are left out
 * unless the person includes them, and the control says how many that leaves out.
 */
export function UndatedControl({ count, choice, hasRange, onChange }: UndatedControlProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const formatted = formatNumber(count, lang);
  if (hasRange) {
    const included = choice === true;
    return (
      <div className="tl-undated">
        {count === 0 ? (
          <span className="tl-undated-count">{t.undated(count, formatted)}</span>
        ) : (
          <button
            type="button"
            className={`tl-undated-switch${included ? " is-included" : ""}`}
            aria-pressed={included}
            onClick={() => onChange(included ? null : true)}
          >
            {included ? t.undatedShownInRange(count, formatted) : t.undatedLeftOutOfRange(count, formatted)}
          </button>
        )}
      </div>
    );
  }
  const included = choice !== false;
  return (
    <div className="tl-undated">
      <span className="tl-undated-count">{t.undated(count, formatted)}</span>
      <label className="tl-undated-toggle">
        <input type="checkbox" checked={included} onChange={(e) => onChange(e.target.checked ? null : false)} />
        {t.includeUndated}
      </label>
      {!included && count > 0 && <span className="tl-undated-hidden">{t.undatedHidden}</span>}
    </div>
  );
}
