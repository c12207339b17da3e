import type { GovernorateCollection } from "../domain/region-locator.ts";
import type { BatchJob, CheckedBatch } from "./check-batch.ts";
import type { CheckReply, CheckRequest } from "./check-worker.ts";
import type { BatchHelper } from "./json-v1-stream.ts";

interface Helper {
  worker: Worker;
  waiting: Map<number, (result: CheckedBatch | null) => void>;
  broken: boolean;
}

/**
 * Helper threads that check batches of records while the loading worker reads and scans: one
 * fewer than the machine's cores (at least one, at most three). A helper that fails stops taking
 * batches; the loading worker then checks them itself.
 */
export function startBatchHelpers(governorates: GovernorateCollection): BatchHelper & { stop(): void } {
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  const count = Math.max(2, Math.min(4, cores));
  // Started on the first batch, not before: a small file never needs them, and a large one's
  // first records are checked (and painted) while they start.
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
        resolve?.(event.data.result);
      };
      worker.onerror = (error) => {
        error.preventDefault();
        helper.broken = true;
        for (const resolve of helper.waiting.values()) resolve(null);
        helper.waiting.clear();
      };
      const init: CheckRequest = { type: "init", governorates };
      worker.postMessage(init);
      return helper;
    });
  let nextId = 0;
  const working = () => helpers.filter((helper) => !helper.broken);
  return {
    threads: count,
    get pending() {
      if (helpers.length === 0) return 0;
      const live = working();
      // Per helper, so that more helpers take more batches.
      return live.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...live.map((helper) => helper.waiting.size));
    },
    check(job: BatchJob) {
      if (helpers.length === 0) helpers = spawn();
      const live = working();
      const helper = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a), live[0] as Helper);
      const id = nextId++;
      return new Promise<CheckedBatch | null>((resolve) => {
        helper.waiting.set(id, resolve);
        const request: CheckRequest = { type: "check", id, job };
        helper.worker.postMessage(request, [job.bytes.buffer as ArrayBuffer, job.ranges.buffer as ArrayBuffer]);
      });
    },
    stop() {
      for (const helper of helpers) helper.worker.terminate();
    },
  };
}
