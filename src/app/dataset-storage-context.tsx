import { createContext, type ReactNode, useContext } from "react";
import { type DatasetStorage, openDatasetStorage } from "../data/storage/dataset-storage.ts";

let browserStorage: DatasetStorage | null = null;

/** This browser's storage of opened dataset files, opened on first use. */
function defaultStorage(): DatasetStorage {
  browserStorage ??= openDatasetStorage();
  return browserStorage;
}

const DatasetStorageContext = createContext<DatasetStorage | null>(null);

export function DatasetStorageProvider({ storage, children }: { storage?: DatasetStorage; children: ReactNode }) {
  return <DatasetStorageContext.Provider value={storage ?? null}>{children}</DatasetStorageContext.Provider>;
}

export function useDatasetStorage(): DatasetStorage {
  return useContext(DatasetStorageContext) ?? defaultStorage();
}
