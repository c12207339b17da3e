import type { Geography } from "../../src/data/geography.ts";
import type { OpenDataset } from "../../src/data/load/open-dataset.ts";
import type { LoadedDataset } from "../../src/data/validate-dataset.ts";
import { parseDatasetText } from "../../src/data/validate-dataset.ts";
import type { SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { type AppState, type AppStoreApi, createAppStore } from "../../src/state/store.ts";
import { bundledLocator, readGeography } from "./disk.ts";
import { datasetText } from "./records.ts";

/** Opens a dataset whose events were parsed on the page, as the loading worker's builder would. */
export function openDataset({ events, ...report }: LoadedDataset): OpenDataset {
  return { ...report, index: buildEventIndex(events) };
}

/** Validates records as the app would and returns the loaded dataset. */
export function loadRecords(records: Record<string, unknown>[]): LoadedDataset {
  const result = parseDatasetText(datasetText(records), "test.json", bundledLocator());
  if (!result.ok) throw new Error(result.error.message);
  if (result.problems.length) throw new Error(`test records have problems: ${JSON.stringify(result.problems)}`);
  return result;
}

const EMPTY_COLLECTION = { type: "FeatureCollection" as const, features: [] };
const EMPTY_GEOGRAPHY: Geography = {
  governorates: EMPTY_COLLECTION,
  neighbours: EMPTY_COLLECTION,
  places: EMPTY_COLLECTION,
};

/** A store showing these (already resolved) events over an empty map, in English. */
export function storeWithEvents(events: SecurityEvent[], state: Partial<AppState> = {}): AppStoreApi {
  return createAppStore({
    load: { status: "ready" },
    dataset: openDataset({
      format: "json-v1",
      metadata: { title: "Test dataset" },
      events,
      problems: [],
      recordCount: events.length,
    }),
    geography: EMPTY_GEOGRAPHY,
    lang: "en",
    ...state,
  });
}

/** A store as it is once a dataset has loaded. */
export function readyStore(records: Record<string, unknown>[], state: Partial<AppState> = {}) {
  return createAppStore({
    load: { status: "ready" },
    dataset: openDataset(loadRecords(records)),
    geography: readGeography(),
    ...state,
  });
}
