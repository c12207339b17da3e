import type { Binning } from "./binning.ts";
import { EVENT_TYPES, type EventType } from "./event.ts";
import type { EventIndex } from "./event-index.ts";
import { GOVERNORATE_CODES, type GovernorateCode, isGovernorateCode } from "./governorates.ts";
import { regionSlot, typeSlot } from "./index-columns.ts";
import { lowerBound } from "./sorted-positions.ts";
import { binOf } from "./time-bins.ts";

/** What the small multiples split the matches by: governorate, operation type or operating force. */
export const COMPARE_DIMENSIONS = ["region", "type", "force"] as const;
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

/** How many values are compared when the person has chosen none in that facet. */
export const DEFAULT_COMPARED = 4;

export interface CompareSeries {
  /** The governorate code, type or force name. */
  value: string;
  /** Matches per bin, for bins [firstBin, lastBin]. */
  perBin: Uint32Array;
  /** Dated matches in the shown bins. */
  total: number;
}

export interface Comparison {
  dimension: CompareDimension;
  /** The shared time axis: the bins of the date range (all bins when it is open). */
  firstBin: number;
  lastBin: number;
  series: CompareSeries[];
  /** The largest bar of any series: every series is drawn on this one scale. */
  max: number;
}

/** Bins [first, last] covering an inclusive day range (open ends reach the data's edges). */
export function binSpan(binning: Binning, from: number | null, to: number | null): [number, number] | null {
  const bins = binning.bins;
  if (!bins || bins.starts.length === 0) return null;
  const last = bins.starts.length - 1;
  const first = from === null || from < (bins.starts[0] as number) ? 0 : binOf(bins, from);
  const end = to === null || to >= bins.end ? last : binOf(bins, to);
  if (first < 0 || end < 0 || first > end) return null;
  return [first, end];
}

/** Per position, the value slots it holds for a dimension, written into `out`; returns how many. */
function slotReader(index: EventIndex, dimension: CompareDimension): (p: number, out: number[]) => number {
  if (dimension === "region")
    return (p, out) => {
      out[0] = index.region[p] as number;
      return 1;
    };
  if (dimension === "type")
    return (p, out) => {
      out[0] = index.type[p] as number;
      return 1;
    };
  const { offsets, ids } = index.actors;
  return (p, out) => {
    const from = offsets[p] as number;
    const to = offsets[p + 1] as number;
    for (let k = from; k < to; k++) out[k - from] = ids[k] as number;
    return to - from;
  };
}

/** The slot a value occupies for a dimension; -1 when the dataset does not have it. */
function slotOf(index: EventIndex, dimension: CompareDimension, value: string): number {
  if (dimension === "region") return isGovernorateCode(value) ? regionSlot(value) : -1;
  if (dimension === "type")
    return (EVENT_TYPES as readonly string[]).includes(value) ? typeSlot(value as EventType) : -1;
  return index.actors.idByName.get(value) ?? -1;
}

/**
 * One series per value: the matching events holding that value, counted per bin over the shared
 * span. An event with two compared forces counts in both series, as it does in each force's facet.
 * Undated matches have no bar and are left out. `positions` are the query's matches (date order).
 */
export function compareSeries(
  index: EventIndex,
  binning: Binning,
  positions: Uint32Array,
  dimension: CompareDimension,
  values: readonly string[],
  span: [number, number],
): Comparison {
  const [firstBin, lastBin] = span;
  const width = lastBin - firstBin + 1;
  const slots = new Map<number, number>(); // slot -> series
  values.forEach((value, s) => {
    const slot = slotOf(index, dimension, value);
    if (slot >= 0 && !slots.has(slot)) slots.set(slot, s);
  });
  const perBin = values.map(() => new Uint32Array(width));
  const read = slotReader(index, dimension);
  const held: number[] = [];
  const dated = lowerBound(positions, index.datedCount);
  for (let i = 0; i < dated; i++) {
    const p = positions[i] as number;
    const bin = (binning.binOfPosition[p] as number) - firstBin;
    if (bin < 0 || bin >= width) continue;
    const n = read(p, held);
    for (let k = 0; k < n; k++) {
      const s = slots.get(held[k] as number);
      if (s !== undefined) {
        const counts = perBin[s] as Uint32Array;
        counts[bin] = (counts[bin] as number) + 1;
      }
    }
  }
  let max = 0;
  const series = values.map((value, s) => {
    const counts = perBin[s] as Uint32Array;
    let total = 0;
    for (const count of counts) {
      total += count;
      if (count > max) max = count;
    }
    return { value, perBin: counts, total };
  });
  return { dimension, firstBin, lastBin, series, max };
}

/**
 * The values to compare: those chosen in the dimension's facet when two or more are, otherwise
 * the most frequent among the matches (facet counts), at most DEFAULT_COMPARED of them.
 */
export function comparedValues(
  index: EventIndex,
  dimension: CompareDimension,
  chosen: readonly string[],
  counts: { regions: Uint32Array; types: Uint32Array; actors: Uint32Array },
): string[] {
  if (chosen.length >= 2) return [...chosen];
  const ranked: { value: string; count: number }[] =
    dimension === "region"
      ? GOVERNORATE_CODES.map((code: GovernorateCode) => ({
          value: code,
          count: counts.regions[regionSlot(code)] ?? 0,
        }))
      : dimension === "type"
        ? EVENT_TYPES.map((type) => ({ value: type, count: counts.types[typeSlot(type)] ?? 0 }))
        : index.actors.names.map((name, id) => ({ value: name, count: counts.actors[id] ?? 0 }));
  return ranked
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, DEFAULT_COMPARED)
    .map((entry) => entry.value);
}
