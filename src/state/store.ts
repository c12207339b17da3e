import { createStore } from "zustand/vanilla";
import type { DatasetOrigin } from "../data/dataset-origin.ts";
import type { Geography } from "../data/geography.ts";
import type { LoadProgress } from "../data/load/load-messages.ts";
import type { OpenDataset } from "../data/load/open-dataset.ts";
import { type FatalLoadError, fatalError } from "../data/load-problem.ts";
import type { RegionKey } from "../domain/areas.ts";
import type { CompareDimension } from "../domain/compare-series.ts";
import type { EventType } from "../domain/event.ts";
import { type Bounds, type Filters, NO_FILTERS } from "../domain/filters.ts";
import type { ForceGroup } from "../domain/force-groups.ts";
import type { OutcomeKind } from "../domain/outcome-filter.ts";
import type { TextSearch } from "../domain/text-search.ts";
import type { BinUnit } from "../domain/time-bins.ts";
import type { Language } from "../i18n/language.ts";
import type { Message } from "../i18n/message.ts";
import { DEFAULT_URL_STATE, type StoryPosition, type UrlState } from "../url/url-state.ts";
import type { ListSort } from "./list-sort.ts";
import type { MapView } from "./map-view.ts";

export type LoadState =
  | {
      status: "loading";
      what: string;
      progress: LoadProgress | null;
      cancel: (() => void) | null;
      /** The complete dataset shown before this load, to go back to if it fails or is cancelled. */
      previous: OpenDataset | null;
    }
  | { status: "failed"; error: FatalLoadError }
  | { status: "ready" };

export type LocalFile = Extract<DatasetOrigin, { kind: "file" }>;

/** Something the page tells the person until dismissed (bad link parameters and the like). */
export interface Notice {
  id: number;
  message: Message;
}

/** Where the latest selection came from: the list scrolls to it only when it did not come from the list. */
export type SelectionSource = "map" | "list" | "panel" | "url" | "story";

export interface AppState {
  load: LoadState;
  dataset: OpenDataset | null;
  /**
   * Search over the dataset's text when the loader prepares it after the dataset (large files);
   * until then, and for datasets whose index searches by itself, null.
   */
  textSearch: TextSearch | null;
  geography: Geography | null;

  // What the URL holds (see src/url/url-state.ts).
  selectedId: string | null;
  view: MapView | null;
  filters: Filters;
  shadeRegions: boolean;
  sort: ListSort;
  dataUrl: string | null;
  lang: Language | null;
  bin: BinUnit | null;
  compare: CompareDimension | null;
  compareTable: boolean;
  stackTypes: boolean;
  /**
   * A dataset file opened from this computer. When the browser keeps it, `dataUrl` is
   * `local:<key>` so a link (in this browser) reopens it; else the address carries no data.
   */
  localFile: LocalFile | null;
  /** The key of a `data=local:` link whose file this browser does not keep. */
  missingLocalKey: string | null;
  story: StoryPosition | null;
  embed: boolean;

  // Transient: not shared in links.
  selectionSource: SelectionSource;
  /** The visible map area, reported by the map; used by the "only in view" filter. */
  mapBounds: Bounds | null;
  hoveredId: string | null;
  notices: Notice[];
  legendOpen: boolean;
}

type ListFacet = "regions" | "types" | "forceGroups" | "actors" | "targets";

