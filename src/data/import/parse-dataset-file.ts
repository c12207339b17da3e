import type { RegionLocator } from "../../domain/region-locator.ts";
import { CSV_FORMAT_LABEL, OWN_CSV_REQUIRED_COLUMNS } from "../export/csv-layout.ts";
import { type FatalLoadError, fatalError, type LoadProblem } from "../load-problem.ts";
import { replacementCharProblem } from "../replacement-char.ts";
import { DATASET_FORMATS, type DatasetFormat, type DatasetResult, validateDataset } from "../validate-dataset.ts";
import { ACLED_REQUIRED_COLUMNS } from "./acled.ts";
import { type CsvTable, guessDelimiter, readCsv, readCsvHeader, rowShapeProblems } from "./csv-table.ts";
import type { CsvDelimiter, FileDescription, OutsideSyria, TextEncoding } from "./file-description.ts";
import { geoJsonFeature, geoJsonMetadata } from "./geojson.ts";
import { isPlainObject, listForMessage, own, quote, stripBom } from "./import-text.ts";
import { ownCsvRow } from "./own-csv.ts";
import {
  type DetectedSource,
  detectSource,
  isCandidateRelease,
  mapSourceRow,
  planRows,
  type RowPlan,
} from "./source-formats.ts";
import { notAnEventGeoJson, sourceRowsOfFeatures } from "./source-geojson.ts";
import { decodeText } from "./text-encoding.ts";
import { UCDP_REQUIRED_COLUMNS } from "./ucdp.ts";
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

type CsvLayout = { format: DatasetFormat; label: string; required: readonly string[] };

/** CSV layouts, for messages about a file that is none of them (source formats are detected by detectSource). */
const CSV_LAYOUTS: readonly CsvLayout[] = [
  { format: "ucdp-csv", label: DATASET_FORMATS["ucdp-csv"], required: UCDP_REQUIRED_COLUMNS },
  { format: "acled-csv", label: DATASET_FORMATS["acled-csv"], required: ACLED_REQUIRED_COLUMNS },
  { format: OWN_CSV_FORMAT, label: CSV_FORMAT_LABEL, required: OWN_CSV_REQUIRED_COLUMNS },
];

/** Rows read to decide a file's date order (see source-formats.ts). */
export const PLAN_SAMPLE_ROWS = 2000;

export function baseName(fileName: string): string {
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

function parseJson(
  text: string,
  file: string,
  locator: RegionLocator,
  encoding: TextEncoding,
  onProgress?: Progress,
): DatasetResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const tooDeep = error instanceof RangeError || /recursion|call stack|too deep/i.test(String(error));
    return {
      ok: false,
      error: fatalError(
        file,
        tooDeep
          ? { code: "fatal.too-deep", params: {} }
          : { code: "fatal.not-json", params: { detail: error instanceof Error ? error.message : String(error) } },
      ),
    };
  }
  if (isPlainObject(data)) {
    const type = own(data, "type");
    if (type === "FeatureCollection" || type === "Feature")
      return parseGeoJson(data, file, locator, encoding, onProgress);
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
  encoding: TextEncoding,
  onProgress?: Progress,
): DatasetResult {
  const features = own(data, "type") === "Feature" ? [data] : own(data, "features");
  if (!Array.isArray(features))
    return fatal(
      file,
      'The file is a GeoJSON FeatureCollection without a "features" array.',
      'Export it again from the tool that made it; a FeatureCollection lists its features in "features".',
    );
  const collectionName = own(data, "name");
  const source = sourceRowsOfFeatures(
    features,
    `${baseName(file)} ${typeof collectionName === "string" ? collectionName : ""}`,
  );
  if (source) {
    const plan = planRows(source.detected, source.rows.slice(0, PLAN_SAMPLE_ROWS));
    const rows = source.rows.map((row, index) => {
      const problem = source.unreadable.get(index);
      return problem ? { record: null, problems: [problem] } : mapSourceRow(plan, row, index);
    });
    return sourceResult(source.detected, plan.dates.style, rows, file, locator, [], onProgress, {
      container: "geojson",
      encoding,
    });
  }
  const refusal = notAnEventGeoJson(features);
  if (refusal) return unknownFormat(file, refusal.found, refusal.hint);
  const rows = features.map((feature, index) => geoJsonFeature(feature, index));
  return validateImportedRows("geojson", geoJsonMetadata(data, file), rows, file, locator, [], onProgress, {
    container: "geojson",
    encoding,
  });
}

