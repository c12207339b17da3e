import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binningFor } from "../../src/domain/binning.ts";
import { binSpan, COMPARE_DIMENSIONS, comparedValues, compareSeries } from "../../src/domain/compare-series.ts";
import { EVENT_TYPES, type SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { NO_FILTERS } from "../../src/domain/filters.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";
import { queryEvents } from "../../src/domain/query-events.ts";
import type { BinUnit } from "../../src/domain/time-bins.ts";
import { arbitraryEvent, arbitraryEvents } from "../support/random-events.ts";

const UNITS: BinUnit[] = ["day", "week", "month", "year"];

/** The period key of a day in a unit, computed from the calendar date (the naive way). */
function periodOf(day: number, unit: BinUnit): string {
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === "year") return `${y}`;
  if (unit === "month") return `${y}-${m}`;
  if (unit === "day") return `${day}`;
  const monday = day - ((date.getUTCDay() + 6) % 7);
  return `w${monday}`;
}

const valuesHeld = (event: SecurityEvent, dimension: string): string[] =>
  dimension === "region" ? (event.admin1 ? [event.admin1] : []) : dimension === "type" ? [event.type] : event.actors;

describe("binning by a chosen unit", () => {
  it("puts every dated event in the bin of its period, for every unit", () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.constantFrom(...UNITS), (events, unit) => {
        const index = buildEventIndex(events);
        const binning = binningFor(index, unit);
        if (!binning.bins) return;
        expect(binning.bins.unit).toBe(unit);
        const perPeriod = new Map<string, number>();
        for (const e of events)
          if (e.startDay !== null)
            perPeriod.set(periodOf(e.startDay, unit), (perPeriod.get(periodOf(e.startDay, unit)) ?? 0) + 1);
        const fromBins = new Map<string, number>();
        binning.bins.starts.forEach((start, i) => {
          const count = binning.allPerBin[i] as number;
          if (count > 0) fromBins.set(periodOf(start, unit), count);
        });
        expect(fromBins).toEqual(perPeriod);
      }),
      { numRuns: 200 },
    );
  });
});

describe("compare series", () => {
  it("count, per value and period, exactly the matching events holding that value (naive count)", () => {
    fc.assert(
      fc.property(
        arbitraryEvents,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...COMPARE_DIMENSIONS),
        fc.option(fc.integer({ min: 20_000, max: 20_400 }), { nil: null }),
        fc.uniqueArray(fc.constantFrom(...GOVERNORATE_CODES), { maxLength: 3 }),
        (events, unit, dimension, from, regions) => {
          const index = buildEventIndex(events);
          const binning = binningFor(index, unit);
          const filters = { ...NO_FILTERS, from, regions };
          const query = queryEvents(index, filters, null, index.textSearch(), binning);
          const span = binSpan(binning, from, null);
          if (!span || !binning.bins) return;
          const bins = binning.bins;
          const values = comparedValues(index, dimension, [], query.counts);
          const candidates =
            dimension === "region" ? [...GOVERNORATE_CODES] : dimension === "type" ? [...EVENT_TYPES] : ["SDF", "Army"];
          const compared = [...new Set([...values, ...candidates.slice(0, 3)])];
          const result = compareSeries(index, binning, query.positions, dimension, compared, span);
          const matches = events.filter(
            (e) =>
              e.startDay !== null &&
              (from === null || e.startDay >= from) &&
              (regions.length === 0 || (e.admin1 !== null && regions.includes(e.admin1))),
          );
          result.series.forEach((series) => {
            const expected = new Map<string, number>();
            for (const e of matches)
              if (valuesHeld(e, dimension).includes(series.value)) {
                const key = periodOf(e.startDay as number, unit);
                expected.set(key, (expected.get(key) ?? 0) + 1);
              }
            const actual = new Map<string, number>();
            for (let b = span[0]; b <= span[1]; b++) {
              const count = series.perBin[b - span[0]] as number;
              if (count > 0) actual.set(periodOf(bins.starts[b] as number, unit), count);
            }
            expect(actual, series.value).toEqual(expected);
          });
          const max = Math.max(0, ...result.series.flatMap((s) => [...s.perBin]));
          expect(result.max).toBe(max);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("compares the chosen values when two or more are chosen, else the most frequent", () => {
    const events = fc.sample(arbitraryEvent, { numRuns: 40, seed: 18 }).map((e, i) => ({ ...e, id: `e${i}` }));
    const index = buildEventIndex(events);
    const query = queryEvents(index, NO_FILTERS);
    expect(comparedValues(index, "region", ["SY-DI", "SY-HL"], query.counts)).toEqual(["SY-DI", "SY-HL"]);
    const top = comparedValues(index, "type", [], query.counts);
    expect(top.length).toBeLessThanOrEqual(4);
    const counts = top.map((t) => events.filter((e) => e.type === t).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
