/// <reference lib="webworker" />
import {
  createRegionLocator,
  type GovernorateCollection,
  type GovernorateRaster,
  type RegionLocator,
  rasterizeGovernorates,
} from "../../domain/region-locator.ts";
import type { TextSearchChunk } from "../../domain/text-search.ts";
import { type BatchJob, batchTransferables, type CheckedBatch, checkBatch } from "./check-batch.ts";
import { type CsvBatchJob, checkCsvBatch } from "./check-csv-batch.ts";
import { foldTexts, type RawTexts } from "./fold-texts.ts";

/* Checks batches of records for the loading worker, on a thread of its own (see batch-helpers.ts). */
declare const self: DedicatedWorkerGlobalScope;

export type CheckRequest =
  | { type: "init"; governorates: GovernorateCollection; raster?: GovernorateRaster }
  | { type: "check"; id: number; job: BatchJob }
  | { type: "check-csv"; id: number; job: CsvBatchJob }
  | { type: "fold"; id: number; texts: RawTexts };

export type CheckReply = { id: number; result: CheckedBatch | null } | { id: number; chunk: TextSearchChunk };

let locator: RegionLocator | null = null;
const decoder = new TextDecoder();
/** CSV batches must be UTF-8 throughout (else the file is decoded another way, whole); a mark mid-file is text. */
const csvDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    // Built now, while the loading worker reads the first bytes, rather than on the first batch;
    // with the loading worker's raster when it made one.
    locator = createRegionLocator(request.governorates, {
      raster: request.raster ?? rasterizeGovernorates(request.governorates),
    });
    return;
  }
  if (request.type === "fold") {
    const chunk = foldTexts(request.texts);
    const reply: CheckReply = { id: request.id, chunk };
    self.postMessage(reply, [chunk.starts.buffer]);
    return;
  }
  const result = !locator
    ? null
    : request.type === "check-csv"
      ? checkCsvBatch(request.job, locator, csvDecoder)
      : checkBatch(request.job, locator, decoder);
  const reply: CheckReply = { id: request.id, result };
  self.postMessage(reply, result ? batchTransferables(result) : []);
};
