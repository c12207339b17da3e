import { useEffect } from "react";
import type { Filters } from "../domain/filters.ts";
import { selectUrlState } from "../state/selectors.ts";
import { type AppState, type AppStoreApi, fieldsFromUrlState } from "../state/store.ts";
import { parseUrlState, serializeUrlState, type UrlState } from "./url-state.ts";

/** Store state to start from, read from the address; what could not be used becomes notices. */
export function stateFromUrl(search: string): Partial<AppState> {
  const { state, notices } = parseUrlState(search);
  return { ...fieldsFromUrlState(state), notices: notices.map((message, i) => ({ id: -(i + 1), message })) };
}

/** Fields of the address that change many times a second: brush and play steps, map moves. */
const FREQUENT_FILTERS = new Set<string>(["from", "to"]);

/** True when the URL fields differ from the last ones seen only in the date range or the map's view. */
function onlyRangeOrViewChanged(next: UrlState, last: UrlState): boolean {
  let changed = false;
  for (const key of Object.keys(next) as (keyof UrlState)[]) {
    if (next[key] === last[key]) continue;
    if (key === "view") changed = true;
    else if (key === "filters") {
      for (const name of Object.keys(next.filters) as (keyof Filters)[])
        if (next.filters[name] !== last.filters[name]) {
          if (!FREQUENT_FILTERS.has(name)) return false;
          changed = true;
        }
    } else return false;
  }
  return changed;
}

function sameFields(next: UrlState, last: UrlState): boolean {
  return (Object.keys(next) as (keyof UrlState)[]).every((key) => next[key] === last[key]);
}

/**
 * The one place that touches browser history. Store changes are written to the address:
 * a new selection, dataset or story step pushes an entry (so Back returns to the previous one), everything else
 * (map moves, filters) replaces it, so history is not flooded. Back/forward read it back.
 *
 * A brush or play step and a map move are written once the frame showing them is painted
 * (replaceState costs a brush step more than drawing its bars), coalescing steps that land in
 * one frame. Anything else written, Back/Forward, leaving the page and any press of a key or
 * pointer write it at once first, so what a click reads from the address is what is on screen.
 */
export function useUrlSync(store: AppStoreApi): void {
  useEffect(() => {
    // The address as the store reads it (a parameter it could not use is dropped).
    let seen = selectUrlState(store.getState());
    let written = serializeUrlState(seen);
    if (written !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${written}${window.location.hash}`);
    let pending: string | null = null;
    let frame = 0;
    let timer = 0;
    const cancelPending = () => {
      pending = null;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    const flush = () => {
      if (pending === null) return;
      const url = pending;
      cancelPending();
      window.history.replaceState(null, "", url);
    };
    const replaceAfterPaint = (url: string) => {
      const scheduled = pending !== null;
      pending = url;
      if (scheduled) return;
      // The frame's callbacks run before it is painted; the timer after.
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(flush, 0);
      });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      // A file from disk opens a step of its own at once, before its content key is known; the
      // key, found while it loads, then names that same step in the address.
      const fileOpened = state.localFile !== previous.localFile && state.localFile?.key === null;
      const fields = selectUrlState(state);
      // Most store changes (hover, load progress, the map's bounds) touch no field of the address.
      if (sameFields(fields, seen) && !fileOpened) return;
      const frequent = onlyRangeOrViewChanged(fields, seen);
      seen = fields;
      const next = serializeUrlState(fields);
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
      ) {
        // The entry being left keeps what was on screen in it.
        flush();
        window.history.pushState(null, "", url);
      } else if (frequent) replaceAfterPaint(url);
      else {
        cancelPending();
        window.history.replaceState(null, "", url);
      }
    });
    const onPopState = () => {
      cancelPending();
      written = window.location.search;
      const { state, notices } = parseUrlState(written);
      store.getState().applyUrlState(state);
      if (notices.length) store.getState().notify(notices);
    };
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", flush);
    window.addEventListener("pointerdown", flush, true);
    window.addEventListener("keydown", flush, true);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("pointerdown", flush, true);
      window.removeEventListener("keydown", flush, true);
    };
  }, [store]);
}
