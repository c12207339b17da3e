import { useEffect } from "react";
import { selectUrlState } from "../state/selectors.ts";
import { type AppState, type AppStoreApi, fieldsFromUrlState } from "../state/store.ts";
import { parseUrlState, serializeUrlState } from "./url-state.ts";

/** Store state to start from, read from the address; what could not be used becomes notices. */
export function stateFromUrl(search: string): Partial<AppState> {
  const { state, notices } = parseUrlState(search);
  return { ...fieldsFromUrlState(state), notices: notices.map((message, i) => ({ id: -(i + 1), message })) };
}

/**
 * The one place that touches browser history. Store changes are written to the address:
 * a new selection, dataset or story step pushes an entry (so Back returns to the previous one), everything else
 * (map moves, filters) replaces it, so history is not flooded. Back/forward read it back.
 */
export function useUrlSync(store: AppStoreApi): void {
  useEffect(() => {
    let written = window.location.search;
    const unsubscribe = store.subscribe((state, previous) => {
      const next = serializeUrlState(selectUrlState(state));
      // A file from disk opens a step of its own at once, before its content key is known; the
      // key, found while it loads, then names that same step in the address.
      const fileOpened = state.localFile !== previous.localFile && state.localFile?.key === null;
      const fileKeyed =
        state.localFile !== null &&
        previous.localFile?.key === null &&
        state.localFile.key !== null &&
        state.localFile.openedAt === previous.localFile.openedAt;
      if (next === written && !fileOpened) return;
      written = next;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      // Another event, another dataset or another story step is a step Back can return from; anything
      // else is not. A story selecting its step's event (a link without event=) completes that step.
      const storyCompletesStep = state.selectionSource === "story" && state.story === previous.story;
      if (
        (state.selectedId !== previous.selectedId && !storyCompletesStep) ||
        (state.dataUrl !== previous.dataUrl && !fileKeyed) ||
        fileOpened ||
        state.story !== previous.story
      )
        window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
    const onPopState = () => {
      written = window.location.search;
      const { state, notices } = parseUrlState(written);
      store.getState().applyUrlState(state);
      if (notices.length) store.getState().notify(notices);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [store]);
}