export interface AppActions {
  startLoading(what: string, cancel?: () => void): void;
  setLoadProgress(progress: LoadProgress): void;
  failLoading(error: FatalLoadError): void;
  setGeography(geography: Geography): void;
  finishLoading(dataset: OpenDataset): void;
  /** The first records of a large file, shown while the rest loads (the dataset is marked partial). */
  showPartial(dataset: OpenDataset): void;
  /** The text search for the dataset on screen, once prepared; ignored if another dataset replaced it. */
  searchReady(dataset: OpenDataset, search: TextSearch): void;
  /** After a cancelled load: back to the dataset already shown, if any. */
  abandonLoading(): void;
  select(id: string | null, source?: SelectionSource): void;
  hover(id: string | null): void;
  setView(view: MapView): void;
  setMapBounds(bounds: Bounds): void;
  setFilters(patch: Partial<Filters>): void;
  toggleFacetValue(facet: "regions", value: RegionKey): void;
  toggleFacetValue(facet: "types", value: EventType): void;
  toggleFacetValue(facet: "forceGroups", value: ForceGroup): void;
  toggleFacetValue(facet: "actors" | "targets", value: string): void;
  /** Strikes a facet value out (or restores it); an excluded value is never also chosen. */
  toggleExcluded(facet: "regions", value: RegionKey): void;
  toggleExcluded(facet: "types", value: EventType): void;
  toggleExcluded(facet: "actors" | "targets", value: string): void;
  /** The least reported count of a kind an event must have; null removes the condition. */
  setOutcomeAtLeast(kind: OutcomeKind, least: number | null): void;
  clearFilters(): void;
  setBin(bin: BinUnit | null): void;
  setCompare(compare: CompareDimension | null): void;
  setCompareTable(on: boolean): void;
  setStackTypes(on: boolean): void;
  setShadeRegions(on: boolean): void;
  setSort(sort: ListSort): void;
  toggleLegend(): void;
  setLang(lang: Language): void;
  /** Opens a story at its first step (or the given one). */
  openStory(id: string, step?: number): void;
  /**
   * Shows a story's step: the step, its event and where the map goes change together, so the
   * address gains one entry per step (Back returns to the previous step whole).
   */
  showStoryStep(story: StoryPosition, eventId: string | null, view: MapView | null): void;
  /** Closes the story and the event it had open: back to the map. */
  exitStory(): void;
  /** Another dataset by address: it goes into the link (data=…) and is loaded from there. */
  openDataUrl(url: string): void;
  /** A dataset file from this computer, opened now: a new view (`data=local:<key>` when kept). */
  openLocalFile(file: LocalFile): void;
  /**
   * The content key of the file from disk just opened, found while it loads: the address names
   * it now (`data=local:<key>`), as does the dataset's origin; with a null key, the file is known
   * to have none (no longer `keying`). Ignored once another dataset opened.
   */
  keyLocalFile(file: LocalFile): void;
  /** The file a `data=local:` address names, read back from this browser: the rest of the view stays. */
  restoreLocalFile(file: LocalFile): void;
  /** A `data=local:` address whose file this browser does not have. */
  localFileMissing(key: string): void;
  /** Back to the bundled dataset, from any other. */
  openBundled(): void;
  /** Replaces everything the URL holds, as on load or on back/forward. */
  applyUrlState(state: UrlState): void;
  notify(messages: readonly Message[]): void;
  dismissNotice(id: number): void;
}

export type AppStore = AppState & AppActions;

export const initialState: AppState = {
  load: { status: "loading", what: "dataset", progress: null, cancel: null, previous: null },
  dataset: null,
  textSearch: null,
  geography: null,
  selectedId: DEFAULT_URL_STATE.eventId,
  view: DEFAULT_URL_STATE.view,
  filters: NO_FILTERS,
  shadeRegions: DEFAULT_URL_STATE.shadeRegions,
  sort: DEFAULT_URL_STATE.sort,
  dataUrl: DEFAULT_URL_STATE.dataUrl,
  lang: DEFAULT_URL_STATE.lang,
  bin: DEFAULT_URL_STATE.bin,
  compare: DEFAULT_URL_STATE.compare,
  compareTable: DEFAULT_URL_STATE.compareTable,
  stackTypes: DEFAULT_URL_STATE.stackTypes,
  localFile: null,
  missingLocalKey: null,
  story: DEFAULT_URL_STATE.story,
  embed: DEFAULT_URL_STATE.embed,
  selectionSource: "url",
  mapBounds: null,
  hoveredId: null,
  notices: [],
  legendOpen: false,
};

/** The store fields an address sets (the inverse of selectUrlState in selectors.ts). */
export function fieldsFromUrlState(url: UrlState): Partial<AppState> {
  return {
    selectedId: url.eventId,
    selectionSource: "url",
    view: url.view,
    filters: url.filters,
    shadeRegions: url.shadeRegions,
    sort: url.sort,
    dataUrl: url.dataUrl,
    lang: url.lang,
    bin: url.bin,
    compare: url.compare,
    compareTable: url.compareTable,
    stackTypes: url.stackTypes,
    story: url.story,
    embed: url.embed,
  };
}

let nextNoticeId = 1;

