import { datasetAddressRefusal } from "../data/dataset-address.ts";
import { LOCAL_DATA_PREFIX, localDataKey } from "../data/storage/content-key.ts";
import { REGION_LEVEL, type RegionKey } from "../domain/areas.ts";
import { EVENT_ID_PATTERN, EVENT_TYPES } from "../domain/event.ts";
import { FORCE_GROUPS } from "../domain/force-groups.ts";
import { isGovernorateCode } from "../domain/governorates.ts";
import { LANGUAGES } from "../i18n/language.ts";
import { LIST_SORTS } from "../state/list-sort.ts";
import {
  parseAsFlag,
  parseAsIsoDay,
  parseAsMapView,
  parseAsMatching,
  parseAsName,
  parseAsOneOf,
  parseAsTextUpTo,
  type UrlParser,
} from "./url-parsers.ts";
import type { UrlState } from "./url-state.ts";

/** Why a parameter's value was ignored: each has its sentence in url-messages.ts. */
export type UrlRefusal =
  | "data-address"
  | "local-key"
  | "event-id"
  | "date"
  | "region"
  | "event-type"
  | "force-group"
  | "name"
  | "text-length"
  | "flag"
  | "sort"
  | "language"
  | "map-view"
  | "outcome-kind"
  | "outcome-least"
  | "bin-unit"
  | "stack"
  | "compare"
  | "story-id"
  | "story-step"
  | "step-without-story";

/** One query parameter: reads itself into the state (or says why not) and writes itself from it. */
export interface UrlParam {
  key: string;
  read(params: URLSearchParams, state: UrlState, ignore: (value: string, reason: UrlRefusal) => void): void;
  /** Writes the parameter unless the state holds its default. */
  write(state: UrlState, params: URLSearchParams, defaults: UrlState): void;
}

/** A parameter given once (the first occurrence counts); left out of the address at its default. */
export function single<T>(
  key: string,
  parser: UrlParser<T>,
  refusal: UrlRefusal,
  get: (state: UrlState) => T,
  set: (state: UrlState, value: T) => void,
): UrlParam {
  return {
    key,
    read(params, state, ignore) {
      const text = params.get(key);
      if (text === null) return;
      const value = parser.parse(text);
      if (value === null) ignore(text, refusal);
      else set(state, value);
    },
    write(state, params, defaults) {
      const value = get(state);
      if (value !== get(defaults) && value !== null) params.set(key, parser.serialize(value));
    },
  };
}

/** A parameter naming possibly nothing: null (its default) leaves it out. */
export function optional<T>(
  key: string,
  parser: UrlParser<T>,
  refusal: UrlRefusal,
  get: (state: UrlState) => T | null,
  set: (state: UrlState, value: T) => void,
): UrlParam {
  return single<T | null>(key, parser as UrlParser<T | null>, refusal, get, (state, value) => {
    if (value !== null) set(state, value);
  });
}

/** Several values, comma-separated or repeated (`region=HL,DR` or `region=HL&region=DR`), written comma-separated. */
export function commaList<T>(
  key: string,
  parser: UrlParser<T>,
  refusal: UrlRefusal,
  get: (state: UrlState) => readonly T[],
  set: (state: UrlState, values: T[]) => void,
): UrlParam {
  return {
    key,
    read(params, state, ignore) {
      const values: T[] = [];
      const items = params.getAll(key).flatMap((value) => value.split(","));
      for (const item of items.map((v) => v.trim()).filter(Boolean)) {
        const value = parser.parse(item);
        if (value === null) ignore(item, refusal);
        else if (!values.includes(value)) values.push(value);
      }
      if (params.has(key)) set(state, values);
    },
    write(state, params) {
      const values = get(state);
      if (values.length) params.set(key, values.map(parser.serialize).join(","));
    },
  };
}

/** Several values, one per occurrence (`actor=A&actor=B`): for names that may hold commas. */
export function repeated<T>(
  key: string,
  parser: UrlParser<T>,
  refusal: UrlRefusal,
  get: (state: UrlState) => readonly T[],
  set: (state: UrlState, values: T[]) => void,
): UrlParam {
  return {
    key,
    read(params, state, ignore) {
      const values: T[] = [];
      for (const text of params.getAll(key)) {
        const value = parser.parse(text);
        if (value === null) ignore(text, refusal);
        else if (!values.includes(value)) values.push(value);
      }
      if (params.has(key)) set(state, values);
    },
    write(state, params) {
      for (const value of get(state)) params.append(key, parser.serialize(value));
    },
  };
}

const MAX_NAME = 300;
export const MAX_SEARCH_TEXT = 500;

