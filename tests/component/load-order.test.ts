import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDataset } from "../../src/app/load-app-data.ts";
import { createAppStore } from "../../src/state/store.ts";
import { readGeography } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

afterEach(() => vi.unstubAllGlobals());

describe("opening a dataset while another is still loading", () => {
  it("shows the newest one, whichever finishes first", async () => {
    let releaseSlow: () => void = () => {};
    const slowGate = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    const body = (title: string, count: number) =>
      datasetText(
        Array.from({ length: count }, (_, i) => validRecord({ id: `${title}-${i}` })),
        { title },
      );
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith("slow.json")) {
        await slowGate;
        return new Response(body("Slow", 3));
      }
      return new Response(body("Fast", 2));
    });
    const store = createAppStore({ geography: readGeography() });
    const slow = loadDataset(
      store,
      { kind: "url", url: "slow.json" },
      { kind: "address", url: "http://localhost/slow.json" },
    );
    await loadDataset(store, { kind: "url", url: "fast.json" }, { kind: "address", url: "http://localhost/fast.json" });
    releaseSlow();
    await slow;
    const state = store.getState();
    expect(state.load.status).toBe("ready");
    expect(state.dataset?.metadata.title).toBe("Fast");
    expect(state.dataset?.index.size).toBe(2);
  });
});
