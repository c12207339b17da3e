import { del, get, getMany, keys, promisifyRequest, set } from "idb-keyval";
import { openConnection, type StorageFailure, storageFailure } from "./idb-connection.ts";

/** A dataset file kept in this browser, as the Data menu lists it. */
export interface KeptDataset {
  /** Its content key (see content-key.ts), which a link carries as `data=local:<key>`. */
  key: string;
  name: string;
  /** Bytes. */
  size: number;
  /** Events loaded from it; null until its first load finished. */
  events: number | null;
  /** When it was opened from disk, ISO date-time. */
  openedAt: string;
}

interface KeptFile {
  name: string;
  file: Blob;
}

export type StorageResult<T = void> = { ok: true; value: T } | { ok: false; reason: StorageFailure };
export type ReadResult =
  | { ok: true; file: File; entry: KeptDataset }
  /** missing: not (or no longer) kept in this browser. */
  | { ok: false; reason: StorageFailure | "missing" };

export interface DatasetStorage {
  /** Keeps the file's bytes and lists it; on failure nothing is left half-kept. */
  keep(key: string, file: Blob, name: string, openedAt: string): Promise<StorageResult>;
  /** Notes how many events the file gave, once loaded (best effort: a failure changes nothing shown). */
  noteEvents(key: string, events: number): Promise<StorageResult>;
  read(key: string): Promise<ReadResult>;
  /** Every kept dataset, the most recently opened first. */
  list(): Promise<StorageResult<KeptDataset[]>>;
  /** Deletes the file's bytes and its entry. */
  forget(key: string): Promise<StorageResult>;
}

const DATABASE = "syria-map-kept-datasets";
const FILES = "files";
const RECENT = "recent";

async function attempt<T>(run: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}

/**
 * Dataset files kept in IndexedDB (through idb-keyval), so a reload, Back/Forward or a
 * `data=local:` link reopens them. Bytes and list entries are in two stores: listing never
 * reads a file, and each entry is its own record, so two tabs keeping different files never
 * overwrite each other. Every call resolves (never throws) with what went wrong.
 */
export function openDatasetStorage(factory: IDBFactory | undefined = globalThis.indexedDB): DatasetStorage {
  const connection = openConnection(factory, DATABASE, [FILES, RECENT]);
  const files = connection.store(FILES);
  const recent = connection.store(RECENT);
  return {
    keep: (key, file, name, openedAt) =>
      attempt(async () => {
        const previous = await get<KeptDataset>(key, recent);
        // The same bytes opened again are not written again.
        if (!previous || !(await get<KeptFile>(key, files))) await set(key, { name, file } satisfies KeptFile, files);
        try {
          await set(key, { key, name, size: file.size, events: previous?.events ?? null, openedAt }, recent);
        } catch (error) {
          // A file no entry lists would take space the person cannot see or free: remove it.
          await del(key, files).catch(() => undefined);
          throw error;
        }
      }),
    noteEvents: (key, events) =>
      attempt(() =>
        recent("readwrite", (store) => {
          // Read and written in one transaction; a dataset forgotten meanwhile stays forgotten.
          const request = store.get(key);
          request.onsuccess = () => {
            const entry = request.result as KeptDataset | undefined;
            if (entry) store.put({ ...entry, events } satisfies KeptDataset, key);
          };
          return promisifyRequest(store.transaction).then(() => undefined);
        }),
      ),
    read: async (key) => {
      const found = await attempt(() => Promise.all([get<KeptFile>(key, files), get<KeptDataset>(key, recent)]));
      if (!found.ok) return found;
      const [kept, entry] = found.value;
      if (!kept) return { ok: false, reason: "missing" };
      const listed: KeptDataset = entry ?? {
        key,
        name: kept.name,
        size: kept.file.size,
        events: null,
        openedAt: new Date().toISOString(),
      };
      // Stored as a Blob, the file keeps its bytes; its name is kept beside it.
      return { ok: true, file: new File([kept.file], kept.name), entry: listed };
    },
    list: () =>
      attempt(async () => {
        const entries = (await getMany<KeptDataset | undefined>(await keys(recent), recent)).filter(
          (entry): entry is KeptDataset => entry !== undefined,
        );
        return entries.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      }),
    forget: (key) =>
      attempt(async () => {
        await del(key, recent);
        await del(key, files);
      }),
  };
}

let browserStorage: DatasetStorage | null = null;

/** This browser's storage of dataset files, opened on first use (this module loads on demand). */
export function browserDatasetStorage(): DatasetStorage {
  browserStorage ??= openDatasetStorage();
  return browserStorage;
}
