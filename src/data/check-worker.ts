/// <reference lib="webworker" />
import { createRegionLocator, type GovernorateCollection, type RegionLocator } from "../domain/region-locator.ts";
import { type BatchJob, batchTransferables, type CheckedBatch, checkBatch } from "./check-batch.ts";

/* Checks batches of records for the loading worker, on a thread of its own (see batch-helpers.ts). */
declare const self: DedicatedWorkerGlobalScope;

export type CheckRequest =
  | { type: "init"; governorates: GovernorateCollection }
  | { type: "check"; id: number; job: BatchJob };

export interface CheckReply {
  id: number;
  result: CheckedBatch | null;
}

let locator: RegionLocator | null = null;
const decoder = new TextDecoder();

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    locator = createRegionLocator(request.governorates);
    return;
  }
  const result = locator ? checkBatch(request.job, locator, decoder) : null;
  const reply: CheckReply = { id: request.id, result };
  self.postMessage(reply, result ? batchTransferables(result) : []);
};
