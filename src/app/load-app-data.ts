import { addressOrigin, type DatasetOrigin } from "../data/dataset-origin.ts";
import { fetchGeography } from "../data/geography.ts";
import type { LoadSource } from "../data/load/load-messages.ts";
import { type LoadHandle, prepareLoader, startLoad } from "../data/load/start-load.ts";
import { fatalError } from "../data/load-problem.ts";
import { BASE_URL, DEFAULT_DATASET_URL } from "../shared/config.ts";
import { markTiming } from "../shared/timing-marks.ts";
import type { AppStoreApi } from "../state/store.ts";

/** Loads the bundled geography into the store; false (with the error shown) when it fails. */
export async function loadGeography(store: AppStoreApi, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  if (store.getState().geography) return true;
  store.getState().startLoading("map geography");
  try {
    store.getState().setGeography(await fetchGeography(BASE_URL, fetchImpl));
    return true;
  } catch (error) {
    store.getState().failLoading(
      fatalError(`${BASE_URL}geo/`, {
        code: "fatal.geography",
        params: { detail: error instanceof Error ? error.message : String(error) },
      }),
    );
    return false;
  }
}

/** Runs `task` when the page has nothing else to do (or after a few seconds at most). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}

/** The load each store is waiting for: a newer one replaces (and stops) it. */
const currentLoads = new WeakMap<AppStoreApi, LoadHandle>();

/**
 * Loads a dataset (off the main thread where possible) into the store, marked with where it came
 * from (`origin` is asked again when the dataset is shown: a file's key is found while it loads).
 * `onContentKey` is told a file's content key once (null when there is none, or another load
 * replaced this one), after the dataset is shown.
 * Never throws; true when it is on screen.
 */
export async function loadDataset(
  store: AppStoreApi,
  source: LoadSource,
  origin: DatasetOrigin | (() => DatasetOrigin),
  onContentKey: (key: string | null) => void = () => {},
): Promise<boolean> {
  const originNow = typeof origin === "function" ? origin : () => origin;
  const geography = store.getState().geography;
  if (!geography) {
    onContentKey(null);
    return false;
  }
  // The worker resolves relative addresses against its own script: make them absolute here.
  const absolute: LoadSource =
    source.kind === "url" ? { kind: "url", url: new URL(source.url, window.location.href).href } : source;
  const handle = startLoad(
    absolute,
    geography.governorates,
    (progress) => store.getState().setLoadProgress(progress),
    (partial) => store.getState().showPartial({ ...partial, origin: originNow() }),
  );
  void handle.contentKey.then((key) => onContentKey(currentLoads.get(store) === handle ? key : null));
  // A load still running (or still preparing its search) is stopped: only the newest may finish.
  currentLoads.get(store)?.cancel();
  currentLoads.set(store, handle);
  store.getState().startLoading(source.kind === "url" ? source.url : source.file.name, handle.cancel);
  const outcome = await handle.result;
  if (currentLoads.get(store) !== handle) return false;
  if (outcome.ok) {
    markTiming("app:data-arrived", outcome.dataArrivedAt - performance.timeOrigin);
    // A task of its own for the first render of the complete dataset: receiving a large index is
    // already a long task, and the two together would block the page for twice as long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (currentLoads.get(store) !== handle) return false;
    const dataset = { ...outcome.dataset, origin: originNow() };
    store.getState().finishLoading(dataset);
    const search = await handle.textSearch;
    if (search) store.getState().searchReady(dataset, search);
    if (currentLoads.get(store) === handle) markTiming("app:search-ready");
    whenIdle(() => prepareLoader(geography.governorates));
    return true;
  }
  if ("cancelled" in outcome) store.getState().abandonLoading();
  else store.getState().failLoading(outcome.error);
  return false;
}

export async function loadAppData(store: AppStoreApi, datasetUrl: string): Promise<void> {
  if (await loadGeography(store))
    await loadDataset(
      store,
      { kind: "url", url: datasetUrl },
      addressOrigin(datasetUrl, DEFAULT_DATASET_URL, window.location.href),
    );
}

/** Back to the dataset on screen after a failed load of another one. */
export function dismissLoadError(store: AppStoreApi): void {
  if (store.getState().dataset) store.getState().abandonLoading();
}
