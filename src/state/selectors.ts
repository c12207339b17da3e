import type { SecurityEvent } from "../domain/event.ts";
import { buildEventIndex, type EventIndex } from "../domain/event-index.ts";
import type { Bounds, Filters } from "../domain/filters.ts";
import { type QueryResult, queryEvents } from "../domain/query-events.ts";
import type { UrlState } from "../url/url-state.ts";
import type { AppState } from "./store.ts";

/*
 * Derived data lives here, computed from the store and memoised on the identity of its
 * inputs; nothing derived is stored. The index is built once per loaded dataset.
 */

const indexByDataset = new WeakMap<object, EventIndex>();

/** Records an index built elsewhere (by the loading worker) for its dataset. */
export function registerIndex(dataset: object, index: EventIndex): void {
  indexByDataset.set(dataset, index);
}

export function selectIndex(state: AppState): EventIndex | null {
  const dataset = state.dataset;
  if (!dataset) return null;
  let index = indexByDataset.get(dataset);
  if (!index) {
    index = buildEventIndex(dataset.events);
    indexByDataset.set(dataset, index);
  }
  return index;
}

let lastQuery: { index: EventIndex; filters: Filters; bounds: Bounds | null; result: QueryResult } | null = null;

/** Matches, facet counts and histogram for the current filters, recomputed only when they change. */
export function selectQuery(state: AppState): QueryResult | null {
  const index = selectIndex(state);
  if (!index) return null;
  // Map moves only matter when the "only in view" filter is on.
  const bounds = state.filters.onlyInView ? state.mapBounds : null;
  if (lastQuery && lastQuery.index === index && lastQuery.filters === state.filters && lastQuery.bounds === bounds)
    return lastQuery.result;
  const result = queryEvents(index, state.filters, bounds);
  lastQuery = { index, filters: state.filters, bounds, result };
  return result;
}

export function selectSelectedEvent(state: AppState): SecurityEvent | null {
  const index = selectIndex(state);
  if (!index || state.selectedId === null) return null;
  const position = index.positionOf(state.selectedId);
  return position === undefined ? null : (index.events[position] ?? null);
}

export function selectUrlState(state: AppState): UrlState {
  return {
    eventId: state.selectedId,
    view: state.view,
    filters: state.filters,
    shadeRegions: state.shadeRegions,
    sort: state.sort,
    lang: state.lang,
    dataUrl: state.dataUrl,
  };
}
