import type { EventIndex } from "./event-index.ts";
import { type BinUnit, makeTimeBins, type TimeBins } from "./time-bins.ts";

/** Time bins in one unit and the bin of every dated position, for the timeline and compare series. */
export interface Binning {
  bins: TimeBins | null;
  /** Bin of each position (-1 for undated). */
  binOfPosition: Int32Array;
  /** Events per bin, whatever the filters. */
  allPerBin: Uint32Array;
}

const byIndex = new WeakMap<EventIndex, Partial<Record<BinUnit, Binning>>>();

/**
 * The index's events binned by `unit`: the index's own bins when the unit is the one chosen
 * from the span (null), otherwise built once per index and unit (one pass, positions are in
 * date order) and kept for every later query.
 */
export function binningFor(index: EventIndex, unit: BinUnit | null): Binning {
  if (unit === null || !index.bins || unit === index.bins.unit) return index;
  const cached = byIndex.get(index)?.[unit];
  if (cached) return cached;
  const { datedCount, startDay } = index;
  const bins = makeTimeBins(startDay[0] as number, startDay[datedCount - 1] as number, unit);
  const binOfPosition = new Int32Array(index.size).fill(-1);
  const allPerBin = new Uint32Array(bins.starts.length);
  let bin = 0;
  for (let p = 0; p < datedCount; p++) {
    const day = startDay[p] as number;
    // Days ascend with positions, so the bin only moves forward.
    while (bin + 1 < bins.starts.length && day >= (bins.starts[bin + 1] as number)) bin++;
    binOfPosition[p] = bin;
    allPerBin[bin] = (allPerBin[bin] as number) + 1;
  }
  const binning = { bins, binOfPosition, allPerBin };
  byIndex.set(index, { ...byIndex.get(index), [unit]: binning });
  return binning;
}
