import { createContext, type ReactNode, useContext } from "react";
import type { DatasetStorage } from "../data/storage/dataset-storage.ts";

/**
 * This browser's storage of opened dataset files. The storage code (idb-keyval) is loaded on
 * first use, outside the JavaScript a first visit waits for; if it cannot load, storage is
 * "unavailable", as in a browser that refuses it.
 */
function lazyStorage(): DatasetStorage {
  let opened: Promise<DatasetStorage> | null = null;
  const open = () => {
    opened ??= import("../data/storage/dataset-storage.ts").then((module) => module.openDatasetStorage());
    return opened;
  };
  const unavailable = { ok: false, reason: "unavailable" } as const;
  const call =
    <A extends unknown[], R>(use: (storage: DatasetStorage, ...args: A) => Promise<R>) =>
    (...args: A): Promise<R | typeof unavailable> =>
      open().then(
        (storage) => use(storage, ...args),
        () => unavailable,
      );
  return {
    keep: call((storage, key: string, file: Blob, name: string, openedAt: string) =>
      storage.keep(key, file, name, openedAt),
    ),
    noteEvents: call((storage, key: string, events: number) => storage.noteEvents(key, events)),
    read: call((storage, key: string) => storage.read(key)),
    list: call((storage) => storage.list()),
    forget: call((storage, key: string) => storage.forget(key)),
  };
}

let browserStorage: DatasetStorage | null = null;

const DatasetStorageContext = createContext<DatasetStorage | null>(null);

export function DatasetStorageProvider({ storage, children }: { storage?: DatasetStorage; children: ReactNode }) {
  return <DatasetStorageContext.Provider value={storage ?? null}>{children}</DatasetStorageContext.Provider>;
}

export function useDatasetStorage(): DatasetStorage {
  const given = useContext(DatasetStorageContext);
  if (given) return given;
  browserStorage ??= lazyStorage();
  return browserStorage;
}
