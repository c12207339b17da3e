import type { LoadProgress } from "../../data/load/load-messages.ts";
import { formatDecimal, formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { STATUS_MESSAGES } from "./status-messages.ts";

type Text = (typeof STATUS_MESSAGES)[Language];

function megabytes(bytes: number, lang: Language, t: Text): string {
  return t.megabytes(formatDecimal(bytes / 1e6, bytes < 1e7 ? 1 : 0, lang));
}

function progressText(
  progress: LoadProgress | null,
  lang: Language,
  t: Text,
): { label: string; fraction: number | null } {
  if (!progress) return { label: t.starting, fraction: null };
  switch (progress.phase) {
    case "reading":
      return {
        label: t.reading(
          megabytes(progress.loaded, lang, t),
          progress.total ? megabytes(progress.total, lang, t) : null,
          progress.records ? formatNumber(progress.records, lang) : null,
        ),
        fraction: progress.total ? progress.loaded / progress.total : null,
      };
    case "validating":
      return {
        label: t.checking(formatNumber(progress.done, lang), formatNumber(progress.total, lang)),
        fraction: progress.total ? progress.done / progress.total : null,
      };
    case "indexing":
      return { label: t.indexing, fraction: null };
  }
}

interface Props {
  what: string;
  progress: LoadProgress | null;
  onCancel: (() => void) | null;
  /** The first records are already on screen. */
  showingPart?: boolean;
}

/** Loading status with a progress bar (bytes, then records) and a cancel button. */
export function LoadProgressPanel({ what, progress, onCancel, showingPart = false }: Props) {
  const t = useMessages(STATUS_MESSAGES);
  const lang = useLanguage();
  const { label, fraction } = progressText(progress, lang, t);
  // The app loads its geography under this name first; anything else is a file name or address.
  const name = what === "map geography" ? t.geography : what.split("/").pop();
  return (
    <div className="load-progress" role="status" aria-live="polite">
      <p className="load-progress-title">
        {t.loading}{" "}
        <span className="load-progress-what" dir="auto">
          {name}
        </span>
      </p>
      <progress max={1} value={fraction ?? undefined} aria-label={label} />
      <p className="load-progress-label">{label}</p>
      {showingPart && <p className="load-progress-note">{t.showingPart}</p>}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      )}
    </div>
  );
}
