import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from "react";
import type { Geography } from "../data/geography.ts";
import { localDataKey } from "../data/storage/content-key.ts";
import { DetailsPane } from "../features/details/details-pane.tsx";
import { FiltersPanel } from "../features/filters/filters-panel.tsx";
import { DropZone } from "../features/import/import-controls.tsx";
import { EventList } from "../features/list/event-list.tsx";
import { EventMap } from "../features/map/event-map.tsx";
import { ShareMenu } from "../features/publish/share-menu.tsx";
// The embed's layout comes with the page (not with its lazy bar), so a frame never reflows once drawn.
import "../features/publish/embed.css";
import { FatalErrorScreen } from "../features/status/fatal-error-screen.tsx";
import { LoadProgressPanel } from "../features/status/load-progress.tsx";
import { LoadSummary } from "../features/status/load-summary.tsx";
import { Timeline } from "../features/timeline/timeline.tsx";
import { formatNumber } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { DEFAULT_DATASET_URL } from "../shared/config.ts";
import { selectIndex, selectSelectedEvent } from "../state/selectors.ts";
import { type AppStoreApi, createAppStore } from "../state/store.ts";
import { StoreProvider, useAppStore, useAppStoreApi } from "../state/store-context.tsx";
import { stateFromUrl, useUrlSync } from "../url/use-url-sync.ts";
import { APP_MESSAGES } from "./app-messages.ts";
import { DataMenu } from "./data-menu.tsx";
import { DatasetCoverage } from "./dataset-coverage.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { dismissLoadError, loadAppData } from "./load-app-data.ts";
import { MatchAnnouncer } from "./match-announcer.tsx";
import { Notices } from "./notices.tsx";
import { Drawer, PhoneControls, type PhonePanel } from "./phone-panels.tsx";
import { SkipLinks } from "./skip-links.tsx";
import { useDocumentLanguage } from "./use-document-language.ts";

/** Only for a data=local: link whose file is not here: loaded when needed. */
const MissingLocalDataset = lazy(() =>
  import("../features/provenance/missing-local-dataset.tsx").then((module) => ({
    default: module.MissingLocalDataset,
  })),
);

/**
 * Drawn once a dataset is in, which is after its chunk has long arrived: kept out of the
 * JavaScript a first visit waits for, like the service worker's update prompt.
 */
const ProvenanceBanner = lazy(() =>
  import("../features/provenance/provenance-banner.tsx").then((module) => ({ default: module.ProvenanceBanner })),
);
const UpdatePrompt = lazy(() =>
  import("../features/offline/update-prompt.tsx").then((module) => ({ default: module.UpdatePrompt })),
);

/** Keeping and reopening files from this computer, loaded when first needed. */
const localDatasets = () => import("./local-datasets.ts");

/** The bar an embedded view shows instead of the header; loaded only in embeds. */
const EmbedBar = lazy(() => import("../features/publish/embed-bar.tsx"));

/** The open story's card: loaded when a story is first opened. */
const StoryCard = lazy(() => import("../features/story/story-card.tsx"));

/** The map, with the story card over its own area (the card never covers the timeline). */
function MapWithStory({ geography }: { geography: Geography }) {
  const storyOpen = useAppStore((s) => s.story !== null);
  return (
    <EventMap geography={geography}>
      {storyOpen && (
        <Suspense fallback={null}>
          <StoryCard />
        </Suspense>
      )}
    </EventMap>
  );
}

/** Error boundaries name what failed in both languages. */
const AREAS = {
  application: { en: APP_MESSAGES.en.areas.application, ar: APP_MESSAGES.ar.areas.application },
  filters: { en: APP_MESSAGES.en.areas.filters, ar: APP_MESSAGES.ar.areas.filters },
  map: { en: APP_MESSAGES.en.areas.map, ar: APP_MESSAGES.ar.areas.map },
  timeline: { en: APP_MESSAGES.en.areas.timeline, ar: APP_MESSAGES.ar.areas.timeline },
  sidePanel: { en: APP_MESSAGES.en.areas.sidePanel, ar: APP_MESSAGES.ar.areas.sidePanel },
};

