import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { ImportControls } from "../features/import/import-controls.tsx";
import { useMessages } from "../i18n/use-language.ts";
import { useAppStore } from "../state/store-context.tsx";
import { DATA_MENU_MESSAGES } from "./data-menu-messages.ts";

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
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const skipped = useAppStore(
    (s) =>
      new Set(s.dataset?.problems.filter((p) => p.severity === "error").map((p) => p.index)).size +
      (s.dataset?.outsideSyria?.rows ?? 0),
  );
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

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
        {skipped > 0 && <span className="data-menu-badge">{skipped}</span>}
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
              setOpen(false);
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
        {hasDataset && (
          <div className="data-menu-section">
            <h3>{t.export}</h3>
            <Suspense fallback={null}>
              <ExportMenu />
              <CiteView />
            </Suspense>
          </div>
        )}
        {hasDataset && (
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
