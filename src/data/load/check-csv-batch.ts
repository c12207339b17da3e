import type { RegionLocator } from "../../domain/region-locator.ts";
import { type CsvTable, readCsv } from "../import/csv-table.ts";
import { ownCsvRow } from "../import/own-csv.ts";
import { mapCsvSourceRow } from "../import/parse-dataset-file.ts";
import type { RowPlan } from "../import/source-formats.ts";
import { checkRecordContent } from "../validate-dataset.ts";
import { type CheckedBatch, CheckedBatchBuilder } from "./check-batch.ts";
import type { CsvNewline } from "./csv-rows-scanner.ts";

/** How a CSV file's rows become records: a source format's mapper with the file's plan, or the app's own CSV. */
export type CsvRowsLayout = { kind: "source"; plan: RowPlan } | { kind: "own" };

/** How every batch of one file is read: settled once, from the file's first bytes. */
export interface CsvReading {
  /** The header line as read, line end included: each batch is read under it, as the whole file would be. */
  headerText: string;
  delimiter: string;
  newline: CsvNewline;
}

/** Rows of a CSV file to check: whole rows, cut where the scanner found a row's end. */
export interface CsvBatchJob {
  reading: CsvReading;
  layout: CsvRowsLayout;
  bytes: Uint8Array;
}

/** A checked batch of CSV rows. Row positions (`from`, problem indexes) count from the batch's first row until it is admitted. */
export interface CheckedCsvBatch extends CheckedBatch {
  /** Per row placed outside Syria, its country (counted into one grouped line). */
  outside: string[];
  /** HDX hashtag rows dropped: a second header, not records. */
  hashtagRows: number;
}

/**
 * Parses a batch of rows under the file's header. Null when the bytes are not UTF-8 (the whole
 * file is then decoded another way) or a quote is broken (PapaParse would read on across the cut).
 */
export function readCsvBatch(reading: CsvReading, bytes: Uint8Array, decoder: TextDecoder): CsvTable | null {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  const table = readCsv(reading.headerText + text, reading);
  return table.quotesBroken ? null : table;
}

/** Maps and checks parsed rows, exactly as the whole-file reader does row by row. */
export function checkCsvRows(table: CsvTable, layout: CsvRowsLayout, locator: RegionLocator): CheckedCsvBatch {
  const count = table.rows.length;
  const batch = new CheckedBatchBuilder(count);
  const outside: string[] = [];
  let hashtagRows = 0;
  for (let index = 0; index < count; index++) {
    const row = layout.kind === "source" ? mapCsvSourceRow(layout.plan, table, index) : ownCsvRow(table, index);
    if (row.outside !== undefined) outside.push(row.outside);
    if (row.hashtagRow) hashtagRows++;
    for (const problem of row.problems) batch.mappingProblems.push(problem);
    batch.add(index, row.record === null ? null : checkRecordContent(row.record, index, locator), null);
  }
  return { ...batch.finish(0), outside, hashtagRows };
}

/** What a helper thread does with a batch of CSV rows; null when the file must be read whole. */
export function checkCsvBatch(job: CsvBatchJob, locator: RegionLocator, decoder: TextDecoder): CheckedCsvBatch | null {
  const table = readCsvBatch(job.reading, job.bytes, decoder);
  return table && checkCsvRows(table, job.layout, locator);
}