/** `HL` or `SY-HL` (any case): a governorate code, written short; or `area`, for region-level places. */
export const parseAsRegion: UrlParser<RegionKey> = {
  parse: (text) => {
    if (text.toLowerCase() === REGION_LEVEL) return REGION_LEVEL;
    const upper = text.toUpperCase();
    const code = upper.startsWith("SY-") ? upper : `SY-${upper}`;
    return isGovernorateCode(code) ? code : null;
  },
  serialize: (key) => (key === REGION_LEVEL ? key : key.slice(3)),
};

/** An address a dataset may be loaded from, by the rule the Data menu keeps too. */
const parseAsDatasetAddress: UrlParser<string> = {
  parse: (text) => (datasetAddressRefusal(text) === null ? text : null),
  serialize: (text) => text,
};

/** `local:<key>`: a dataset file kept in this browser, by its content key (data/storage/content-key.ts). */
const parseAsLocalDataKey: UrlParser<string> = {
  parse: (text) => (localDataKey(text) === null ? null : text),
  serialize: (text) => text,
};

/**
 * `data=`: an address to load from, or `local:<key>` for a file kept in this browser. Each has its
 * own pair and its own reason when refused; the prefix says which one reads the value.
 */
function dataSource(): UrlParam {
  const get = (s: UrlState) => s.dataUrl;
  const set = (s: UrlState, v: string) => {
    s.dataUrl = v;
  };
  const address = optional("data", parseAsDatasetAddress, "data-address", get, set);
  const local = optional("data", parseAsLocalDataKey, "local-key", get, set);
  const isLocal = (text: string | null | undefined) => text?.startsWith(LOCAL_DATA_PREFIX) === true;
  return {
    key: "data",
    read: (params, state, ignore) => (isLocal(params.get("data")) ? local : address).read(params, state, ignore),
    write: (state, params, defaults) => (isLocal(state.dataUrl) ? local : address).write(state, params, defaults),
  };
}

/**
 * Every parameter of the address, in the order it is written. Adding one is one entry here (with
 * its field in UrlState and, when it can refuse a value, its reason in url-messages.ts).
 */
export const URL_PARAMS: readonly UrlParam[] = [
  dataSource(),
  optional(
    "event",
    parseAsMatching(EVENT_ID_PATTERN),
    "event-id",
    (s) => s.eventId,
    (s, v) => (s.eventId = v),
  ),
  optional(
    "from",
    parseAsIsoDay("start"),
    "date",
    (s) => s.filters.from,
    (s, v) => (s.filters.from = v),
  ),
  optional(
    "to",
    parseAsIsoDay("end"),
    "date",
    (s) => s.filters.to,
    (s, v) => (s.filters.to = v),
  ),
  commaList(
    "region",
    parseAsRegion,
    "region",
    (s) => s.filters.regions,
    (s, v) => (s.filters.regions = v),
  ),
  commaList(
    "type",
    parseAsOneOf(EVENT_TYPES),
    "event-type",
    (s) => s.filters.types,
    (s, v) => (s.filters.types = v),
  ),
  commaList(
    "force",
    parseAsOneOf(FORCE_GROUPS),
    "force-group",
    (s) => s.filters.forceGroups,
    (s, v) => (s.filters.forceGroups = v),
  ),
  repeated(
    "actor",
    parseAsName(MAX_NAME),
    "name",
    (s) => s.filters.actors,
    (s, v) => (s.filters.actors = v),
  ),
  repeated(
    "target",
    parseAsName(MAX_NAME),
    "name",
    (s) => s.filters.targets,
    (s, v) => (s.filters.targets = v),
  ),
  single(
    "q",
    parseAsTextUpTo(MAX_SEARCH_TEXT),
    "text-length",
    (s) => s.filters.text,
    (s, v) => (s.filters.text = v),
  ),
  // Undated events follow the date range (null) unless the link says 1 (include) or 0 (leave out).
  optional(
    "undated",
    parseAsFlag,
    "flag",
    (s) => s.filters.includeUndated,
    (s, v) => (s.filters.includeUndated = v),
  ),
  single(
    "inview",
    parseAsFlag,
    "flag",
    (s) => s.filters.onlyInView,
    (s, v) => (s.filters.onlyInView = v),
  ),
  single(
    "shade",
    parseAsFlag,
    "flag",
    (s) => s.shadeRegions,
    (s, v) => (s.shadeRegions = v),
  ),
  single(
    "sort",
    parseAsOneOf(LIST_SORTS),
    "sort",
    (s) => s.sort,
    (s, v) => (s.sort = v),
  ),
  optional(
    "lang",
    parseAsOneOf(LANGUAGES),
    "language",
    (s) => s.lang,
    (s, v) => (s.lang = v),
  ),
  optional(
    "map",
    parseAsMapView,
    "map-view",
    (s) => s.view,
    (s, v) => (s.view = v),
  ),
];
