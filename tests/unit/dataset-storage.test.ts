// @vitest-environment node
import { IDBDatabase, IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contentKey } from "../../src/data/storage/content-hash.ts";
import { isContentKey } from "../../src/data/storage/content-key.ts";
import { type DatasetStorage, openDatasetStorage } from "../../src/data/storage/dataset-storage.ts";

const OPENED = "2026-12-01T10:00:00.000Z";
const file = (text: string, name = "acled.csv") => new File([text], name, { type: "text/csv" });

async function keepText(storage: DatasetStorage, text: string, name = "acled.csv") {
  const key = (await contentKey(file(text))) as string;
  return { key, result: await storage.keep(key, file(text, name), name, OPENED) };
}

/** Makes the next write of a value matching `when` abort its transaction as a full disk would. */
function failWritesWithQuota(when: (value: unknown) => boolean) {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, value, key) {
    const request = put.call(this, value, key);
    if (when(value))
      // The write is under way when the browser gives up on it: the whole transaction is rolled back.
      (this.transaction as unknown as { _abort(name: string): void })._abort("QuotaExceededError");
    return request;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("content keys", () => {
  it("name a file by its bytes, not its name", async () => {
    const a = await contentKey(file("id,date\n1,2025-01-01\n", "a.csv"));
    const b = await contentKey(file("id,date\n1,2025-01-01\n", "b.csv"));
    const c = await contentKey(file("id,date\n2,2025-01-01\n", "a.csv"));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(isContentKey(a as string)).toBe(true);
    expect(isContentKey("../etc/passwd")).toBe(false);
  });
});

describe("dataset storage", () => {
  it("keeps a file and gives back the same bytes, name and entry", async () => {
    const storage = openDatasetStorage(new IDBFactory());
    const { key, result } = await keepText(storage, "event_id_cnty,event_date\nSYR1,2025-01-01\n");
    expect(result.ok).toBe(true);
    await storage.noteEvents(key, 1);
    const read = await storage.read(key);
    if (!read.ok) throw new Error(read.reason);
    expect(read.file.name).toBe("acled.csv");
    expect(await read.file.text()).toBe("event_id_cnty,event_date\nSYR1,2025-01-01\n");
    expect(read.entry).toMatchObject({ key, name: "acled.csv", events: 1, openedAt: OPENED });
    const list = await storage.list();
    expect(list.ok && list.value.map((entry) => entry.key)).toEqual([key]);
  });

  it("forgets a file: its bytes and its entry are gone", async () => {
    const storage = openDatasetStorage(new IDBFactory());
    const { key } = await keepText(storage, "a");
    expect((await storage.forget(key)).ok).toBe(true);
    expect(await storage.read(key)).toEqual({ ok: false, reason: "missing" });
    const list = await storage.list();
    expect(list.ok && list.value).toEqual([]);
  });

  it("says the quota is full when the file's write fails half way, and keeps nothing", async () => {
    const storage = openDatasetStorage(new IDBFactory());
    failWritesWithQuota((value) => typeof value === "object" && value !== null && "file" in value);
    const { key, result } = await keepText(storage, "a large file");
    expect(result).toEqual({ ok: false, reason: "quota" });
    vi.restoreAllMocks();
    expect(await storage.read(key)).toEqual({ ok: false, reason: "missing" });
    const list = await storage.list();
    expect(list.ok && list.value).toEqual([]);
  });

  it("removes the file's bytes when its list entry cannot be written, so no space is used unseen", async () => {
    const storage = openDatasetStorage(new IDBFactory());
    failWritesWithQuota((value) => typeof value === "object" && value !== null && "openedAt" in value);
    const { key, result } = await keepText(storage, "bytes then entry");
    expect(result).toEqual({ ok: false, reason: "quota" });
    vi.restoreAllMocks();
    expect(await storage.read(key)).toEqual({ ok: false, reason: "missing" });
  });

  it("says storage is unavailable where the browser has no IndexedDB", async () => {
    const storage = openDatasetStorage(undefined);
    expect((await keepText(storage, "a")).result).toEqual({ ok: false, reason: "unavailable" });
    expect(await storage.list()).toEqual({ ok: false, reason: "unavailable" });
    expect(await storage.read("0".repeat(32))).toEqual({ ok: false, reason: "unavailable" });
  });

  it("says storage is unavailable when a private window refuses to open the database", async () => {
    // Firefox's private windows answered every open with this error.
    const refusing = {
      open() {
        const request = {} as IDBOpenDBRequest & { error: DOMException };
        setTimeout(() => {
          Object.assign(request, {
            error: new DOMException(
              "A mutation operation was attempted on a database that did not allow mutations.",
              "InvalidStateError",
            ),
          });
          request.onerror?.(new Event("error"));
        });
        return request;
      },
    } as unknown as IDBFactory;
    const storage = openDatasetStorage(refusing);
    expect((await keepText(storage, "a")).result).toEqual({ ok: false, reason: "unavailable" });
    expect(await storage.list()).toEqual({ ok: false, reason: "unavailable" });
  });

  it("goes on working after storage is cleared while the page is open", async () => {
    const factory = new IDBFactory();
    const storage = openDatasetStorage(factory);
    const { key } = await keepText(storage, "first");
    // Clearing site data deletes the database under the open connection.
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase("syria-map-kept-datasets");
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("the open connection blocked the deletion"));
    });
    expect(await storage.read(key)).toEqual({ ok: false, reason: "missing" });
    const again = await keepText(storage, "second");
    expect(again.result.ok).toBe(true);
    expect((await storage.read(again.key)).ok).toBe(true);
  });

  it("opens a new connection when the browser has closed the old one", async () => {
    const storage = openDatasetStorage(new IDBFactory());
    const { key } = await keepText(storage, "kept");
    const transaction = IDBDatabase.prototype.transaction;
    let closedOnce = false;
    vi.spyOn(IDBDatabase.prototype, "transaction").mockImplementation(function (this: IDBDatabase, ...args) {
      if (!closedOnce) {
        closedOnce = true;
        throw new DOMException("The database connection is closing.", "InvalidStateError");
      }
      return transaction.apply(this, args);
    });
    const read = await storage.read(key);
    expect(read.ok).toBe(true);
  });

  it("lets two tabs keep different files at once without losing either", async () => {
    const factory = new IDBFactory();
    const tabA = openDatasetStorage(factory);
    const tabB = openDatasetStorage(factory);
    const [a, b] = await Promise.all([
      keepText(tabA, "file of tab A", "a.csv"),
      keepText(tabB, "file of tab B", "b.json"),
    ]);
    expect(a.result.ok && b.result.ok).toBe(true);
    await Promise.all([tabA.noteEvents(a.key, 10), tabB.noteEvents(b.key, 20)]);
    const list = await tabA.list();
    expect(list.ok && list.value.map((entry) => [entry.name, entry.events]).sort()).toEqual([
      ["a.csv", 10],
      ["b.json", 20],
    ]);
    // Tab B forgetting its file leaves tab A's alone.
    await tabB.forget(b.key);
    expect((await tabA.read(a.key)).ok).toBe(true);
    expect((await tabA.read(b.key)).ok).toBe(false);
  });
});
