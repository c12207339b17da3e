import { describeOrigin } from "../../data/dataset-origin.ts";
import { exportFileName } from "../../data/export/export-file-name.ts";
import { toCsv, toGeoJson, toJsonV1 } from "../../data/export/to-formats.ts";
import type { SecurityEvent } from "../../domain/event.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { DOWNLOAD_TYPES, downloadText } from "../../shared/download.ts";
import { selectIndex, selectQuery } from "../../state/selectors.ts";
import type { AppState } from "../../state/store.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { EXPORT_MESSAGES } from "./export-messages.ts";
import "./export.css";

export type ExportKind = keyof typeof DOWNLOAD_TYPES;

/** The events the filters currently show, in the index's order (dated ascending, then undated). */
export function shownEvents(state: AppState): SecurityEvent[] {
  const index = selectIndex(state);
  const query = selectQuery(state);
  if (!index || !query) return [];
  const events: SecurityEvent[] = new Array(query.positions.length);
  for (let i = 0; i < query.positions.length; i++) events[i] = index.eventAt(query.positions[i] as number);
  return events;
}

/** The file for one export of the shown events, or null when no dataset is loaded. */
export function exportFile(state: AppState, kind: ExportKind): { name: string; text: string; type: string } | null {
  const dataset = state.dataset;
  if (!dataset) return null;
  const events = shownEvents(state);
  // The file travels without the page: its sources say where the events were loaded from.
  const metadata = dataset.origin
    ? { ...dataset.metadata, sources: [describeOrigin(dataset.origin), ...(dataset.metadata.sources ?? [])] }
    : dataset.metadata;
  const text =
    kind === "csv" ? toCsv(events) : kind === "geojson" ? toGeoJson(events, metadata) : toJsonV1(events, metadata);
  return { name: exportFileName(dataset.metadata.title, state.filters, kind), text, type: DOWNLOAD_TYPES[kind] };
}

const KINDS: readonly ExportKind[] = ["csv", "geojson", "json"];

/** "Export N shown: CSV · GeoJSON · JSON": downloads the currently filtered events. */
export function ExportMenu() {
  const t = useMessages(EXPORT_MESSAGES);
  const lang = useLanguage();
  const store = useAppStoreApi();
  const count = useAppStore((s) => selectQuery(s)?.positions.length ?? 0);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  if (!hasDataset) return null;
  const labels: Record<ExportKind, [string, string]> = {
    csv: [t.csv, t.csvTitle],
    geojson: [t.geojson, t.geojsonTitle],
    json: [t.json, t.jsonTitle],
  };
  return (
    <fieldset className="export-menu">
      <legend className="visually-hidden">{t.groupLabel}</legend>
      <span className="export-menu-label">{count > 0 ? t.heading(formatNumber(count, lang)) : t.nothing}</span>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="export-button"
          title={labels[kind][1]}
          disabled={count === 0}
          onClick={() => {
            const file = exportFile(store.getState(), kind);
            if (file) downloadText(file.text, file.name, file.type);
          }}
        >
          {labels[kind][0]}
        </button>
      ))}
    </fieldset>
  );
}
