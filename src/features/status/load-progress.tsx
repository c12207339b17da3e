import type { LoadProgress } from "../../data/load-messages.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage } from "../../i18n/use-language.ts";

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function progressText(progress: LoadProgress | null, lang: "en" | "ar"): { label: string; fraction: number | null } {
  if (!progress) return { label: "Starting…", fraction: null };
  switch (progress.phase) {
    case "reading":
      return {
        label: `Reading: ${megabytes(progress.loaded)}${progress.total ? ` of ${megabytes(progress.total)}` : ""}`,
        fraction: progress.total ? progress.loaded / progress.total : null,
      };
    case "validating":
      return {
        label: `Checking records: ${formatNumber(progress.done, lang)} of ${formatNumber(progress.total, lang)}`,
        fraction: progress.total ? progress.done / progress.total : null,
      };
    case "indexing":
      return { label: "Indexing…", fraction: null };
    case "receiving":
      return {
        label: `Preparing the map: ${formatNumber(progress.done, lang)} of ${formatNumber(progress.total, lang)} events`,
        fraction: progress.total ? progress.done / progress.total : null,
      };
  }
}

interface Props {
  what: string;
  progress: LoadProgress | null;
  onCancel: (() => void) | null;
}

/** Loading status with a progress bar (bytes, then records) and a cancel button. */
export function LoadProgressPanel({ what, progress, onCancel }: Props) {
  const lang = useLanguage();
  const { label, fraction } = progressText(progress, lang);
  return (
    <div className="load-progress" role="status" aria-live="polite">
      <p className="load-progress-title">
        Loading <span className="load-progress-what">{what.split("/").pop()}</span>
      </p>
      <progress max={1} value={fraction ?? undefined} aria-label={label} />
      <p className="load-progress-label">{label}</p>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
