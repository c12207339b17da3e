import type { RegionLocator } from "../../domain/region-locator.ts";
import { CSV_FORMAT_LABEL, OWN_CSV_REQUIRED_COLUMNS } from "../export/csv-layout.ts";
import type { FatalLoadError, LoadProblem } from "../load-problem.ts";
import { DATASET_FORMATS, type DatasetFormat, type DatasetResult, validateDataset } from "../validate-dataset.ts";
import { ACLED_REQUIRED_COLUMNS, acledRow } from "./acled.ts";
import { type CsvTable, readCsv, readCsvHeader } from "./csv-table.ts";
import { geoJsonFeature, geoJsonMetadata, replacementCharProblem } from "./geojson.ts";
import { isPlainObject, listForMessage, own, quote, stripBom } from "./import-text.ts";
import { ownCsvRow } from "./own-csv.ts";
import { UCDP_REQUIRED_COLUMNS, ucdpRow } from "./ucdp.ts";
import { type ImportedRow, validateImportedRows } from "./validate-imported.ts";

/**
 * The key the app's own CSV loads under. DATASET_FORMATS has no entry for it yet; until it
 * does (`"csv-v1": CSV_FORMAT_LABEL`), such files report the format v1 key, which they are.
 */
export const OWN_CSV_FORMAT: DatasetFormat = (
  Object.hasOwn(DATASET_FORMATS, "csv-v1") ? "csv-v1" : "json-v1"
) as DatasetFormat;

/** What `parseDatasetFile` reads, for messages. */
export const SUPPORTED_FORMATS_TEXT = [
  DATASET_FORMATS["json-v1"],
  `${DATASET_FORMATS.geojson} of Points`,
  `${DATASET_FORMATS["acled-csv"]} (columns ${ACLED_REQUIRED_COLUMNS.slice(0, 4).join(", ")}, …)`,
  `${DATASET_FORMATS["ucdp-csv"]} (columns ${UCDP_REQUIRED_COLUMNS.slice(0, 4).join(", ")}, …)`,
  `${CSV_FORMAT_LABEL}, as this app exports it (columns ${OWN_CSV_REQUIRED_COLUMNS.join(", ")}, …)`,
].join("; ");

type CsvLayout = { format: DatasetFormat; label: string; required: readonly string[]; map: typeof ucdpRow };

/** CSV layouts, tried in this order: the first whose required columns are all present wins. */
const CSV_LAYOUTS: readonly CsvLayout[] = [
  { format: "ucdp-csv", label: DATASET_FORMATS["ucdp-csv"], required: UCDP_REQUIRED_COLUMNS, map: ucdpRow },
  { format: "acled-csv", label: DATASET_FORMATS["acled-csv"], required: ACLED_REQUIRED_COLUMNS, map: acledRow },
  { format: OWN_CSV_FORMAT, label: CSV_FORMAT_LABEL, required: OWN_CSV_REQUIRED_COLUMNS, map: ownCsvRow },
];

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(baseName(fileName).split("?")[0] ?? "");
  return match ? (match[1] as string).toLowerCase() : "";
}

function fatal(file: string, message: string, hint: string): DatasetResult {
  return { ok: false, error: { file, message, hint } satisfies FatalLoadError };
}

function unknownFormat(file: string, recognised: string, hint?: string): DatasetResult {
  return fatal(
    file,
    `The format of this file was not recognised: ${recognised}`,
    hint ?? `This app reads: ${SUPPORTED_FORMATS_TEXT}. See the README ("Bring your own data").`,
  );
}

interface NotText {
  what: string;
  hint: string;
}

const SAVE_AS_CSV =
  "Save the sheet as CSV (UTF-8) in your spreadsheet program (in Excel: Save As, CSV UTF-8) and load that file.";

