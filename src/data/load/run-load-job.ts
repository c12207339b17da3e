import { createRegionLocator, type GovernorateCollection } from "../../domain/region-locator.ts";
import { parseDatasetBytes } from "../import/parse-dataset-file.ts";
import type { FatalLoadError } from "../load-problem.ts";
import { type BuiltDataset, DatasetBuilder } from "./dataset-builder.ts";
import { type BatchHelper, JsonV1Stream } from "./json-v1-stream.ts";
import type { DatasetHeader, LoadProgress, LoadSource } from "./load-messages.ts";
import { isFatal, readSource } from "./read-source.ts";

export type LoadJobResult =
  | { ok: true; header: DatasetHeader; built: BuiltDataset }
  | { ok: false; error: FatalLoadError };

/**
 * The whole load: read, parse, validate, index. Format v1 JSON is parsed while it arrives (see
 * json-v1-stream.ts); every other format, and any v1 file the stream reader doubts, is read whole
 * by parseDatasetFile. Pure of any page state, so the same code runs in the Web Worker (large
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
    onPreview = null,
  }: {
    fetchImpl?: typeof fetch;
    helper?: BatchHelper | null;
    batchRecords?: number;
    /** Called once, with the first records of a large format v1 file, while the rest loads. */
    onPreview?: ((preview: { header: DatasetHeader; built: BuiltDataset }) => void) | null;
  } = {},
): Promise<LoadJobResult> {
  const locator = createRegionLocator(governorates);
  let dataArrivedAt = Number.NaN;
  const stream = new JsonV1Stream(
    source.kind === "url" ? source.url : source.file.name,
    locator,
    helper,
    batchRecords,
    onPreview &&
      ((preview) =>
        onPreview({
          header: {
            format: "json-v1",
            metadata: preview.metadata,
            problems: preview.problems,
            recordCount: preview.recordCount,
            dataArrivedAt,
          },
          built: preview.builder.finish(preview.bytes),
        })),
  );
  const read = await readSource(
    source,
    onProgress,
    (bytes, loaded) => {
      if (Number.isNaN(dataArrivedAt)) dataArrivedAt = performance.timeOrigin + performance.now();
      stream.feed(bytes, loaded);
      return stream.recordsChecked;
    },
    fetchImpl,
  );
  if (isFatal(read)) return { ok: false, error: read };
  if (Number.isNaN(dataArrivedAt)) dataArrivedAt = performance.timeOrigin + performance.now();

  const streamed = await stream.finish(read.bytes);
  if (streamed) {
    onProgress({ phase: "indexing" });
    const { builder, ...rest } = streamed;
    return { ok: true, header: { format: "json-v1", ...rest, dataArrivedAt }, built: builder.finish(read.bytes) };
  }

  const result = parseDatasetBytes(read.bytes, read.name, locator, (done, total) =>
    onProgress({ phase: "validating", done, total }),
  );
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