/** Loads the dataset the address names (or the bundled one), again whenever that changes. */
function useLoadOnMount() {
  const store = useAppStoreApi();
  const dataUrl = useAppStore((s) => s.dataUrl);
  const localFile = useAppStore((s) => s.localFile);
  useEffect(() => {
    // A file opened from this computer is loaded by openFileFromDisk (or already was).
    if (localFile !== null) return;
    const key = localDataKey(dataUrl);
    if (key) void localDatasets().then((local) => local.openKeptDataset(store, local.browserDatasetStorage(), key));
    else void loadAppData(store, dataUrl ?? DEFAULT_DATASET_URL);
  }, [store, dataUrl, localFile]);
}

/** Opening a dataset file from this computer, by picker or by drag and drop. */
function useOpenLocalFile(): (file: File) => void {
  const store = useAppStoreApi();
  return useCallback(
    (file: File) =>
      void localDatasets().then((local) => local.openFileFromDisk(store, local.browserDatasetStorage(), file)),
    [store],
  );
}

function DatasetCounts() {
  const t = useMessages(APP_MESSAGES);
  const lang = useLanguage();
  const index = useAppStore(selectIndex);
  if (!index) return null;
  const counts = {
    total: index.size,
    located: index.size - index.totals.unlocated,
    undated: index.size - index.datedCount,
  };
  // "62 reported operations" in English, "العمليات المبلغ عنها: ٦٢" in Arabic.
  const part = (label: string, value: ReactNode) =>
    t.numberFirst ? (
      <>
        {value} {label}
      </>
    ) : (
      <>
        {label}: {value}
      </>
    );
  return (
    <p className="event-count" data-testid="event-count">
      {part(t.reportedOperations, <strong>{formatNumber(counts.total, lang)}</strong>)} ·{" "}
      {part(t.onTheMap, <span data-testid="located-count">{formatNumber(counts.located, lang)}</span>)} ·{" "}
      {part(t.undated, formatNumber(counts.undated, lang))}
    </p>
  );
}

