import type { DatasetMetadata } from "../../domain/event.ts";
import type { RegionLocator } from "../../domain/region-locator.ts";
import type { LoadProblem } from "../load-problem.ts";
import { type DatasetFormat, type DatasetResult, validateDataset } from "../validate-dataset.ts";
import { type FileDescription, OutsideSyriaTally } from "./file-description.ts";

/** One row (CSV) or feature (GeoJSON) of a peer file, turned into a format v1 record or not. */
export interface ImportedRow {
  /** The record built from the row, still to be validated; null when the row could not be mapped. */
  record: Record<string, unknown> | null;
  /** What the mapping found: errors (the row is skipped) and warnings (kept, with a note). */
  problems: LoadProblem[];
  /** The row names a country other than Syria: it is counted in one grouped line, not reported alone. */
  outside?: string;
  /** HDX's hashtag row (HXL): a second header row, not a record. */
  hashtagRow?: boolean;
}

function byIndex(a: LoadProblem, b: LoadProblem): number {
  return (a.index ?? -1) - (b.index ?? -1);
}

/**
 * Validates rows mapped from a peer format exactly as a format v1 file is validated (same
 * schema, dates, region and duplicate checks), keeping row positions: problem `index` is the
 * row's position among the file's data rows (0-based; the header is not a row).
 */
export function validateImportedRows(
  format: DatasetFormat,
  metadata: DatasetMetadata | Record<string, unknown>,
  rows: readonly ImportedRow[],
  file: string,
  locator: RegionLocator,
  fileProblems: readonly LoadProblem[] = [],
  onProgress?: (done: number, total: number) => void,
  description?: FileDescription,
): DatasetResult {
  const unmapped = new Set<number>();
  const records: unknown[] = new Array(rows.length);
  const problems: LoadProblem[] = [...fileProblems];
  const outside = new OutsideSyriaTally();
  let hashtagRows = 0;
  rows.forEach((row, index) => {
    // A placeholder keeps every later record at its row's position; its schema error is dropped.
    records[index] = row.record;
    if (row.record === null) unmapped.add(index);
    if (row.outside !== undefined) outside.add(row.outside);
    if (row.hashtagRow) hashtagRows++;
    for (const problem of row.problems) problems.push(problem);
  });
  const result = validateDataset({ ...metadata, events: records }, file, locator, onProgress);
  if (!result.ok) return result;
  for (const problem of result.problems)
    if (problem.index === undefined || !unmapped.has(problem.index)) problems.push(problem);
  problems.sort(byIndex);
  const outsideSyria = outside.result();
  return {
    ...result,
    format,
    problems,
    recordCount: rows.length - hashtagRows,
    ...(outsideSyria ? { outsideSyria } : {}),
    ...(description ? { description: hashtagRows ? { ...description, hashtagRowDropped: true } : description } : {}),
  };
}
