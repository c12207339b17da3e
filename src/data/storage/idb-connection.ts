import { promisifyRequest, type UseStore } from "idb-keyval";

/** Why the browser would not keep or give back a dataset. */
export type StorageFailure =
  /** No IndexedDB, or the browser refuses it (private windows in some browsers, blocked storage). */
  | "unavailable"
  /** The browser's storage quota for this site is used up. */
  | "quota"
  /** Anything else the browser reported. */
  | "failed";

export function storageFailure(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError" || (error instanceof DOMException && error.code === 22)) return "quota";
  if (name === "InvalidStateError" || name === "SecurityError" || name === "NotAllowedError") return "unavailable";
  return "failed";
}

/**
 * One connection to a database of several object stores, opened on first use, and opened again
 * when the browser closes it: clearing site data, or another tab deleting the database, closes
 * this tab's connection, and every later transaction would fail without a new one.
 */
export function openConnection(
  factory: IDBFactory | undefined,
  name: string,
  storeNames: readonly string[],
): { store(storeName: string): UseStore } {
  let database: Promise<IDBDatabase> | null = null;
  const connect = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new DOMException("IndexedDB is not available", "InvalidStateError"));
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, 1);
    } catch (error) {
      return Promise.reject(error);
    }
    request.onupgradeneeded = () => {
      for (const storeName of storeNames)
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    const opened = promisifyRequest(request).then((db) => {
      // Let another tab (or the person clearing storage) delete the database, then reconnect.
      db.onversionchange = () => {
        db.close();
        database = null;
      };
      db.onclose = () => {
        database = null;
      };
      return db;
    });
    opened.catch(() => {
      database = null;
    });
    return opened;
  };
  const transaction = async (storeName: string, mode: IDBTransactionMode): Promise<IDBTransaction> => {
    for (let attempt = 0; ; attempt++) {
      database ??= connect();
      const db = await database;
      try {
        return db.transaction(storeName, mode);
      } catch (error) {
        // A connection closed under us (storage cleared while open): one fresh connection, then give up.
        if (attempt > 0 || storageFailure(error) !== "unavailable") throw error;
        database = null;
      }
    }
  };
  return {
    store:
      (storeName: string): UseStore =>
      async (mode, callback) =>
        callback((await transaction(storeName, mode)).objectStore(storeName)),
  };
}
