import { useEffect, useMemo, useState } from "react";
import { DetailsPane } from "../features/details/details-pane.tsx";
import { FiltersPanel } from "../features/filters/filters-panel.tsx";
import { EventList } from "../features/list/event-list.tsx";
import { EventMap } from "../features/map/event-map.tsx";
import { FatalErrorScreen } from "../features/status/fatal-error-screen.tsx";
import { LoadProgressPanel } from "../features/status/load-progress.tsx";
import { LoadSummary } from "../features/status/load-summary.tsx";
import { Timeline } from "../features/timeline/timeline.tsx";
import { formatNumber } from "../i18n/format.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { selectIndex } from "../state/selectors.ts";
import { type AppStoreApi, createAppStore } from "../state/store.ts";
import { StoreProvider, useAppStore, useAppStoreApi } from "../state/store-context.tsx";
import { stateFromUrl, useUrlSync } from "../url/use-url-sync.ts";
import { DEFAULT_DATASET_URL } from "./config.ts";
import { ErrorBoundary } from "./error-boundary.tsx";
import { dismissLoadError, loadAppData } from "./load-app-data.ts";
import { Notices } from "./notices.tsx";

function useLoadOnMount() {
  const store = useAppStoreApi();
  const dataUrl = useAppStore((s) => s.dataUrl) ?? DEFAULT_DATASET_URL;
  useEffect(() => {
    void loadAppData(store, dataUrl);
  }, [store, dataUrl]);
}

function DatasetCounts() {
  const lang = useLanguage();
  const index = useAppStore(selectIndex);
  const counts = useMemo(() => {
    if (!index) return null;
    let located = 0;
    for (let p = 0; p < index.size; p++) if (!Number.isNaN(index.lat[p] as number)) located++;
    return { total: index.size, located, undated: index.size - index.datedCount };
  }, [index]);
  if (!counts) return null;
  return (
    <p className="event-count" data-testid="event-count">
      <strong>{formatNumber(counts.total, lang)}</strong> reported operations ·{" "}
      <span data-testid="located-count">{formatNumber(counts.located, lang)}</span> on the map ·{" "}
      {formatNumber(counts.undated, lang)} undated
    </p>
  );
}

/** Progress while loading; a failed load over a dataset already shown is an alert that keeps it. */
function LoadStatus() {
  const store = useAppStoreApi();
  const load = useAppStore((s) => s.load);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  if (load.status === "loading")
    return (
      <div className={hasDataset ? "load-overlay" : "load-screen"}>
        <LoadProgressPanel what={load.what} progress={load.progress} onCancel={load.cancel} />
      </div>
    );
  if (load.status === "failed" && hasDataset)
    return (
      <div className="load-overlay">
        <FatalErrorScreen error={load.error} onDismiss={() => dismissLoadError(store)} />
      </div>
    );
  return null;
}

function Workspace() {
  const load = useAppStore((s) => s.load);
  const geography = useAppStore((s) => s.geography);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  if (!geography || !hasDataset)
    return (
      <main className="app-main-message">
        {load.status === "failed" ? <FatalErrorScreen error={load.error} /> : <LoadStatus />}
      </main>
    );
  return (
    <div className="workspace">
      <ErrorBoundary area="the filters">
        <FiltersPanel />
      </ErrorBoundary>
      <main className="map-column">
        <Notices />
        <ErrorBoundary area="the map">
          <EventMap geography={geography} />
        </ErrorBoundary>
        <ErrorBoundary area="the timeline">
          <Timeline />
        </ErrorBoundary>
      </main>
      <ErrorBoundary area="the side panel">
        <DetailsPane>
          <EventList />
        </DetailsPane>
      </ErrorBoundary>
      <LoadStatus />
    </div>
  );
}

function Shell() {
  useLoadOnMount();
  useUrlSync(useAppStoreApi());
  const dataset = useAppStore((s) => s.dataset);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Syria security operations map</h1>
          {dataset && <p className="dataset-title">{dataset.metadata.title}</p>}
        </div>
        <DatasetCounts />
        {dataset && <LoadSummary dataset={dataset} />}
      </header>
      <Workspace />
    </div>
  );
}

export function App({ store }: { store?: AppStoreApi }) {
  const [appStore] = useState(() => store ?? createAppStore(stateFromUrl(window.location.search)));
  return (
    <ErrorBoundary area="the application">
      <StoreProvider store={appStore}>
        <Shell />
      </StoreProvider>
    </ErrorBoundary>
  );
}
