import { formatDay, parseIsoDate } from "../domain/dates.ts";
import { type MapView, roundView, VIEW_DECIMALS } from "../state/map-view.ts";

/**
 * One value as it travels in the address: a parse/serialize pair (nuqs style). `parse` returns
 * null for input it cannot use, never throws; `serialize(parse(x))` reads back as the same value.
 */
export interface UrlParser<T> {
  parse(text: string): T | null;
  serialize(value: T): string;
}

/** `1` or `0`. */
export const parseAsFlag: UrlParser<boolean> = {
  parse: (text) => (text === "1" ? true : text === "0" ? false : null),
  serialize: (value) => (value ? "1" : "0"),
};

/** One of a fixed list of words. */
export function parseAsOneOf<T extends string>(values: readonly T[]): UrlParser<T> {
  return {
    parse: (text) => ((values as readonly string[]).includes(text) ? (text as T) : null),
    serialize: (value) => value,
  };
}

/** Text matching a pattern, as is. */
export function parseAsMatching(pattern: RegExp): UrlParser<string> {
  return { parse: (text) => (pattern.test(text) ? text : null), serialize: (text) => text };
}

/** Text of at most `max` characters, as is (empty allowed). */
export function parseAsTextUpTo(max: number): UrlParser<string> {
  return { parse: (text) => (text.length <= max ? text : null), serialize: (text) => text };
}

/** A name: trimmed, not empty, at most `max` characters. */
export function parseAsName(max: number): UrlParser<string> {
  return {
    parse: (text) => {
      const name = text.trim();
      return name && name.length <= max ? name : null;
    },
    serialize: (name) => name,
  };
}

/**
 * A calendar date (`YYYY-MM-DD`, or a coarser ISO date) as a day number: a range's start reads the
 * first day of a coarse date, its end the last.
 */
export function parseAsIsoDay(edge: "start" | "end"): UrlParser<number> {
  return {
    parse: (text) => {
      const parsed = parseIsoDate(text);
      if (!parsed) return null;
      return edge === "start" ? parsed.startDay : parsed.endDay;
    },
    serialize: formatDay,
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** `zoom/latitude/longitude`, rounded to the decimals the address keeps. */
export const parseAsMapView: UrlParser<MapView> = {
  parse: (text) => {
    const parts = text.split("/");
    if (parts.length !== 3 || parts.some((p) => !NUMBER.test(p))) return null;
    const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
    if (zoom < 0 || zoom > 20 || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
    return roundView({ lat, lon, zoom });
  },
  serialize: (view) => {
    const v = roundView(view);
    return `${v.zoom}/${v.lat.toFixed(VIEW_DECIMALS.position)}/${v.lon.toFixed(VIEW_DECIMALS.position)}`;
  },
};

/** A whole number from `min` to `max`, written in plain digits (no sign, no leading zeros). */
export function parseAsIntegerIn(min: number, max: number): UrlParser<number> {
  return {
    parse: (text) => {
      if (!/^[1-9]\d{0,8}$|^0$/.test(text)) return null;
      const value = Number(text);
      return value >= min && value <= max ? value : null;
    },
    serialize: (value) => String(value),
  };
}