/** The dataset on screen if it is complete, else the one it replaced (a partial one is a load in progress). */
function completeDataset(s: AppState): OpenDataset | null {
  if (!s.dataset?.partial) return s.dataset;
  return s.load.status === "loading" ? s.load.previous : null;
}

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function createAppStore(state: Partial<AppState> = {}) {
  return createStore<AppStore>()((set) => ({
    ...initialState,
    ...state,
    startLoading: (what, cancel) =>
      set((s) => ({
        load: { status: "loading", what, progress: null, cancel: cancel ?? null, previous: completeDataset(s) },
        missingLocalKey: null,
      })),
    setLoadProgress: (progress) => set((s) => (s.load.status === "loading" ? { load: { ...s.load, progress } } : {})),
    failLoading: (error) => set((s) => ({ load: { status: "failed", error }, dataset: completeDataset(s) })),
    showPartial: (dataset) =>
      set((s) => (s.load.status === "loading" ? { dataset: { ...dataset, partial: true }, textSearch: null } : {})),
    setGeography: (geography) => set({ geography }),
    finishLoading: (dataset) => set({ load: { status: "ready" }, dataset, textSearch: null, missingLocalKey: null }),
    // By its index: a file's dataset is the same one when its key, found later, joins its origin.
    searchReady: (dataset, search) => set((s) => (s.dataset?.index === dataset.index ? { textSearch: search } : {})),
    abandonLoading: () =>
      set((s) => ({
        dataset: completeDataset(s),
        load: completeDataset(s)
          ? { status: "ready" }
          : {
              status: "failed",
              error: fatalError(s.dataUrl ?? "dataset", { code: "fatal.cancelled", params: {} }),
            },
      })),
    select: (selectedId, selectionSource = "map") => set({ selectedId, selectionSource }),
    hover: (hoveredId) => set({ hoveredId }),
    setView: (view) => set({ view }),
    setMapBounds: (mapBounds) => set({ mapBounds }),
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    toggleFacetValue: (facet: ListFacet, value: string) =>
      set((s) => ({
        filters: {
          ...s.filters,
          [facet]: toggled(s.filters[facet] as readonly string[], value),
          exclude:
            facet === "forceGroups"
              ? s.filters.exclude
              : { ...s.filters.exclude, [facet]: s.filters.exclude[facet].filter((v) => v !== value) },
        },
      })),
    toggleExcluded: (facet: Exclude<ListFacet, "forceGroups">, value: string) =>
      set((s) => ({
        filters: {
          ...s.filters,
          [facet]: (s.filters[facet] as readonly string[]).filter((v) => v !== value),
          exclude: { ...s.filters.exclude, [facet]: toggled(s.filters.exclude[facet] as readonly string[], value) },
        },
      })),
    setOutcomeAtLeast: (kind, least) =>
      set((s) => {
        const atLeast = { ...s.filters.outcomes.atLeast };
        if (least === null) delete atLeast[kind];
        else atLeast[kind] = least;
        return { filters: { ...s.filters, outcomes: { atLeast } } };
      }),
    setBin: (bin) => set({ bin }),
    setCompare: (compare) => set({ compare }),
    setCompareTable: (compareTable) => set({ compareTable }),
    setStackTypes: (stackTypes) => set({ stackTypes }),
    clearFilters: () => set({ filters: NO_FILTERS }),
    setShadeRegions: (shadeRegions) => set({ shadeRegions }),
    setSort: (sort) => set({ sort }),
    toggleLegend: () => set((s) => ({ legendOpen: !s.legendOpen })),
    setLang: (lang) => set({ lang }),
    openStory: (id, step = 1) => set({ story: { id, step }, selectedId: null }),
    showStoryStep: (story, eventId, view) =>
      set({
        story,
        ...(eventId !== null ? { selectedId: eventId, selectionSource: "story" as const } : {}),
        ...(view ? { view } : {}),
      }),
    exitStory: () => set({ story: null, selectedId: null, selectionSource: "panel" }),
    openDataUrl: (dataUrl) => set({ dataUrl, localFile: null, selectedId: null }),
    openLocalFile: (localFile) =>
      set({ localFile, dataUrl: localFile.key ? `local:${localFile.key}` : null, selectedId: null }),
    keyLocalFile: (keyed) =>
      set((s) => {
        const open = s.localFile;
        if (!open || open.key !== null || open.openedAt !== keyed.openedAt) return {};
        const origin = s.dataset?.origin;
        const shown = origin?.kind === "file" && origin.key === null && origin.openedAt === keyed.openedAt;
        return {
          localFile: keyed,
          // No key (no Web Crypto, or not a dataset): the file is shown but no link names it.
          ...(keyed.key ? { dataUrl: `local:${keyed.key}` } : {}),
          ...(shown && s.dataset ? { dataset: { ...s.dataset, origin: keyed } } : {}),
        };
      }),
    restoreLocalFile: (localFile) => set({ localFile }),
    localFileMissing: (missingLocalKey) =>
      set({ missingLocalKey, dataset: null, textSearch: null, load: { status: "ready" } }),
    openBundled: () => set({ dataUrl: null, localFile: null, missingLocalKey: null, selectedId: null }),
    // Another dataset in the address (Back/Forward) is loaded from there, even after a file from disk.
    applyUrlState: (url) =>
      set((s) => ({ ...fieldsFromUrlState(url), ...(url.dataUrl === s.dataUrl ? {} : { localFile: null }) })),
    notify: (messages) =>
      set((s) => ({ notices: [...s.notices, ...messages.map((message) => ({ id: nextNoticeId++, message }))] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type AppStoreApi = ReturnType<typeof createAppStore>;
