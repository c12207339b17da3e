import { createRegionLocator, type GovernorateCollection, type RegionLocator } from "../../domain/region-locator.ts";
import { baseName, parseDatasetBytes, parseDatasetFile } from "../import/parse-dataset-file.ts";
import { type FatalLoadError, fatalError } from "../load-problem.ts";
import type { DatasetResult } from "../validate-dataset.ts";
import { CsvStream } from "./csv-stream.ts";
import { type BuiltDataset, DatasetBuilder } from "./dataset-builder.ts";
import { type BatchHelper, JsonV1Stream, type StreamPreview } from "./json-v1-stream.ts";
import type { DatasetHeader, LoadProgress, LoadSource } from "./load-messages.ts";
import { isFatal, readSource } from "./read-source.ts";

export type LoadJobResult =
  | { ok: true; header: DatasetHeader; built: BuiltDataset }
  | { ok: false; error: FatalLoadError };

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** An Excel workbook (.xlsx, .xlsm): a ZIP archive under a workbook's name. */
function isWorkbook(bytes: Uint8Array, name: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip && /\.xls[xm](\?.*)?$/i.test(baseName(name));
}

/**
 * A workbook's first sheet, read as its CSV would be. The reader (and its unzipper) loads only
 * when a workbook is opened, so it costs the first visit nothing.
 */
async function parseWorkbook(
  bytes: Uint8Array,
  name: string,
  locator: RegionLocator,
  progress: (done: number, total: number) => void,
): Promise<DatasetResult> {
  const { workbookToCsv } = await import("../import/xlsx-sheet.ts");
  const sheet = workbookToCsv(bytes);
  if ("error" in sheet) return { ok: false, error: fatalError(name, sheet.error) };
  const result = parseDatasetFile(sheet.csv, name, locator, progress, "utf-8");
  const reason = result.ok ? null : result.error.reason;
  // A sheet of other columns is said as a sheet, not as the CSV it was read as.
  if (reason?.code === "import.csv-columns")
    return {
      ok: false,
      error: fatalError(name, { code: "import.sheet-columns", params: { ...reason.params, sheet: sheet.sheet } }),
    };
  if (!result.ok || !result.description) return result;
  const { delimiter: _comma, ...description } = result.description;
  return { ...result, description: { ...description, container: "xlsx", sheet: sheet.sheet } };
}

/**
 * The reader for a file, from its first byte after any UTF-8 mark: format v1 JSON opens with a
 * bracket (or space), anything else may be CSV. Null until that byte has arrived.
 */
function pickStream<J, C>(bytes: Uint8Array, end: number, json: () => J, csv: () => C): J | C | null {
  const bom = bytes[0] === 0xef ? 3 : 0;
  if (end <= bom) return null;
  const first = bytes[bom] as number;
  return first === 0x7b || first === 0x5b || WHITESPACE.has(first) ? json() : csv();
}

/**
 * The whole load: read, parse, validate, index. Format v1 JSON and CSV (ACLED, UCDP GED, the
 * app's own) are parsed while they arrive (see json-v1-stream.ts, csv-stream.ts); every other
 * format, and any file a stream reader doubts, is read whole by parseDatasetBytes. Pure of any page state, so the same code runs in the Web Worker (large
 * files stay off the main thread) and, where workers are missing, inline.
 */
export async function runLoadJob(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (progress: LoadProgress) => void,
  {
    fetchImpl = fetch,
    helper = null,
    batchRecords,
    csvBatchBytes,
    onPreview = null,
    locator = createRegionLocator(governorates),
  }: {
    fetchImpl?: typeof fetch;
    helper?: BatchHelper | null;
    batchRecords?: number;
    csvBatchBytes?: number;
    /** Called once, with the first records of a large format v1 file, while the rest loads. */
    onPreview?: ((preview: { header: DatasetHeader; built: BuiltDataset }) => void) | null;
    /** The governorates' locator, when one was built ahead. */
    locator?: RegionLocator;
  } = {},
): Promise<LoadJobResult> {
  const file = source.kind === "url" ? source.url : source.file.name;
  let dataArrivedAt = Number.NaN;
  const showPreview =
    onPreview &&
    ((preview: StreamPreview & { format?: DatasetHeader["format"] }) =>
      onPreview({
        header: {
          format: preview.format ?? "json-v1",
          metadata: preview.metadata,
          problems: preview.problems,
          recordCount: preview.recordCount,
          dataArrivedAt,
        },
        built: preview.builder.finish(preview.bytes),
      }));
  // Which reader follows the bytes is told by the first of them: JSON opens with a bracket.
  let stream: JsonV1Stream | CsvStream | null = null;
  const read = await readSource(
    source,
    onProgress,
    (bytes, loaded) => {
      if (Number.isNaN(dataArrivedAt)) dataArrivedAt = performance.timeOrigin + performance.now();
      stream ??= pickStream(
        bytes,
        loaded,
        () => new JsonV1Stream(file, locator, helper, batchRecords, showPreview),
        () => new CsvStream(file, locator, helper, showPreview, csvBatchBytes),
      );
      stream?.feed(bytes, loaded);
      return stream?.recordsChecked ?? 0;
    },
    fetchImpl,
  );
  if (isFatal(read)) return { ok: false, error: read };
  if (Number.isNaN(dataArrivedAt)) dataArrivedAt = performance.timeOrigin + performance.now();

  const streamed = await (stream as JsonV1Stream | CsvStream | null)?.finish(read.bytes);
  if (streamed && "error" in streamed) return { ok: false, error: streamed.error };
  if (streamed) {
    onProgress({ phase: "indexing" });
    const { builder, ...rest } = streamed;
    return {
      ok: true,
      header: { format: "json-v1", ...rest, dataArrivedAt },
      // Format v1 records are kept as read, in the file's bytes; CSV rows are stored re-encoded.
      built: builder.finish("description" in streamed ? new Uint8Array(0) : read.bytes),
    };
  }

  const progress = (done: number, total: number) => onProgress({ phase: "validating", done, total });
  const result = isWorkbook(read.bytes, read.name)
    ? await parseWorkbook(read.bytes, read.name, locator, progress)
    : parseDatasetBytes(read.bytes, read.name, locator, progress);
  if (!result.ok) return { ok: false, error: result.error };
  onProgress({ phase: "indexing" });
  const builder = new DatasetBuilder();
  for (const event of result.events) builder.addEvent(event);
  const { format, metadata, problems, recordCount, description, outsideSyria } = result;
  return {
    ok: true,
    header: {
      format,
      metadata,
      problems,
      recordCount,
      dataArrivedAt,
      ...(description ? { description } : {}),
      ...(outsideSyria ? { outsideSyria } : {}),
    },
    built: builder.finish(new Uint8Array(0)),
  };
}
