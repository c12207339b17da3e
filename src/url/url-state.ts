import { REGION_LEVEL, type RegionKey } from "../domain/areas.ts";
import { formatDay, parseIsoDate } from "../domain/dates.ts";
import { EVENT_TYPES, type EventType } from "../domain/event.ts";
import { type Filters, NO_FILTERS } from "../domain/filters.ts";
import { FORCE_GROUPS, type ForceGroup } from "../domain/force-groups.ts";
import { isGovernorateCode } from "../domain/governorates.ts";
import { LANGUAGES, type Language } from "../i18n/language.ts";
import { LIST_SORTS, type ListSort } from "../state/list-sort.ts";
import { type MapView, roundView, VIEW_DECIMALS } from "../state/map-view.ts";

/**
 * Everything a person sees, as it travels in the query string, so any view can be shared and
 * reloaded from any static host. The format is documented in the README ("Deep links").
 */
export interface UrlState {
  eventId: string | null;
  view: MapView | null;
  filters: Filters;
  shadeRegions: boolean;
  sort: ListSort;
  lang: Language | null;
  dataUrl: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  eventId: null,
  view: null,
  filters: NO_FILTERS,
  shadeRegions: false,
  sort: "newest",
  lang: null,
  dataUrl: null,
};

export interface ParsedUrl {
  state: UrlState;
  /** One line per parameter that was ignored, to show the person. */
  notices: string[];
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,119}$/;
const MAX_NAME = 300;
const MAX_TEXT = 500;
function shortRegion(key: RegionKey): string {
  return key === REGION_LEVEL ? key : key.slice(3);
}

function parseView(text: string): MapView | null {
  const parts = text.split("/");
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 20 || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return roundView({ lat, lon, zoom });
}

function parseDay(text: string, edge: "start" | "end"): number | null {
  const parsed = parseIsoDate(text);
  if (!parsed) return null;
  return edge === "start" ? parsed.startDay : parsed.endDay;
}

function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

function isHttpOrPath(value: string): boolean {
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }
  return !value.startsWith("//"); // a relative path on the same host
}