/** The source format in a message: "ACLED, pre-2019 layout", "UCDP GED 23.1", "UCDP Candidate 26.0.7". */
function sourceName(detected: DetectedSource): string {
  if (detected.source === "acled") return `ACLED, ${detected.layout} layout`;
  if (!detected.release) return `UCDP GED, ${detected.layout === "ged-19" ? "19.1" : "20.1+"} layout`;
  return isCandidateRelease(detected.release) ? `UCDP Candidate ${detected.release}` : `UCDP GED ${detected.release}`;
}

export const FORMAT_OF_SOURCE = { acled: "acled-csv", ucdp: "ucdp-csv" } as const;

/**
 * Validates mapped source rows and describes the file. A file none of whose rows is in Syria
 * is refused in one sentence naming the countries it holds: loading it would show nothing.
 */
function sourceResult(
  detected: DetectedSource,
  dateStyle: NonNullable<FileDescription["source"]>["dateStyle"],
  rows: ImportedRow[],
  file: string,
  locator: RegionLocator,
  fileProblems: LoadProblem[],
  onProgress: Progress | undefined,
  container: Omit<FileDescription, "source">,
): DatasetResult {
  const format = FORMAT_OF_SOURCE[detected.source];
  const description: FileDescription = {
    ...container,
    source: { kind: detected.source, layout: detected.layout, release: detected.release, dateStyle },
  };
  const result = validateImportedRows(
    format,
    sourceMetadata(detected, file),
    rows,
    file,
    locator,
    fileProblems,
    onProgress,
    description,
  );
  return (result.ok && noEventInSyria(detected, container, file, result)) || result;
}

/**
 * A file none of whose rows is in Syria is refused in one sentence naming the countries it
 * holds: loading it would show nothing. Null when some row is in Syria.
 */
export function noEventInSyria(
  detected: DetectedSource,
  container: Omit<FileDescription, "source">,
  file: string,
  result: { events: { length: number }; outsideSyria?: OutsideSyria | undefined; recordCount: number },
): DatasetResult | null {
  if (result.events.length === 0 && result.outsideSyria && result.outsideSyria.rows === result.recordCount)
    return fatal(
      file,
      `This file (${sourceName(detected)}${container.container === "geojson" ? " as GeoJSON" : ""}) has no event in Syria: its ${result.recordCount.toLocaleString("en")} rows are in ${listForMessage(
        result.outsideSyria.countries.map((c) => `${c.name} (${c.rows.toLocaleString("en")})`),
        6,
      )}.`,
      "This map shows events in Syria. Export the Syria rows from ACLED or UCDP (filter by country) and load that file.",
    );
  return null;
}

export function sourceMetadata(detected: DetectedSource, file: string): Record<string, unknown> {
  const name = baseName(file);
  if (detected.source === "ucdp")
    return {
      title: `UCDP GED: ${name}`.slice(0, 300),
      description: `Imported from ${name}, a UCDP Georeferenced Event Dataset (GED) file: organised violence (state-based, non-state and one-sided), not only security operations. Each event links to its page on ucdp.uu.se.`,
      sources: [
        "Uppsala Conflict Data Program, Georeferenced Event Dataset (Sundberg and Melander 2013, Journal of Peace Research 50(4)); cite the dataset and its codebook.",
      ],
    };
  return {
    title: `ACLED: ${name}`.slice(0, 300),
    description: `Imported from ${name}, an ACLED export. ACLED publishes no page per event: each event cites acleddata.com and the sources ACLED names.`,
    sources: [
      "Armed Conflict Location & Event Data (ACLED), acleddata.com; follow ACLED's terms of use and attribution.",
    ],
  };
}

/** One row of a source-format CSV (ACLED, UCDP): a broken row is not mapped; its warnings come first. */
export function mapCsvSourceRow(plan: RowPlan, table: CsvTable, index: number): ImportedRow {
  const shape = rowShapeProblems(table, index, undefined);
  if (shape.some((p) => p.severity === "error")) return { record: null, problems: shape };
  const mapped = mapSourceRow(plan, table.rows[index] as CsvTable["rows"][number], index);
  return shape.length && mapped.outside === undefined
    ? { ...mapped, problems: [...shape, ...mapped.problems] }
    : mapped;
}

/** The app's own CSV: named after the file. */
export function ownCsvMetadata(file: string): Record<string, unknown> {
  return {
    title:
      baseName(file)
        .replace(/\.csv$/i, "")
        .slice(0, 300) || "Dataset",
  };
}