/** Progress while loading; a failed load over a dataset already shown is an alert that keeps it. */
function LoadStatus() {
  const store = useAppStoreApi();
  const load = useAppStore((s) => s.load);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const partial = useAppStore((s) => s.dataset?.partial === true);
  if (load.status === "loading")
    return (
      // Over the map while it waits for its first events, or while the first records of a large
      // file can already be explored: a card, no dimming. Over another dataset: a modal overlay.
      <div className={hasDataset && !partial ? "load-overlay" : "load-banner"}>
        <LoadProgressPanel what={load.what} progress={load.progress} onCancel={load.cancel} showingPart={partial} />
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

function Workspace({
  panel,
  setPanel,
  onFile,
}: {
  panel: PhonePanel;
  setPanel(panel: PhonePanel): void;
  onFile(file: File): void;
}) {
  const t = useMessages(APP_MESSAGES);
  // Only what decides the layout: a progress update then re-renders the progress card alone
  // (LoadStatus), not the map, timeline, list and filters below.
  const loading = useAppStore((s) => s.load.status === "loading");
  const loadError = useAppStore((s) => (s.load.status === "failed" ? s.load.error : null));
  const hasDetails = useAppStore((s) => selectSelectedEvent(s) !== null);
  const select = useAppStore((s) => s.select);
  const closePanel = useCallback(() => setPanel(null), [setPanel]);
  const openPanel = (next: Exclude<PhonePanel, null>) => {
    // The list and an event's details share one column: asking for the list closes the event.
    if (next === "list" && hasDetails) select(null, "panel");
    setPanel(next);
  };
  const geography = useAppStore((s) => s.geography);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const missingLocal = useAppStore((s) => s.missingLocalKey !== null);
  const embed = useAppStore((s) => s.embed);
  if (missingLocal)
    return (
      <main className="app-main-message">
        <Suspense fallback={null}>
          <MissingLocalDataset onFile={onFile} />
        </Suspense>
      </main>
    );
  // The map is drawn as soon as its geography is here, so the first events only add markers.
  if (!geography || (!hasDataset && !loading))
    return (
      <main className="app-main-message">{loadError ? <FatalErrorScreen error={loadError} /> : <LoadStatus />}</main>
    );
  if (embed)
    return (
      <div className="workspace embed-workspace">
        <main className="map-column">
          <Notices />
          <ErrorBoundary area={AREAS.map}>
            <MapWithStory geography={geography} />
          </ErrorBoundary>
          <ErrorBoundary area={AREAS.timeline}>
            <Timeline />
          </ErrorBoundary>
        </main>
        <MatchAnnouncer />
        <LoadStatus />
      </div>
    );
  return (
    <div className="workspace">
      <Drawer
        kind="filters"
        open={panel === "filters"}
        label={t.filters}
        closeLabel={t.closeFilters}
        onClose={closePanel}
      >
        <ErrorBoundary area={AREAS.filters}>
          <FiltersPanel />
        </ErrorBoundary>
      </Drawer>
      <main className="map-column">
        <Notices />
        <PhoneControls panel={panel} onOpen={openPanel} />
        <ErrorBoundary area={AREAS.map}>
          <MapWithStory geography={geography} />
        </ErrorBoundary>
        <ErrorBoundary area={AREAS.timeline}>
          <Timeline />
        </ErrorBoundary>
      </main>
      <Drawer
        kind="list"
        open={panel === "list" && !hasDetails}
        hasDetails={hasDetails}
        label={t.listTitle}
        closeLabel={t.closeList}
        onClose={closePanel}
      >
        <ErrorBoundary area={AREAS.sidePanel}>
          <DetailsPane>
            {/* MatchAnnouncer reads the count out once the filters settle, not at every step. */}
            <EventList liveCount={false} />
          </DetailsPane>
        </ErrorBoundary>
      </Drawer>
      <MatchAnnouncer />
      <LoadStatus />
    </div>
  );
}

function Shell() {
  useLoadOnMount();
  useUrlSync(useAppStoreApi());
  useDocumentLanguage();
  const t = useMessages(APP_MESSAGES);
  const dataset = useAppStore((s) => s.dataset);
  const selectedId = useAppStore((s) => s.selectedId);
  const [panel, setPanel] = useState<PhonePanel>(null);
  const openLocalFile = useOpenLocalFile();
  const openDataUrl = useAppStore((s) => s.openDataUrl);
  const embed = useAppStore((s) => s.embed);
  // Picking an event from the list (on a phone) closes the list to show the event's sheet.
  useEffect(() => {
    if (selectedId !== null) setPanel((open) => (open === "list" ? null : open));
  }, [selectedId]);
  if (embed)
    return (
      <div className="app embed-app">
        <Suspense fallback={<div className="embed-bar" />}>
          <EmbedBar />
        </Suspense>
        <Workspace panel={null} setPanel={setPanel} onFile={openLocalFile} />
      </div>
    );
  return (
    <DropZone onFile={openLocalFile}>
      <div className="app">
        <SkipLinks onShowList={() => setPanel("list")} onShowMap={() => setPanel(null)} />
        <header className="app-header">
          <div className="brand">
            <h1>{t.title}</h1>
            {dataset && (
              <p className="dataset-title" dir="auto">
                {dataset.metadata.title}
              </p>
            )}
            {dataset && <DatasetCoverage updated={dataset.metadata.updated} />}
          </div>
          <DatasetCounts />
          {dataset && <LoadSummary dataset={dataset} />}
          <div className="header-actions">
            <ShareMenu />
            <DataMenu onFile={openLocalFile} onUrl={openDataUrl} />
            <LanguageSwitch />
          </div>
          <Suspense fallback={null}>
            <ProvenanceBanner />
          </Suspense>
        </header>
        <Workspace panel={panel} setPanel={setPanel} onFile={openLocalFile} />
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </div>
    </DropZone>
  );
}

export function App({ store }: { store?: AppStoreApi }) {
  const [appStore] = useState(() => store ?? createAppStore(stateFromUrl(window.location.search)));
  return (
    <ErrorBoundary area={AREAS.application}>
      <StoreProvider store={appStore}>
        <Shell />
      </StoreProvider>
    </ErrorBoundary>
  );
}
