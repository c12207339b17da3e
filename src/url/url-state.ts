import type { CompareDimension } from "../domain/compare-series.ts";
import { type Filters, NO_FILTERS } from "../domain/filters.ts";
import type { BinUnit } from "../domain/time-bins.ts";
import type { Language } from "../i18n/language.ts";
import type { ListSort } from "../state/list-sort.ts";
import type { MapView } from "../state/map-view.ts";
import { ANALYST_PARAMS } from "./analyst-params.ts";
import { PUBLISH_PARAMS } from "./publish-params.ts";
import type { UrlNotice } from "./url-messages.ts";
import { URL_PARAMS as CORE_PARAMS } from "./url-params.ts";

/**
 * Every parameter: the core ones, the analyst's (analyst-params.ts) and the publisher's
 * (publish-params.ts: story, step, embed), in the order they are written.
 */
const URL_PARAMS = [...CORE_PARAMS, ...ANALYST_PARAMS, ...PUBLISH_PARAMS];

/**
 * Everything a person sees, as it travels in the query string, so any view can be shared and
 * reloaded from any static host. The format is documented in the README ("Deep links"); each
 * parameter is one entry of url-params.ts.
 */
export interface UrlState {
  eventId: string | null;
  view: MapView | null;
  filters: Filters;
  shadeRegions: boolean;
  sort: ListSort;
  lang: Language | null;
  dataUrl: string | null;
  /** Bar unit of the timeline; null = chosen from the span. */
  bin: BinUnit | null;
  /** Small multiples by this dimension instead of the single histogram. */
  compare: CompareDimension | null;
  /** The compared numbers as a table. */
  compareTable: boolean;
  /** The histogram's bars stacked by operation type. */
  stackTypes: boolean;
  /** The open story and its step (1-based): ?story=<id>&step=<n>. */
  story: StoryPosition | null;
  /** Drawn for a frame in another page: map and timeline only (?embed=1). */
  embed: boolean;
}

export interface StoryPosition {
  id: string;
  /** 1-based; a step past the story's end opens its last step. */
  step: number;
}

export const DEFAULT_URL_STATE: UrlState = {
  eventId: null,
  view: null,
  filters: NO_FILTERS,
  shadeRegions: false,
  sort: "newest",
  lang: null,
  dataUrl: null,
  bin: null,
  compare: null,
  compareTable: false,
  stackTypes: false,
  story: null,
  embed: false,
};

export interface ParsedUrl {
  state: UrlState;
  /** One per parameter value that was ignored (or changed), to show the person. */
  notices: UrlNotice[];
}

const NOTICE_VALUE_LENGTH = 60;

/** Reads a query string; never throws, and reports what it could not use. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...NO_FILTERS } };
  for (const param of URL_PARAMS) {
    param.read(params, state, (value, reason) => {
      const shown = value.length > NOTICE_VALUE_LENGTH ? `${value.slice(0, NOTICE_VALUE_LENGTH)}…` : value;
      notices.push({ code: "url.ignored", params: { param: param.key, value: shown, reason } });
    });
  }
  const { from, to } = state.filters;
  if (from !== null && to !== null && from > to) {
    notices.push({ code: "url.dates-swapped", params: {} });
    state.filters.from = to;
    state.filters.to = from;
  }
  return { state, notices };
}

/** Writes the state as a query string (with its leading "?", or "" when all is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const param of URL_PARAMS) param.write(state, params, DEFAULT_URL_STATE);
  const text = params.toString().replace(/%2C/g, ",").replace(/%2F/g, "/").replace(/%3A/g, ":");
  return text ? `?${text}` : "";
}