/** A file that is not UTF-8 text at all: a workbook, a PDF, UTF-16 text, binary data. */
function notText(text: string): NotText | null {
  if (text.startsWith("PK\u0003\u0004"))
    return { what: "a ZIP archive or an Excel/OpenDocument workbook", hint: SAVE_AS_CSV };
  if (text.startsWith("%PDF"))
    return { what: "a PDF document", hint: `This app reads text files: ${SUPPORTED_FORMATS_TEXT}.` };
  const head = text.slice(0, 4096);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) nul++;
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  // UTF-16 (Excel's "Unicode Text") read as UTF-8: every other character is NUL.
  if (head.length > 0 && nul / head.length > 0.2)
    return { what: 'text saved as UTF-16 ("Unicode Text"), not UTF-8', hint: SAVE_AS_CSV };
  if (head.length > 0 && (nul + control) / head.length > 0.1)
    return { what: "binary data, not text", hint: `This app reads text files: ${SUPPORTED_FORMATS_TEXT}.` };
  return null;
}

function parseJson(text: string, file: string, locator: RegionLocator, onProgress?: Progress): DatasetResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const tooDeep = error instanceof RangeError || /recursion|call stack|too deep/i.test(String(error));
    return fatal(
      file,
      tooDeep
        ? "The file is nested too deeply to be read (JSON inside JSON, thousands of levels down)."
        : `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      tooDeep
        ? "A dataset is a flat list of events; this file is broken or was made to break readers."
        : "Open it in a JSON validator or editor to find the broken line, or export it again.",
    );
  }
  if (isPlainObject(data)) {
    const type = own(data, "type");
    if (type === "FeatureCollection" || type === "Feature") return parseGeoJson(data, file, locator, onProgress);
    if (Array.isArray(own(data, "events"))) {
      const result = validateDataset(data, file, locator, onProgress);
      if (!result.ok || !text.includes("\uFFFD")) return result;
      const events = own(data, "events") as unknown[];
      const extra: LoadProblem[] = [];
      events.forEach((record, index) => {
        const id = isPlainObject(record) && typeof record.id === "string" ? record.id.slice(0, 120) : undefined;
        const problem = replacementCharProblem(record, index, id);
        if (problem) extra.push(problem);
      });
      return { ...result, problems: [...result.problems, ...extra].sort((a, b) => (a.index ?? -1) - (b.index ?? -1)) };
    }
    const keys = Object.keys(data);
    return unknownFormat(
      file,
      keys.length
        ? `it is JSON, an object with ${keys.length === 1 ? "the member" : "members"} ${listForMessage(keys)}, but no "events" array and no GeoJSON "type".`
        : "it is JSON, but an empty object.",
      'A dataset (format v1) is a JSON object with a "title" and an "events" array; a GeoJSON file is a "FeatureCollection". Both are described in the README.',
    );
  }
  if (Array.isArray(data))
    return unknownFormat(
      file,
      `it is JSON, but a bare array (of ${data.length} item${data.length === 1 ? "" : "s"}), not a dataset object.`,
      'If these are event records, wrap them: { "title": "…", "events": [ … ] } (format v1, described in the README).',
    );
  return unknownFormat(file, `it is JSON holding a single ${data === null ? "null" : typeof data}, not a dataset.`);
}

type Progress = (done: number, total: number) => void;

function parseGeoJson(
  data: Record<string, unknown>,
  file: string,
  locator: RegionLocator,
  onProgress?: Progress,
): DatasetResult {
  const features = own(data, "type") === "Feature" ? [data] : own(data, "features");
  if (!Array.isArray(features))
    return fatal(
      file,
      'The file is a GeoJSON FeatureCollection without a "features" array.',
      'Export it again from the tool that made it; a FeatureCollection lists its features in "features".',
    );
  const rows = features.map((feature, index) => geoJsonFeature(feature, index));
  return validateImportedRows("geojson", geoJsonMetadata(data, file), rows, file, locator, [], onProgress);
}

function csvMetadata(layout: CsvLayout, file: string): Record<string, unknown> {
  const name = baseName(file);
  if (layout.format === "ucdp-csv")
    return {
      title: `UCDP GED: ${name}`.slice(0, 300),
      description: `Imported from ${name}, a UCDP Georeferenced Event Dataset (GED) file: organised violence (state-based, non-state and one-sided), not only security operations. Each event links to its page on ucdp.uu.se.`,
      sources: [
        "Uppsala Conflict Data Program, Georeferenced Event Dataset (Sundberg and Melander 2013, Journal of Peace Research 50(4)); cite the dataset and its codebook.",
      ],
    };
  if (layout.format === "acled-csv")
    return {
      title: `ACLED: ${name}`.slice(0, 300),
      description: `Imported from ${name}, an ACLED export. ACLED publishes no page per event: each event cites acleddata.com and the sources ACLED names.`,
      sources: [
        "Armed Conflict Location & Event Data (ACLED), acleddata.com; follow ACLED's terms of use and attribution.",
      ],
    };
  return { title: name.replace(/\.csv$/i, "").slice(0, 300) || "Dataset" };
}

function parseCsv(text: string, file: string, locator: RegionLocator, onProgress?: Progress): DatasetResult {
  const header = readCsvHeader(text);
  const columns = (header ?? []).filter((c) => c !== "");
  const present = new Set(columns);
  const layout = CSV_LAYOUTS.find((candidate) => candidate.required.every((column) => present.has(column)));
  if (!layout) {
    if (columns.length < 2) {
      const ext = extensionOf(file);
      return unknownFormat(
        file,
        `${ext === "json" || ext === "geojson" ? `it is named .${ext} but is not JSON` : "it is not JSON"}, and its first line (${quote(columns[0] ?? "")}) is not a CSV header.`,
      );
    }
    const nearest = CSV_LAYOUTS.map((candidate) => ({
      candidate,
      missing: candidate.required.filter((column) => !present.has(column)),
    })).sort((a, b) => a.missing.length - b.missing.length)[0];
    const near =
      nearest && nearest.missing.length < nearest.candidate.required.length / 2
        ? ` It is closest to ${nearest.candidate.label}, which also needs ${listForMessage(nearest.missing)}.`
        : "";
    return unknownFormat(
      file,
      `it looks like CSV with ${columns.length} columns (${listForMessage(columns)}), but not the columns of a layout this app reads.${near}`,
    );
  }
  const table: CsvTable = readCsv(text);
  const rows: ImportedRow[] = new Array(table.rows.length);
  for (let index = 0; index < table.rows.length; index++) rows[index] = layout.map(table, index);
  return validateImportedRows(
    layout.format,
    csvMetadata(layout, file),
    rows,
    file,
    locator,
    table.fileProblems,
    onProgress,
  );
}

/**
 * Reads a dataset file in any format the app knows, recognised from its content (the name is
 * only used in messages): format v1 JSON, GeoJSON, ACLED CSV, UCDP GED CSV, or the app's own
 * CSV. Returns the same result as `parseDatasetText`, with `format` set. Never throws: a file
 * that cannot be read at all is one fatal error saying what was recognised and what is supported.
 * Pure (no DOM): runs in a Web Worker as well as on the page.
 */
export function parseDatasetFile(
  text: string,
  fileName: string,
  locator: RegionLocator,
  onProgress?: Progress,
): DatasetResult {
  try {
    return parseAny(text, fileName, locator, onProgress);
  } catch (error) {
    // Nothing above is expected to throw; if a file still finds a way, it is reported, not thrown.
    return fatal(
      fileName,
      `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      "The file may be malformed in a way the reader did not foresee. Check it in an editor, or export it again.",
    );
  }
}

/** A JSON text holding one number, string, boolean or null (recognised to say so, not to load). */
function isJsonScalar(text: string): boolean {
  if (!/^["\d\-tfn]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseAny(raw: string, fileName: string, locator: RegionLocator, onProgress?: Progress): DatasetResult {
  const text = stripBom(raw);
  if (text.trim() === "")
    return fatal(
      fileName,
      "The file is empty.",
      "Check that the right file was chosen, and that it was saved completely.",
    );
  const binary = notText(text);
  if (binary) return unknownFormat(fileName, `it looks like ${binary.what}.`, binary.hint);
  const start = text.trimStart();
  const first = start[0];
  if (first === "{" || first === "[" || (first !== undefined && isJsonScalar(start)))
    return parseJson(text, fileName, locator, onProgress);
  if (first === "<")
    return unknownFormat(
      fileName,
      /^<(!doctype html|html|head|body)/i.test(start)
        ? "it is a web page (HTML), not a data file."
        : "it is markup (XML or HTML), not JSON or CSV.",
      "If it came from an address, the address points to a page rather than to the file itself: use the file's direct link.",
    );
  return parseCsv(text, fileName, locator, onProgress);
}
