import { act, render, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { noticeText } from "../../src/app/notice-text.ts";
import { type AppStoreApi, createAppStore } from "../../src/state/store.ts";
import { stateFromUrl, useUrlSync } from "../../src/url/use-url-sync.ts";

function Sync({ store }: { store: AppStoreApi }) {
  useUrlSync(store);
  return null;
}

function start(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const store = createAppStore(stateFromUrl(window.location.search));
  render(<Sync store={store} />);
  return store;
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("URL sync", () => {
  it("starts from the address and reports what it could not use", () => {
    const store = start("?event=abc&region=HL,XX&map=8/35.5000/38.2500");
    const state = store.getState();
    expect(state.selectedId).toBe("abc");
    expect(state.filters.regions).toEqual(["SY-HL"]);
    expect(state.view).toEqual({ zoom: 8, lat: 35.5, lon: 38.25 });
    expect(state.notices.map((n) => noticeText(n.message, "en"))).toEqual([
      expect.stringContaining("Ignored region=XX"),
    ]);
  });

  it("pushes a history entry for a selection and replaces it for map moves and filters", () => {
    const store = start("");
    const length = window.history.length;
    act(() => store.getState().select("first"));
    expect(window.location.search).toBe("?event=first");
    expect(window.history.length).toBe(length + 1);
    act(() => store.getState().setView({ lat: 35, lon: 38, zoom: 7 }));
    act(() => store.getState().toggleFacetValue("types", "raid"));
    expect(window.location.search).toBe("?event=first&type=raid&map=7/35.0000/38.0000");
    expect(window.history.length).toBe(length + 1);
  });

  it("gives a file from disk one history entry, named by its key once found while it loads", () => {
    const store = start("?data=https://example.org/other.json");
    const length = window.history.length;
    const opened = { kind: "file" as const, name: "mine.csv", size: 10, openedAt: "2026-12-01T10:00:00.000Z" };
    act(() => store.getState().openLocalFile({ ...opened, key: null }));
    expect(window.location.search).toBe("");
    expect(window.history.length).toBe(length + 1);
    const key = "0123456789abcdef0123456789abcdef";
    act(() => store.getState().keyLocalFile({ ...opened, key }));
    expect(window.location.search).toBe(`?data=local:${key}`);
    expect(window.history.length).toBe(length + 1);
    // A key found after another file opened is not that file's.
    act(() => store.getState().openLocalFile({ ...opened, openedAt: "2026-12-01T10:01:00.000Z", key: null }));
    expect(window.history.length).toBe(length + 2);
    act(() => store.getState().keyLocalFile({ ...opened, key }));
    expect(window.location.search).toBe("");
  });

  it("gives a file from disk opened over the bundled dataset its own entry, though the address is the same until keyed", () => {
    const store = start("");
    const length = window.history.length;
    act(() => store.getState().openLocalFile({ kind: "file", name: "a.json", size: 1, openedAt: "x", key: null }));
    expect(window.history.length).toBe(length + 1);
  });

  it("writes brush steps and map moves after the frame, once for steps in one frame, replacing the entry", async () => {
    const store = start("?type=raid");
    const length = window.history.length;
    act(() => store.getState().setFilters({ from: 19000, to: 19100 }));
    act(() => store.getState().setFilters({ from: 19001, to: 19101 }));
    act(() => store.getState().setView({ lat: 35, lon: 38, zoom: 7 }));
    expect(window.location.search).toBe("?type=raid");
    await waitFor(() =>
      expect(window.location.search).toBe("?from=2022-01-09&to=2022-04-19&type=raid&map=7/35.0000/38.0000"),
    );
    expect(window.history.length).toBe(length);
  });

  it("writes a pending brush step at once before a new entry, on any key or pointer press, and on leaving", () => {
    const store = start("");
    const length = window.history.length;
    act(() => store.getState().setFilters({ from: 19000, to: 19100 }));
    act(() => store.getState().select("first"));
    // Back from the event returns to the range it was chosen in.
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe("?event=first&from=2022-01-08&to=2022-04-18");
    act(() => store.getState().setFilters({ from: 19001 }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "c", ctrlKey: true }));
    expect(window.location.search).toBe("?event=first&from=2022-01-09&to=2022-04-18");
    act(() => store.getState().setFilters({ from: 19002 }));
    window.dispatchEvent(new PointerEvent("pointerdown"));
    expect(window.location.search).toBe("?event=first&from=2022-01-10&to=2022-04-18");
    act(() => store.getState().setFilters({ from: 19003 }));
    window.dispatchEvent(new Event("pagehide"));
    expect(window.location.search).toBe("?event=first&from=2022-01-11&to=2022-04-18");
  });

  it("drops a pending step when Back or Forward moves the address", async () => {
    const store = start("?event=one");
    act(() => store.getState().setFilters({ from: 19000, to: 19100 }));
    window.history.replaceState(null, "", "/?event=two");
    act(() => {
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.location.search).toBe("?event=two");
    expect(store.getState().filters.from).toBeNull();
  });

  it("restores the state from the address on back and forward", () => {
    const store = start("?event=one");
    act(() => store.getState().select("two"));
    window.history.replaceState(null, "", "/?event=one&q=isis");
    act(() => {
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(store.getState().selectedId).toBe("one");
    expect(store.getState().filters.text).toBe("isis");
  });
});
