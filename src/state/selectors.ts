import { type Binning, binningFor } from "../domain/binning.ts";
import type { SecurityEvent } from "../domain/event.ts";
import type { EventIndex } from "../domain/event-index.ts";
import type { Bounds, Filters } from "../domain/filters.ts";
import { type QueryResult, queryEvents } from "../domain/query-events.ts";
import type { TextSearch } from "../domain/text-search.ts";
import type { UrlState } from "../url/url-state.ts";
import type { AppState } from "./store.ts";

/*
 * Derived data lives here, computed from the store and memoised on the identity of its
 * inputs; nothing derived is stored. The index comes with the loaded dataset.
 */

export function selectIndex(state: AppState): EventIndex | null {
  return state.dataset?.index ?? null;
}

/** The timeline's bins in the unit the person chose (or the one chosen from the span). */
export function selectBinning(state: AppState): Binning | null {
  const index = selectIndex(state);
  return index ? binningFor(index, state.bin) : null;
}

let lastQuery: {
  index: EventIndex;
  filters: Filters;
  bounds: Bounds | null;
  search: TextSearch | null;
  binning: Binning;
  result: QueryResult;
} | null = null;

/** Matches, facet counts and histogram for the current filters, recomputed only when they change. */
export function selectQuery(state: AppState): QueryResult | null {
  const index = selectIndex(state);
  if (!index) return null;
  // Map moves only matter when the "only in view" filter is on.
  const bounds = state.filters.onlyInView ? state.mapBounds : null;
  // The search is only consulted (and, for small datasets, built) when there is text to find.
  const search = state.filters.text.trim() ? (state.textSearch ?? index.textSearch()) : null;
  const binning = selectBinning(state) ?? index;
  if (
    lastQuery &&
    lastQuery.index === index &&
    lastQuery.filters === state.filters &&
    lastQuery.bounds === bounds &&
    lastQuery.search === search &&
    lastQuery.binning === binning
  )
    return lastQuery.result;
  const result = queryEvents(index, state.filters, bounds, search, binning);
  lastQuery = { index, filters: state.filters, bounds, search, binning, result };
  return result;
}

export function selectSelectedEvent(state: AppState): SecurityEvent | null {
  const index = selectIndex(state);
  if (!index || state.selectedId === null) return null;
  const position = index.positionOf(state.selectedId);
  return position === undefined ? null : index.eventAt(position);
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
    bin: state.bin,
    compare: state.compare,
    compareTable: state.compareTable,
    stackTypes: state.stackTypes,
    story: state.story,
    embed: state.embed,
  };
}
