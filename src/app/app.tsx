import { useEffect } from "react";
import { EventMap } from "../features/map/event-map.tsx";
import { FatalErrorScreen } from "../features/status/fatal-error-screen.tsx";
import { LoadSummary } from "../features/status/load-summary.tsx";
import type { AppStoreApi } from "../state/store.ts";
import { StoreProvider, useAppStore, useAppStoreApi } from "../state/store-context.tsx";
import { DEFAULT_DATASET_URL } from "./config.ts";
import { ErrorBoundary } from "./error-boundary.tsx";
import { loadAppData } from "./load-app-data.ts";

function useLoadOnMount(datasetUrl: string) {
  const store = useAppStoreApi();
  useEffect(() => {
    void loadAppData(store, datasetUrl);
  }, [store, datasetUrl]);
}

function EventCount() {
  const events = useAppStore((s) => s.dataset?.events);
  if (!events) return null;
  const located = events.filter((e) => e.location).length;
  const undated = events.filter((e) => e.startDay === null).length;
  return (
    <p className="event-count" data-testid="event-count">
      <strong>{events.length.toLocaleString("en")}</strong> reported operations ·{" "}
      <span data-testid="located-count">{located.toLocaleString("en")}</span> on the map · {undated} undated
    </p>
  );
}

function MainView() {
  const load = useAppStore((s) => s.load);
  const dataset = useAppStore((s) => s.dataset);
  const geography = useAppStore((s) => s.geography);
  if (load.status === "failed") return <FatalErrorScreen error={load.error} />;
  if (load.status === "loading" || !dataset || !geography)
    return (
      <p className="loading" role="status">
        Loading {load.status === "loading" ? load.what : "dataset"}…
      </p>
    );
  return (
    <ErrorBoundary area="the map">
      <EventMap geography={geography} events={dataset.events} />
    </ErrorBoundary>
  );
}

function Shell() {
  useLoadOnMount(DEFAULT_DATASET_URL);
  const dataset = useAppStore((s) => s.dataset);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Syria security operations map</h1>
          {dataset && <p className="dataset-title">{dataset.metadata.title}</p>}
        </div>
        <EventCount />
        {dataset && <LoadSummary dataset={dataset} />}
      </header>
      <main className="app-main">
        <MainView />
      </main>
    </div>
  );
}

export function App({ store }: { store?: AppStoreApi }) {
  return (
    <ErrorBoundary area="the application">
      <StoreProvider {...(store ? { store } : {})}>
        <Shell />
      </StoreProvider>
    </ErrorBoundary>
  );
}
