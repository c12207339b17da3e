import type { RegionLocator } from "../../domain/region-locator.ts";
import { CSV_FORMAT_LABEL, OWN_CSV_REQUIRED_COLUMNS } from "../export/csv-layout.ts";
import { type FatalLoadError, fatalError, type LoadProblem } from "../load-problem.ts";
import type { FatalReason } from "../load-problem-messages.ts";
import { isPlainObject } from "../plain-object.ts";
import { replacementCharProblem } from "../replacement-char.ts";
import { DATASET_FORMATS, type DatasetFormat, type DatasetResult, validateDataset } from "../validate-dataset.ts";
import { ACLED_REQUIRED_COLUMNS } from "./acled.ts";
import { type CsvTable, guessDelimiter, readCsv, readCsvHeader, rowShapeProblems } from "./csv-table.ts";
import type { CsvDelimiter, FileDescription, OutsideSyria, TextEncoding } from "./file-description.ts";
import { geoJsonFeature, geoJsonMetadata } from "./geojson.ts";
import { countriesParam, listParam } from "./import-problem-messages.ts";
import { own, quote, stripBom } from "./import-text.ts";
import { ownCsvRow } from "./own-csv.ts";
import { type DetectedSource, detectSource, mapSourceRow, planRows, type RowPlan } from "./source-formats.ts";
import { notAnEventGeoJson, sourceRowsOfFeatures } from "./source-geojson.ts";
import { decodeText } from "./text-encoding.ts";
import { UCDP_REQUIRED_COLUMNS } from "./ucdp.ts";
import { type ImportedRow, validateImportedRows } from "./validate-imported.ts";

/** The key the app's own CSV (format v1 written as CSV) loads under. */
export const OWN_CSV_FORMAT: DatasetFormat = "csv-v1";

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

/** A file refused in one message, said by its code in the interface's language. */
function fatal(file: string, reason: FatalReason): DatasetResult {
  return { ok: false, error: fatalError(file, reason) satisfies FatalLoadError };
}

/** A file that is not UTF-8 text at all: a workbook, a PDF, UTF-16 text, binary data. */
function notText(text: string): FatalReason | null {
  const kind = notTextKind(text);
  return kind ? { code: "import.not-text", params: { kind } } : null;
}

function notTextKind(text: string): "zip" | "pdf" | "utf16" | "binary" | null {
  if (text.startsWith("PK\u0003\u0004")) return "zip";
  if (text.startsWith("%PDF")) return "pdf";
  const head = text.slice(0, 4096);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) nul++;
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  // UTF-16 (Excel's "Unicode Text") read as UTF-8: every other character is NUL.
  if (head.length > 0 && nul / head.length > 0.2) return "utf16";
  if (head.length > 0 && (nul + control) / head.length > 0.1) return "binary";
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
    return fatal(
      file,
      keys.length
        ? { code: "import.json-object", params: { members: listParam(keys) } }
        : { code: "import.json-empty-object", params: {} },
    );
  }
  if (Array.isArray(data)) return fatal(file, { code: "import.json-array", params: { items: data.length } });
  return fatal(file, { code: "import.json-scalar", params: { kind: data === null ? "null" : typeof data } });
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
  if (!Array.isArray(features)) return fatal(file, { code: "import.geojson-no-features", params: {} });
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
  if (refusal) return fatal(file, refusal);
  const rows = features.map((feature, index) => geoJsonFeature(feature, index));
  return validateImportedRows("geojson", geoJsonMetadata(data, file), rows, file, locator, [], onProgress, {
    container: "geojson",
    encoding,
  });
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
    return fatal(file, {
      code: "import.no-syria",
      params: {
        kind: detected.source,
        layout: detected.layout,
        release: detected.release ?? "",
        geojson: container.container === "geojson" ? 1 : 0,
        rows: result.recordCount,
        countries: countriesParam(result.outsideSyria.countries),
      },
    });
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
      return fatal(file, {
        code: "import.not-csv-header",
        params: { named: ext === "json" || ext === "geojson" ? ext : "", first: quote(columns[0] ?? "") },
      });
    }
    const nearest = CSV_LAYOUTS.map((candidate) => ({
      candidate,
      missing: candidate.required.filter((column) => !present.has(column)),
    })).sort((a, b) => a.missing.length - b.missing.length)[0];
    const near = nearest && nearest.missing.length < nearest.candidate.required.length / 2 ? nearest : null;
    return fatal(file, {
      code: "import.csv-columns",
      params: {
        columns: listParam(columns),
        nearest: near?.candidate.label ?? "",
        missing: listParam(near?.missing ?? []),
      },
    });
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
    return fatal(fileName, {
      code: "import.unreadable",
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
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
  if (binary) return fatal(fileName, binary);
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

/** Files recognised by their first bytes as something other than text: said plainly, with what to do. */
function binaryKind(bytes: Uint8Array, extension: string): FatalReason | null {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip && (extension === "xlsx" || extension === "xlsm"))
    return { code: "import.workbook", params: { kind: "xlsx" } };
  if (zip && extension === "ods") return { code: "import.workbook", params: { kind: "ods" } };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { code: "import.workbook", params: { kind: "xls" } };
  if (isDbase(bytes) || extension === "dbf") return { code: "import.dbase", params: {} };
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
  if (text.trim() === "") return fatal(fileName, { code: "import.empty", params: {} });
  const binary = notText(text);
  if (binary) return fatal(fileName, binary);
  const start = text.trimStart();
  const first = start[0];
  if (first === "{" || first === "[" || (first !== undefined && isJsonScalar(start)))
    return parseJson(text, fileName, locator, encoding, onProgress);
  if (first === "<")
    return fatal(fileName, {
      code: /^<(!doctype html|html|head|body)/i.test(start) ? "import.web-page" : "import.markup",
      params: {},
    });
  return parseCsv(text, fileName, locator, encoding, onProgress);
}
