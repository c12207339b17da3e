import { File as NodeFile } from "node:buffer";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { loadGeography } from "../../src/app/load-app-data.ts";
import { openFileFromDisk, openKeptDataset } from "../../src/app/local-datasets.ts";
import { noticeText } from "../../src/app/notice-text.ts";
import { Notices } from "../../src/app/notices.tsx";
import type { DatasetStorage } from "../../src/data/storage/dataset-storage.ts";
import type { StorageFailure } from "../../src/data/storage/idb-connection.ts";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { diskFetch } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

/** Node's File: jsdom's has no stream(), which the loader reads files with. */
const datasetFile = (name: string, ids: string[]) =>
  new NodeFile([datasetText(ids.map((id) => validRecord({ id })))], name, { type: "application/json" }) as File;

/** A browser that refuses to keep anything, for the given reason. */
function refusingStorage(reason: StorageFailure): DatasetStorage {
  const refused = async () => ({ ok: false as const, reason });
  return { keep: refused, noteEvents: refused, read: refused, list: refused, forget: refused };
}

async function storeWithMap(lang: "en" | "ar" = "en") {
  vi.stubGlobal("fetch", diskFetch());
  const store = createAppStore({ lang });
  await loadGeography(store);
  vi.unstubAllGlobals();
  return store;
}

describe("a file from disk the browser will not keep", () => {
  it("is shown all the same, and a notice says a reload will not bring it back (quota full)", async () => {
    const store = await storeWithMap();
    await openFileFromDisk(store, refusingStorage("quota"), datasetFile("mine.json", ["a", "b"]));
    const state = store.getState();
    expect(state.dataset?.index.size).toBe(2);
    expect(state.dataset?.origin).toMatchObject({ kind: "file", name: "mine.json" });
    expect(state.dataUrl).toMatch(/^local:[0-9a-f]{32}$/);
    expect(state.notices.map((n) => noticeText(n.message, "en"))).toEqual([
      "mine.json is shown but not kept, so a reload will not bring it back: the browser's storage for this site is full (Forget a dataset in the Data menu to make room).",
    ]);
  });

  it("says so once, in Arabic too, when a private window refuses storage for every file", async () => {
    const store = await storeWithMap("ar");
    const storage = refusingStorage("unavailable");
    await openFileFromDisk(store, storage, datasetFile("one.json", ["a"]));
    await openFileFromDisk(store, storage, datasetFile("two.json", ["b", "c"]));
    expect(store.getState().dataset?.index.size).toBe(2);
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    const notices = screen.getAllByText(/معروض لكنه غير محفوظ/);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toHaveTextContent("لا يسمح هذا المتصفح للموقع بحفظ الملفات");
  });

  it("makes a data=local: link with no file here say so, instead of showing other data", async () => {
    const store = await storeWithMap();
    const key = "0123456789abcdef0123456789abcdef";
    store.getState().openDataUrl(`local:${key}`);
    await openKeptDataset(store, refusingStorage("unavailable"), key);
    expect(store.getState().missingLocalKey).toBe(key);
    expect(store.getState().dataset).toBeNull();
  });
});
