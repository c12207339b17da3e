import { openDataset } from "../../src/data/open-dataset.ts";
import type { LoadedDataset } from "../../src/data/validate-dataset.ts";
import { parseDatasetText } from "../../src/data/validate-dataset.ts";
import { type AppState, createAppStore } from "../../src/state/store.ts";
import { bundledLocator, readGeography } from "./disk.ts";
import { datasetText } from "./records.ts";

/** Validates records as the app would and returns the loaded dataset. */
export function loadRecords(records: Record<string, unknown>[]): LoadedDataset {
  const result = parseDatasetText(datasetText(records), "test.json", bundledLocator());
  if (!result.ok) throw new Error(result.error.message);
  if (result.problems.length) throw new Error(`test records have problems: ${JSON.stringify(result.problems)}`);
  return result;
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
