import type { DatasetStorage } from "../data/storage/dataset-storage.ts";

export { browserDatasetStorage } from "../data/storage/dataset-storage.ts";

import type { StorageFailure } from "../data/storage/idb-connection.ts";
import type { AppStoreApi, LocalFile } from "../state/store.ts";
import { loadDataset, loadGeography } from "./load-app-data.ts";
import type { LocalDatasetNotice } from "./local-dataset-messages.ts";

/** Said once per page: a browser that refuses storage refuses it for every file. */
const warned = new WeakMap<AppStoreApi, Set<StorageFailure>>();

function warnNotKept(store: AppStoreApi, reason: StorageFailure, name: string): void {
  const said = warned.get(store) ?? new Set();
  warned.set(store, said);
  if (reason !== "quota" && said.has(reason)) return;
  said.add(reason);
  store.getState().notify([{ code: "storage.not-kept", params: { name, reason } } satisfies LocalDatasetNotice]);
}

/**
 * Opens a file from this computer: named in the address (`data=local:<key>`) and kept in this
 * browser by its content, so a reload or Back/Forward reopens it. The load starts at once; the
 * key is found by the loader just after the file is shown (see load-worker.ts).
 * If the browser will not keep it, it is still shown, and a notice says it is not kept.
 */
export async function openFileFromDisk(store: AppStoreApi, storage: DatasetStorage, file: File): Promise<void> {
  let local: LocalFile = {
    kind: "file",
    name: file.name,
    size: file.size,
    openedAt: new Date().toISOString(),
    key: null,
    keying: true,
  };
  store.getState().openLocalFile(local);
  let keyed: (key: string | null) => void = () => {};
  const found = new Promise<string | null>((resolve) => {
    keyed = (key) => {
      // Named in the address as soon as the key is known (the search may still be preparing).
      const named = key !== null && store.getState().load.status !== "failed";
      local = { ...local, key: named ? key : null, keying: false };
      store.getState().keyLocalFile(local);
      resolve(key);
    };
  });
  // A file dropped before the map's geography arrived waits for it.
  await loadGeography(store);
  const shown = await loadDataset(store, { kind: "file", file }, () => local, keyed);
  const key = await found;
  // A file that is not a dataset is not worth keeping or naming.
  if (!key || !shown) return;
  const result = await storage.keep(key, file, file.name, local.openedAt);
  if (!result.ok) warnNotKept(store, result.reason, file.name);
  else {
    // Listed with its count.
    const events = store.getState().dataset?.index.size;
    if (events !== undefined) await storage.noteEvents(key, events);
  }
}

/** Opens the file a `data=local:<key>` address names, if this browser keeps it. */
export async function openKeptDataset(store: AppStoreApi, storage: DatasetStorage, key: string): Promise<void> {
  const [read, hasGeography] = await Promise.all([storage.read(key), loadGeography(store)]);
  if (!hasGeography) return;
  // The address may have moved on while storage answered.
  if (store.getState().dataUrl !== `local:${key}`) return;
  if (!read.ok) {
    store.getState().localFileMissing(key);
    return;
  }
  const local: LocalFile = {
    kind: "file",
    name: read.entry.name,
    size: read.entry.size,
    openedAt: read.entry.openedAt,
    key,
  };
  store.getState().restoreLocalFile(local);
  await loadDataset(store, { kind: "file", file: read.file }, local);
}
