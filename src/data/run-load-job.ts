import type { SecurityEvent } from "../domain/event.ts";
import { buildIndexColumns, type IndexColumns } from "../domain/event-index.ts";
import { createRegionLocator, type GovernorateCollection } from "../domain/region-locator.ts";
import { parseDatasetFile } from "./import/parse-dataset-file.ts";
import type { LoadProgress, LoadSource } from "./load-messages.ts";
import type { FatalLoadError } from "./load-problem.ts";
import { isFatal, readSource } from "./read-source.ts";
import type { LoadedDataset } from "./validate-dataset.ts";

export type LoadJobResult =
  | { ok: true; dataset: LoadedDataset; columns: IndexColumns; events: SecurityEvent[]; dataReadAt: number }
  | { ok: false; error: FatalLoadError };

/**
 * The whole load: read, parse, validate, index. Pure of any page state, so the same code runs
 * in the Web Worker (large files stay off the main thread) and, where workers are missing, inline.
 */
export async function runLoadJob(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (progress: LoadProgress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadJobResult> {
  const read = await readSource(source, onProgress, fetchImpl);
  if (isFatal(read)) return { ok: false, error: read };
  const dataReadAt = performance.timeOrigin + performance.now();
  const locator = createRegionLocator(governorates);
  const result = parseDatasetFile(read.text, read.name, locator, (done, total) =>
    onProgress({ phase: "validating", done, total }),
  );
  if (!result.ok) return { ok: false, error: result.error };
  onProgress({ phase: "indexing" });
  const { columns, events } = buildIndexColumns(result.events);
  const { ok: _ok, ...loaded } = result;
  return { ok: true, dataset: { ...loaded, events }, columns, events, dataReadAt };
}