/** Reads a query string; never throws, and reports what it could not use. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    notices.push(`Ignored ${name}=${value.length > 60 ? `${value.slice(0, 60)}…` : value}: ${why}.`);
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...NO_FILTERS } };

  const event = params.get("event");
  if (event !== null) {
    if (ID_PATTERN.test(event)) state.eventId = event;
    else ignore("event", event, "not a valid event id");
  }

  const map = params.get("map");
  if (map !== null) {
    const view = parseView(map);
    if (view) state.view = view;
    else ignore("map", map, "expected zoom/latitude/longitude, e.g. 7/35.0/38.5");
  }

  let from: number | null = null;
  let to: number | null = null;
  const fromText = params.get("from");
  if (fromText !== null) {
    from = parseDay(fromText, "start");
    if (from === null) ignore("from", fromText, "not a real date (YYYY-MM-DD)");
  }
  const toText = params.get("to");
  if (toText !== null) {
    to = parseDay(toText, "end");
    if (to === null) ignore("to", toText, "not a real date (YYYY-MM-DD)");
  }
  if (from !== null && to !== null && from > to) {
    notices.push("The start date was after the end date; they were swapped.");
    [from, to] = [to, from];
  }

  const regions: RegionKey[] = [];
  for (const value of listParam(params, "region")) {
    if (value.toLowerCase() === REGION_LEVEL) {
      if (!regions.includes(REGION_LEVEL)) regions.push(REGION_LEVEL);
      continue;
    }
    const code = value.toUpperCase().startsWith("SY-") ? value.toUpperCase() : `SY-${value.toUpperCase()}`;
    if (isGovernorateCode(code)) {
      if (!regions.includes(code)) regions.push(code);
    } else ignore("region", value, "not a governorate code (e.g. HL for Aleppo) or area");
  }

  const types: EventType[] = [];
  for (const value of listParam(params, "type")) {
    if ((EVENT_TYPES as readonly string[]).includes(value)) {
      if (!types.includes(value as EventType)) types.push(value as EventType);
    } else ignore("type", value, `not one of ${EVENT_TYPES.join(", ")}`);
  }

  const forceGroups: ForceGroup[] = [];
  for (const value of listParam(params, "force")) {
    if ((FORCE_GROUPS as readonly string[]).includes(value)) {
      if (!forceGroups.includes(value as ForceGroup)) forceGroups.push(value as ForceGroup);
    } else ignore("force", value, `not one of ${FORCE_GROUPS.join(", ")}`);
  }

  const names = (param: string) => {
    const out: string[] = [];
    for (const value of params.getAll(param)) {
      const name = value.trim();
      if (!name || name.length > MAX_NAME) ignore(param, value, "empty or too long");
      else if (!out.includes(name)) out.push(name);
    }
    return out;
  };

  const text = params.get("q") ?? "";
  if (text.length > MAX_TEXT) ignore("q", text, `longer than ${MAX_TEXT} characters`);

  const undated = params.get("undated");
  if (undated !== null && undated !== "0" && undated !== "1") ignore("undated", undated, "expected 0 or 1");
  const inView = params.get("inview");
  if (inView !== null && inView !== "0" && inView !== "1") ignore("inview", inView, "expected 0 or 1");
  const shade = params.get("shade");
  if (shade !== null && shade !== "0" && shade !== "1") ignore("shade", shade, "expected 0 or 1");

  state.filters = {
    from,
    to,
    regions,
    types,
    forceGroups,
    actors: names("actor"),
    targets: names("target"),
    text: text.length > MAX_TEXT ? "" : text,
    includeUndated: undated !== "0",
    onlyInView: inView === "1",
  };
  state.shadeRegions = shade === "1";

  const sort = params.get("sort");
  if (sort !== null) {
    if ((LIST_SORTS as readonly string[]).includes(sort)) state.sort = sort as ListSort;
    else ignore("sort", sort, `not one of ${LIST_SORTS.join(", ")}`);
  }

  const lang = params.get("lang");
  if (lang !== null) {
    if ((LANGUAGES as readonly string[]).includes(lang)) state.lang = lang as Language;
    else ignore("lang", lang, "only en and ar are available");
  }

  const data = params.get("data");
  if (data !== null) {
    if (data.length <= 2048 && isHttpOrPath(data)) state.dataUrl = data;
    else ignore("data", data, "only http(s) addresses or paths on this site can be loaded");
  }

  return { state, notices };
}

/** Writes the state as a query string (with its leading "?", or "" when all is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.dataUrl) params.set("data", state.dataUrl);
  if (state.eventId) params.set("event", state.eventId);
  if (filters.from !== null) params.set("from", formatDay(filters.from));
  if (filters.to !== null) params.set("to", formatDay(filters.to));
  if (filters.regions.length) params.set("region", filters.regions.map(shortRegion).join(","));
  if (filters.types.length) params.set("type", filters.types.join(","));
  if (filters.forceGroups.length) params.set("force", filters.forceGroups.join(","));
  for (const actor of filters.actors) params.append("actor", actor);
  for (const target of filters.targets) params.append("target", target);
  if (filters.text) params.set("q", filters.text);
  if (!filters.includeUndated) params.set("undated", "0");
  if (filters.onlyInView) params.set("inview", "1");
  if (state.shadeRegions) params.set("shade", "1");
  if (state.sort !== DEFAULT_URL_STATE.sort) params.set("sort", state.sort);
  if (state.lang) params.set("lang", state.lang);
  if (state.view) {
    const v = roundView(state.view);
    params.set("map", `${v.zoom}/${v.lat.toFixed(VIEW_DECIMALS.position)}/${v.lon.toFixed(VIEW_DECIMALS.position)}`);
  }
  const text = params.toString().replace(/%2C/g, ",").replace(/%2F/g, "/");
  return text ? `?${text}` : "";
}
