import { csvLine } from "../../data/export/csv-layout.ts";
import { UTF8_BOM } from "../../data/export/to-formats.ts";
import type { Comparison } from "../../domain/compare-series.ts";
import { formatDay } from "../../domain/dates.ts";
import type { TimeBins } from "../../domain/time-bins.ts";

/** A bin's period as a machine-readable key: 2025-03-17 (day, week start), 2025-03 (month), 2025 (year). */
export function periodKey(bins: TimeBins, bin: number): string {
  const day = formatDay(bins.starts[bin] as number);
  return bins.unit === "month" ? day.slice(0, 7) : bins.unit === "year" ? day.slice(0, 4) : day;
}

/** The comparison as CSV: one row per period, one column per series, a total row last. */
export function comparisonCsv(comparison: Comparison, bins: TimeBins, seriesNames: readonly string[]): string {
  const header = csvLine([`period (${bins.unit})`, ...seriesNames]);
  const rows: string[] = [];
  for (let b = comparison.firstBin; b <= comparison.lastBin; b++)
    rows.push(
      csvLine([periodKey(bins, b), ...comparison.series.map((s) => String(s.perBin[b - comparison.firstBin] ?? 0))]),
    );
  rows.push(csvLine(["total", ...comparison.series.map((s) => String(s.total))]));
  return `${UTF8_BOM}${[header, ...rows].join("\r\n")}\r\n`;
}
