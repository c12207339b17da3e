import { COMPARE_DIMENSIONS } from "../domain/compare-series.ts";
import { EVENT_TYPES } from "../domain/event.ts";
import { OUTCOME_KINDS, type OutcomeKind } from "../domain/outcome-filter.ts";
import type { BinUnit } from "../domain/time-bins.ts";
import { commaList, optional, parseAsRegion, repeated, single, type UrlParam } from "./url-params.ts";
import { parseAsFlag, parseAsName, parseAsOneOf, type UrlParser } from "./url-parsers.ts";

/**
 * The analyst's parameters (README, "Deep links"), as entries of URL_PARAMS:
 *   -region -type -actor -target      excluded facet values
 *   has=arrested,killed,wounded       a reported count above zero
 *   atleast=arrested:5,killed:2       a reported count of at least N (0 = any reported figure)
 *   bin=day|week|month|year           bar unit (default: chosen from the span)
 *   stack=type                        the histogram's bars stacked by operation type
 *   compare=region|type|force         small multiples; table=1 shows them as a table
 */
export const BIN_UNITS: readonly BinUnit[] = ["day", "week", "month", "year"];

const MAX_NAME = 300;
const MAX_COUNT = 1_000_000;

/** `arrested:5`: a kind and the least count. */
const parseAsLeast: UrlParser<{ kind: OutcomeKind; least: number }> = {
  parse: (text) => {
    const match = /^([a-z]+):(\d{1,7})$/.exec(text);
    const kind = match?.[1] as OutcomeKind | undefined;
    const least = Number(match?.[2]);
    return kind && (OUTCOME_KINDS as readonly string[]).includes(kind) && least <= MAX_COUNT ? { kind, least } : null;
  },
  serialize: ({ kind, least }) => `${kind}:${least}`,
};

const parseAsStack: UrlParser<boolean> = {
  parse: (text) => (text === "type" ? true : null),
  serialize: () => "type",
};

export const ANALYST_PARAMS: readonly UrlParam[] = [
  commaList(
    "-region",
    parseAsRegion,
    "region",
    (s) => s.filters.exclude.regions,
    (s, v) => (s.filters.exclude = { ...s.filters.exclude, regions: v }),
  ),
  commaList(
    "-type",
    parseAsOneOf(EVENT_TYPES),
    "event-type",
    (s) => s.filters.exclude.types,
    (s, v) => (s.filters.exclude = { ...s.filters.exclude, types: v }),
  ),
  repeated(
    "-actor",
    parseAsName(MAX_NAME),
    "name",
    (s) => s.filters.exclude.actors,
    (s, v) => (s.filters.exclude = { ...s.filters.exclude, actors: v }),
  ),
  repeated(
    "-target",
    parseAsName(MAX_NAME),
    "name",
    (s) => s.filters.exclude.targets,
    (s, v) => (s.filters.exclude = { ...s.filters.exclude, targets: v }),
  ),
  commaList(
    "has",
    parseAsOneOf(OUTCOME_KINDS),
    "outcome-kind",
    (s) => OUTCOME_KINDS.filter((kind) => s.filters.outcomes.atLeast[kind] === 1),
    (s, kinds) => {
      const atLeast = { ...s.filters.outcomes.atLeast };
      for (const kind of kinds) atLeast[kind] = Math.max(atLeast[kind] ?? 1, 1);
      s.filters.outcomes = { atLeast };
    },
  ),
  commaList(
    "atleast",
    parseAsLeast,
    "outcome-least",
    (s) =>
      OUTCOME_KINDS.flatMap((kind) => {
        const least = s.filters.outcomes.atLeast[kind];
        return least === undefined || least === 1 ? [] : [{ kind, least }];
      }),
    (s, items) => {
      const atLeast = { ...s.filters.outcomes.atLeast };
      for (const { kind, least } of items) atLeast[kind] = least;
      s.filters.outcomes = { atLeast };
    },
  ),
  optional(
    "bin",
    parseAsOneOf(BIN_UNITS),
    "bin-unit",
    (s) => s.bin,
    (s, v) => (s.bin = v),
  ),
  single(
    "stack",
    parseAsStack,
    "stack",
    (s) => s.stackTypes,
    (s, v) => (s.stackTypes = v),
  ),
  optional(
    "compare",
    parseAsOneOf(COMPARE_DIMENSIONS),
    "compare",
    (s) => s.compare,
    (s, v) => (s.compare = v),
  ),
  single(
    "table",
    parseAsFlag,
    "flag",
    (s) => s.compareTable,
    (s, v) => (s.compareTable = v),
  ),
];
