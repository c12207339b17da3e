import type { SecurityEvent } from "../domain/event.ts";
import { assembleIndex, type EventIndex, type IndexColumns } from "../domain/event-index.ts";
import type { GovernorateCollection } from "../domain/region-locator.ts";
import type { LoadProgress, LoadReply, LoadRequest, LoadSource } from "./load-messages.ts";
import type { FatalLoadError } from "./load-problem.ts";
import type { LoadedDataset } from "./validate-dataset.ts";

export type LoadOutcome =
  | { ok: true; dataset: LoadedDataset; index: EventIndex; dataReadAt: number }
  | { ok: false; error: FatalLoadError }
  | { ok: false; cancelled: true };

export interface LoadHandle {
  result: Promise<LoadOutcome>;
  cancel(): void;
}

function sourceName(source: LoadSource): string {
  return source.kind === "url" ? source.url : source.file.name;
}

/** Inline load, for environments without workers (tests in jsdom). */
function loadInline(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (p: LoadProgress) => void,
): LoadHandle {
  let cancelled = false;
  // Imported on demand: the validation code (zod) then stays out of the page's initial bundle.
  const result = import("./run-load-job.ts")
    .then(({ runLoadJob }) => runLoadJob(source, governorates, onProgress))
    .then((job): LoadOutcome => {
      if (cancelled) return { ok: false, cancelled: true };
      if (!job.ok) return job;
      return {
        ok: true,
        dataset: job.dataset,
        index: assembleIndex(job.columns, job.events),
        dataReadAt: job.dataReadAt,
      };
    });
  return { result, cancel: () => (cancelled = true) };
}

function loadInWorker(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (p: LoadProgress) => void,
): LoadHandle {
  const worker = new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module", name: "dataset-loader" });
  let settle: (outcome: LoadOutcome) => void = () => {};
  const result = new Promise<LoadOutcome>((resolve) => {
    settle = resolve;
  });
  let header: Extract<LoadReply, { type: "columns" }> | null = null;
  let events: SecurityEvent[] = [];
  const finish = (outcome: LoadOutcome) => {
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (message: MessageEvent<LoadReply>) => {
    const data = message.data;
    switch (data.type) {
      case "progress":
        onProgress(data.progress);
        break;
      case "fatal":
        finish({ ok: false, error: data.error });
        break;
      case "columns":
        performance.mark("app:columns-received");
        header = data;
        events = new Array(data.columns.size);
        events.length = 0;
        break;
      case "events":
        for (const event of JSON.parse(data.json) as SecurityEvent[]) events.push(event);
        if (header) onProgress({ phase: "receiving", done: events.length, total: header.columns.size });
        break;
      case "done": {
        performance.mark("app:events-received");
        if (!header)
          return finish({
            ok: false,
            error: { file: sourceName(source), message: "The loader sent no data.", hint: "Reload." },
          });
        const columns: IndexColumns = header.columns;
        const dataset: LoadedDataset = {
          format: header.format,
          metadata: header.metadata,
          problems: header.problems,
          recordCount: header.recordCount,
          events,
        };
        finish({ ok: true, dataset, index: assembleIndex(columns, events), dataReadAt: header.dataReadAt });
        break;
      }
    }
  };
  worker.onerror = (error) => {
    error.preventDefault();
    finish({
      ok: false,
      error: {
        file: sourceName(source),
        message: `The loader stopped: ${error.message}`,
        hint: "Reload the page and try again.",
      },
    });
  };
  const request: LoadRequest = { type: "load", source, governorates };
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, cancelled: true }) };
}

/** Loads a dataset off the main thread where the browser allows it. */
export function startLoad(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (progress: LoadProgress) => void,
): LoadHandle {
  return typeof Worker === "undefined"
    ? loadInline(source, governorates, onProgress)
    : loadInWorker(source, governorates, onProgress);
}
