import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from "react";
import { skippedRecordCount } from "../data/load-problem.ts";
import { ImportControls } from "../features/import/import-controls.tsx";
import { formatNumber } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { useDismiss } from "../shared/use-dismiss.ts";
import { useAppStore } from "../state/store-context.tsx";
import { DATA_MENU_MESSAGES } from "./data-menu-messages.ts";
import "./data-menu.css";

/** Loaded when the menu first opens: it reads the browser's storage, which nothing else needs at start. */
const CiteView = lazy(() => import("../features/cite/cite-buttons.tsx").then((m) => ({ default: m.CiteView })));
// The exporters and the report's problem tables (with the schema they name) stay out of the first download.
const ExportMenu = lazy(() => import("../features/export/export-menu.tsx").then((m) => ({ default: m.ExportMenu })));
const LoadReport = lazy(() => import("../features/import/load-report.tsx").then((m) => ({ default: m.LoadReport })));
const RecentDatasets = lazy(() =>
  import("../features/provenance/recent-datasets.tsx").then((module) => ({ default: module.RecentDatasets })),
);

interface Props {
  onFile: (file: File) => void;
  onUrl: (url: string) => void;
}

/**
 * One header button for everything about the data: open another dataset (file or address),
 * export what is shown, and read the load report. The panel stays mounted (hidden) so the file
 * input exists for the drop zone's sibling paths and tests; Escape or a click outside closes it.
 */
export function DataMenu({ onFile, onUrl }: Props) {
  const t = useMessages(DATA_MENU_MESSAGES);
  const lang = useLanguage();
  const dataset = useAppStore((s) => s.dataset);
  const hasDataset = dataset !== null;
  // Counted once per dataset: a selector would walk every problem on each brush move.
  const skipped = useMemo(() => (dataset ? skippedRecordCount(dataset) : 0), [dataset]);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, rootRef, close, buttonRef);

  const choose = (file: File) => {
    setOpen(false);
    onFile(file);
  };
  const load = (url: string) => {
    setOpen(false);
    onUrl(url);
  };

  return (
    <div className="data-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button data-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t.button}
        {skipped > 0 && <span className="data-menu-badge">{formatNumber(skipped, lang)}</span>}
        <span aria-hidden="true"> ▾</span>
      </button>
      <section id={panelId} className="data-menu-panel" hidden={!open} aria-labelledby={headingId}>
        <div className="data-menu-top">
          <h2 id={headingId} className="visually-hidden">
            {t.panel}
          </h2>
          <button
            type="button"
            className="data-menu-close"
            onClick={() => {
              close();
              buttonRef.current?.focus();
            }}
          >
            {t.close}
          </button>
        </div>
        <div className="data-menu-section">
          <h3>{t.open}</h3>
          <ImportControls onFile={choose} onUrl={load} />
          <p className="data-menu-hint">{t.openHint}</p>
        </div>
        {open && (
          <div className="data-menu-section">
            <Suspense fallback={null}>
              <RecentDatasets visible={open} onOpen={(key) => load(`local:${key}`)} />
            </Suspense>
          </div>
        )}
        {/* Drawn only while open: the report groups every problem of the file, and a large file
            would pay for that (and for the export menu) on the render that first shows it. */}
        {hasDataset && open && (
          <div className="data-menu-section">
            <h3>{t.export}</h3>
            <Suspense fallback={null}>
              <ExportMenu />
              <CiteView />
            </Suspense>
          </div>
        )}
        {hasDataset && open && (
          <div className="data-menu-section">
            <Suspense fallback={null}>
              <LoadReport />
            </Suspense>
          </div>
        )}
      </section>
    </div>
  );
}