function parseCsv(
  text: string,
  file: string,
  locator: RegionLocator,
  encoding: TextEncoding,
  onProgress?: Progress,
): DatasetResult {
  const header = readCsvHeader(text);
  const columns = (header ?? []).filter((c) => c !== "");
  const present = new Set(columns);
  const container: Omit<FileDescription, "source"> = {
    container: "csv",
    encoding,
    delimiter: guessDelimiter(text) as CsvDelimiter,
  };
  const detected = detectSource(columns, baseName(file));
  if (detected) {
    const table = readCsv(text);
    const plan = planRows(detected, table.rows.slice(0, PLAN_SAMPLE_ROWS));
    const rows: ImportedRow[] = new Array(table.rows.length);
    for (let index = 0; index < table.rows.length; index++) rows[index] = mapCsvSourceRow(plan, table, index);
    return sourceResult(detected, plan.dates.style, rows, file, locator, table.fileProblems, onProgress, container);
  }
  const layout = CSV_LAYOUTS.find(
    (candidate) => candidate.format === OWN_CSV_FORMAT && candidate.required.every((column) => present.has(column)),
  );
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
  for (let index = 0; index < table.rows.length; index++) rows[index] = ownCsvRow(table, index);
  return validateImportedRows(
    layout.format,
    ownCsvMetadata(file),
    rows,
    file,
    locator,
    table.fileProblems,
    onProgress,
    container,
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
  encoding: TextEncoding = text.charCodeAt(0) === 0xfeff ? "utf-8-bom" : "utf-8",
): DatasetResult {
  try {
    return parseAny(text, fileName, locator, encoding, onProgress);
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

/**
 * Reads a dataset file from its bytes, as the app does: a workbook, a dBase table or other
 * binary file is refused by its signature; text is decoded (UTF-8 with or without its mark,
 * UTF-16 with its mark, else Windows-1252) and the encoding is named in the load report.
 */
export function parseDatasetBytes(
  bytes: Uint8Array,
  fileName: string,
  locator: RegionLocator,
  onProgress?: Progress,
): DatasetResult {
  const binary = binaryKind(bytes, extensionOf(fileName));
  if (binary) return unknownFormat(fileName, `it is ${binary.what}.`, binary.hint);
  const { text, encoding } = decodeText(bytes);
  return parseDatasetFile(text, fileName, locator, onProgress, encoding);
}

const DBASE_VERSIONS = new Set([0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8b, 0xcb, 0xf5, 0xfb]);

/** A dBase table (a shapefile's attributes): version byte, a plausible date, 32-byte field entries ending in 0x0D. */
function isDbase(bytes: Uint8Array): boolean {
  if (bytes.length < 65 || !DBASE_VERSIONS.has(bytes[0] as number)) return false;
  const month = bytes[2] as number;
  const day = bytes[3] as number;
  const headerLength = (bytes[8] as number) | ((bytes[9] as number) << 8);
  if (month < 1 || month > 12 || day < 1 || day > 31 || headerLength < 65 || headerLength > bytes.length) return false;
  return bytes[headerLength - 1] === 0x0d || bytes[headerLength - 264] === 0x0d;
}

const SAVE_SHEET_AS_CSV =
  "Open it in your spreadsheet program and save the sheet with the events as CSV (in Excel: File > Save As > CSV UTF-8), then load that file.";

/** Files recognised by their first bytes as something other than text: said plainly, with what to do. */
function binaryKind(bytes: Uint8Array, extension: string): NotText | null {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip && (extension === "xlsx" || extension === "xlsm"))
    return { what: "an Excel workbook (.xlsx), not a CSV or JSON file", hint: SAVE_SHEET_AS_CSV };
  if (zip && extension === "ods")
    return { what: "an OpenDocument spreadsheet (.ods), not a CSV or JSON file", hint: SAVE_SHEET_AS_CSV };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { what: "an Excel 97–2003 workbook (.xls), not a CSV or JSON file", hint: SAVE_SHEET_AS_CSV };
  if (isDbase(bytes) || extension === "dbf")
    return {
      what: "a dBase table (.dbf), the attribute table of a shapefile, not an event file",
      hint: "A .dbf holds no coordinates. Export the layer as GeoJSON or CSV (in QGIS: Export > Save Features As), then load that file; it is read if its columns are ACLED's or UCDP's.",
    };
  return null;
}

function parseAny(
  raw: string,
  fileName: string,
  locator: RegionLocator,
  encoding: TextEncoding,
  onProgress?: Progress,
): DatasetResult {
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
    return parseJson(text, fileName, locator, encoding, onProgress);
  if (first === "<")
    return unknownFormat(
      fileName,
      /^<(!doctype html|html|head|body)/i.test(start)
        ? "it is a web page (HTML), not a data file."
        : "it is markup (XML or HTML), not JSON or CSV.",
      "If it came from an address, the address points to a page rather than to the file itself: use the file's direct link.",
    );
  return parseCsv(text, fileName, locator, encoding, onProgress);
}
