import type { GovernorateCollection, GovernorateRaster } from "../../domain/region-locator.ts";
import type { TextSearchChunk } from "../../domain/text-search.ts";
import type { BatchJob } from "./check-batch.ts";
import type { CheckedCsvBatch, CsvBatchJob } from "./check-csv-batch.ts";
import type { CheckReply, CheckRequest } from "./check-worker.ts";
import type { RawTexts } from "./fold-texts.ts";
import type { BatchHelper } from "./json-v1-stream.ts";

interface Helper {
  worker: Worker;
  waiting: Map<number, (reply: CheckReply | null) => void>;
  broken: boolean;
}

export interface BatchHelpers extends BatchHelper {
  /** Starts the threads now rather than on the first request (for a file known to be large). */
  warm(): void;
  /** Folds search texts on a helper; null when no helper can (the caller then folds them). */
  fold(texts: RawTexts): Promise<TextSearchChunk | null>;
  stop(): void;
}

/**
 * Helper threads that check batches of records while the loading worker reads and scans, then
 * fold the search texts: as many as the machine has cores (two to four), since the loading
 * worker mostly scans and waits. A helper that fails takes no more work; the loading worker
 * then does it itself.
 */
export function startBatchHelpers(governorates: GovernorateCollection, raster?: GovernorateRaster): BatchHelpers {
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  const count = Math.max(2, Math.min(4, cores));
  // Started on the first request, not before: a small file never needs them, and a large
  // one's first records are checked (and painted) while they start.
  let helpers: Helper[] = [];
  const spawn = (): Helper[] =>
    Array.from({ length: count }, () => {
      const worker = new Worker(new URL("./check-worker.ts", import.meta.url), {
        type: "module",
        name: "record-checker",
      });
      const helper: Helper = { worker, waiting: new Map(), broken: false };
      worker.onmessage = (event: MessageEvent<CheckReply>) => {
        const resolve = helper.waiting.get(event.data.id);
        helper.waiting.delete(event.data.id);
        resolve?.(event.data);
      };
      worker.onerror = (error) => {
        error.preventDefault();
        helper.broken = true;
        for (const resolve of helper.waiting.values()) resolve(null);
        helper.waiting.clear();
      };
      // The raster is copied to each helper (a few hundred KB), not made again in each.
      const init: CheckRequest = raster ? { type: "init", governorates, raster } : { type: "init", governorates };
      worker.postMessage(init);
      return helper;
    });
  let nextId = 0;
  const working = () => helpers.filter((helper) => !helper.broken);
  /** Sends a request to the least busy helper; null when none works. */
  const ask = (request: (id: number) => CheckRequest, transfer: Transferable[]): Promise<CheckReply | null> => {
    if (helpers.length === 0) helpers = spawn();
    const live = working();
    if (live.length === 0) return Promise.resolve(null);
    const helper = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = nextId++;
    return new Promise((resolve) => {
      helper.waiting.set(id, resolve);
      helper.worker.postMessage(request(id), transfer);
    });
  };
  return {
    warm() {
      if (helpers.length === 0) helpers = spawn();
    },
    threads: count,
    get pending() {
      if (helpers.length === 0) return 0;
      const live = working();
      // Per helper, so that more helpers take more batches.
      return live.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...live.map((helper) => helper.waiting.size));
    },
    async check(job: BatchJob) {
      const reply = await ask(
        (id) => ({ type: "check", id, job }),
        [job.bytes.buffer as ArrayBuffer, job.ranges.buffer as ArrayBuffer],
      );
      return reply && "result" in reply ? reply.result : null;
    },
    async checkCsv(job: CsvBatchJob) {
      const reply = await ask((id) => ({ type: "check-csv", id, job }), [job.bytes.buffer as ArrayBuffer]);
      return reply && "result" in reply ? (reply.result as CheckedCsvBatch | null) : null;
    },
    async fold(texts: RawTexts) {
      const reply = await ask((id) => ({ type: "fold", id, texts }), []);
      return reply && "chunk" in reply ? reply.chunk : null;
    },
    stop() {
      for (const helper of helpers) helper.worker.terminate();
    },
  };
}
