import type { SourceKind } from "./source-formats.ts";
import type { DateStyle } from "./spreadsheet-dates.ts";

/** How a text file's bytes were decoded, named in the load report. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252" | "windows-1256";

export type CsvDelimiter = "," | ";" | "\t" | "|";

/**
 * What the loader found a file to be, beyond its format key: the container, the source format
 * with its layout and release, how it writes dates, its encoding and its delimiter. Data only:
 * the load report words it in the reader's language.
 */
export interface FileDescription {
  container: "csv" | "geojson" | "json" | "xlsx";
  /** The sheet read, for a workbook (its first). */
  sheet?: string;
  encoding: TextEncoding;
  delimiter?: CsvDelimiter;
  source?: {
    kind: SourceKind;
    /** AcledLayout or UcdpLayout. */
    layout: string;
    /** A UCDP release read from the file's name ("23.1", "26.0.7"), when it names one. */
    release: string | null;
    dateStyle: DateStyle | null;
  };
  /** HDX's second header row of HXL hashtags was found and dropped. */
  hashtagRowDropped?: boolean;
}

/** Rows a file places outside Syria, counted by the country it names: one line in the report. */
export interface OutsideSyria {
  rows: number;
  /** Most rows first. */
  countries: { name: string; rows: number }[];
}

/** Counts rows outside Syria by country, in any order, for one grouped line. */
export class OutsideSyriaTally {
  private readonly counts = new Map<string, number>();
  private total = 0;

  add(country: string): void {
    this.counts.set(country, (this.counts.get(country) ?? 0) + 1);
    this.total++;
  }

  get rows(): number {
    return this.total;
  }

  result(): OutsideSyria | undefined {
    if (this.total === 0) return undefined;
    const countries = [...this.counts].map(([name, rows]) => ({ name, rows }));
    countries.sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
    return { rows: this.total, countries };
  }
}
