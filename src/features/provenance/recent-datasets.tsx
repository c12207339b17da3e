import { useCallback, useEffect, useState } from "react";
import { browserDatasetStorage, type DatasetStorage, type KeptDataset } from "../../data/storage/dataset-storage.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { formatDateTime, formatFileSize } from "./kept-format.ts";
import { KEPT_MESSAGES } from "./kept-messages.ts";
import "./provenance.css";

type Listing = { status: "reading" } | { status: "unavailable" } | { status: "ready"; entries: KeptDataset[] };

interface Props {
  /** This browser's, unless a test gives another. */
  storage?: DatasetStorage;
  /** Read again each time the menu opens: another tab may have kept or forgotten files. */
  visible: boolean;
  onOpen: (key: string) => void;
}

/** The dataset files kept in this browser, newest first, each with "Open" and "Forget". */
export function RecentDatasets({ storage = browserDatasetStorage(), visible, onOpen }: Props) {
  const t = useMessages(KEPT_MESSAGES);
  const lang = useLanguage();
  const shownKey = useAppStore((s) => (s.dataset?.origin?.kind === "file" ? s.dataset.origin.key : null));
  const [listing, setListing] = useState<Listing>({ status: "reading" });
  const [status, setStatus] = useState("");

  const refresh = useCallback(async () => {
    const result = await storage.list();
    setListing(result.ok ? { status: "ready", entries: result.value } : { status: "unavailable" });
  }, [storage]);

  useEffect(() => {
    // shownKey: a file just opened appears in the list once kept.
    if (visible || shownKey) void refresh();
  }, [visible, shownKey, refresh]);

  const forget = async (entry: KeptDataset) => {
    const result = await storage.forget(entry.key);
    if (result.ok) setStatus(t.forgotten(entry.name));
    else setStatus(t.forgetFailed(entry.name));
    await refresh();
  };

  const size = (bytes: number) => {
    const { value, unit } = formatFileSize(bytes, lang);
    return unit === "MB" ? t.megabytes(value) : t.kilobytes(value);
  };

  return (
    <div className="recent-datasets">
      <h3>{t.recentTitle}</h3>
      {listing.status === "unavailable" && <p className="data-menu-hint">{t.recentUnavailable}</p>}
      {listing.status === "ready" && listing.entries.length === 0 && <p className="data-menu-hint">{t.recentEmpty}</p>}
      {listing.status === "ready" && listing.entries.length > 0 && (
        <>
          <ul className="recent-list">
            {listing.entries.map((entry) => (
              <li key={entry.key} className="recent-item" data-testid="recent-dataset">
                <span className="recent-name" dir="auto">
                  {entry.name}
                  {entry.key === shownKey && <span className="recent-on-screen"> · {t.onScreen}</span>}
                </span>
                <span className="recent-facts">
                  {t.facts(
                    size(entry.size),
                    entry.events === null ? null : formatNumber(entry.events, lang),
                    formatDateTime(entry.openedAt, lang),
                  )}
                </span>
                <span className="recent-actions">
                  <button type="button" aria-label={t.openNamed(entry.name)} onClick={() => onOpen(entry.key)}>
                    {t.open}
                  </button>
                  <button type="button" aria-label={t.forgetNamed(entry.name)} onClick={() => void forget(entry)}>
                    {t.forget}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <p className="data-menu-hint">{t.recentHint}</p>
        </>
      )}
      <p className="recent-status" role="status">
        {status}
      </p>
    </div>
  );
}
