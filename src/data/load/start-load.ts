import { assembleIndex, type IndexColumns } from "../../domain/event-index.ts";
import { type EncodedEvents, encodedEventStore } from "../../domain/event-store.ts";
import type { GovernorateCollection } from "../../domain/region-locator.ts";
import { type TextSearch, type TextSearchChunk, textSearchFromChunks } from "../../domain/text-search.ts";
import { markTiming } from "../../shared/timing-marks.ts";
import { type FatalLoadError, fatalError } from "../load-problem.ts";
import { contentKey as fileContentKey } from "../storage/content-hash.ts";
import { foldTexts, rawTexts } from "./fold-texts.ts";
import type { DatasetHeader, LoadProgress, LoadReply, LoadRequest, LoadSource } from "./load-messages.ts";
import type { OpenDataset } from "./open-dataset.ts";

export type LoadOutcome =
  | { ok: true; dataset: OpenDataset; dataArrivedAt: number }
  | { ok: false; error: FatalLoadError }
  | { ok: false; cancelled: true };

export interface LoadHandle {
  result: Promise<LoadOutcome>;
  /**
   * The text search, when it is prepared after the dataset (by the worker); null when the
   * dataset's index builds its own, or when loading failed.
   */
  textSearch: Promise<TextSearch | null>;
  /**
   * A file's content key (see content-hash.ts), found just after the dataset, beside its search;
   * null for an address, without Web Crypto, or when the load stopped first.
   */
  contentKey: Promise<string | null>;
  cancel(): void;
}

/** The page's own digest of a file, where no worker read it (never throws). */
const keyOf = (file: File): Promise<string | null> => fileContentKey(file).catch(() => null);

function sourceName(source: LoadSource): string {
  return source.kind === "url" ? source.url : source.file.name;
}

function openEncoded(
  header: DatasetHeader,
  columns: IndexColumns,
  encoded: EncodedEvents,
  makeSearch: (() => TextSearch) | null,
): OpenDataset {
  const { dataArrivedAt: _arrived, ...report } = header;
  return { ...report, index: assembleIndex(columns, encodedEventStore(encoded, columns), makeSearch) };
}

/** Inline load, for environments without workers (tests in jsdom). */
function loadInline(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (p: LoadProgress) => void,
): LoadHandle {
  let cancelled = false;
  const contentKey = source.kind === "file" ? keyOf(source.file) : Promise.resolve(null);
  // Imported on demand: the validation code (zod) then stays out of the page's initial bundle.
  const result = import("./run-load-job.ts")
    .then(({ runLoadJob }) => runLoadJob(source, governorates, onProgress))
    .then((job): LoadOutcome => {
      if (cancelled) return { ok: false, cancelled: true };
      if (!job.ok) return job;
      const { columns, encoded, searchTexts } = job.built;
      const makeSearch = () => textSearchFromChunks([foldTexts(rawTexts(searchTexts, 0))], searchTexts.length);
      return {
        ok: true,
        dataset: openEncoded(job.header, columns, encoded, makeSearch),
        dataArrivedAt: job.header.dataArrivedAt,
      };
    });
  return { result, textSearch: Promise.resolve(null), contentKey, cancel: () => (cancelled = true) };
}

const newLoadWorker = () =>
  new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module", name: "dataset-loader" });

/**
 * A loading worker made ready ahead of need (its code evaluated, its helper threads started,
 * the region locator built), so that the next load, a file picked say, starts at once.
 */
let spare: { worker: Worker; governorates: GovernorateCollection } | null = null;

/**
 * Prepares a loading worker for the next load, once (call it when the page is idle: it costs
 * the threads' start-up, about a second of CPU, and some memory while it waits).
 */
export function prepareLoader(governorates: GovernorateCollection): void {
  if (typeof Worker === "undefined" || spare?.governorates === governorates) return;
  spare?.worker.terminate();
  const worker = newLoadWorker();
  worker.onmessage = (message: MessageEvent<LoadReply>) => {
    if (message.data.type === "prepared") markTiming("app:loader-prepared");
  };
  const request: LoadRequest = { type: "prepare", governorates };
  worker.postMessage(request);
  spare = { worker, governorates };
}

function loadInWorker(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (p: LoadProgress) => void,
  onPreview: (dataset: OpenDataset) => void,
): LoadHandle {
  const ready = spare?.governorates === governorates ? spare.worker : null;
  if (ready) spare = null;
  const worker = ready ?? newLoadWorker();
  let settle: (outcome: LoadOutcome) => void = () => {};
  const result = new Promise<LoadOutcome>((resolve) => {
    settle = resolve;
  });
  let settleSearch: (search: TextSearch | null) => void = () => {};
  const textSearch = new Promise<TextSearch | null>((resolve) => {
    settleSearch = resolve;
  });
  let settleKey: (key: string | null) => void = () => {};
  const contentKey = new Promise<string | null>((resolve) => {
    settleKey = resolve;
  });
  let size = 0;
  const chunks: TextSearchChunk[] = [];
  const stop = (outcome: LoadOutcome | null) => {
    worker.terminate();
    settleKey(null);
    if (outcome) settle(outcome);
    settleSearch(null);
  };
  worker.onmessage = (message: MessageEvent<LoadReply>) => {
    const data = message.data;
    switch (data.type) {
      case "progress":
        onProgress(data.progress);
        break;
      case "content-key":
        settleKey(data.key);
        break;
      case "fatal":
        stop({ ok: false, error: data.error });
        break;
      case "preview":
        performance.mark("app:preview-received");
        onPreview(openEncoded(data.header, data.columns, data.encoded, null));
        break;
      case "dataset":
        performance.mark("app:dataset-received");
        size = data.columns.size;
        if (source.kind === "url") settleKey(null);
        settle({
          ok: true,
          dataset: openEncoded(data.header, data.columns, data.encoded, null),
          dataArrivedAt: data.header.dataArrivedAt,
        });
        break;
      case "search":
        chunks.push(data.chunk);
        break;
      case "search-done":
        worker.terminate();
        settleKey(null); // for an address; a file's key came before
        settleSearch(textSearchFromChunks(chunks, size));
        break;
    }
  };
  worker.onerror = (error) => {
    error.preventDefault();
    stop({
      ok: false,
      error: fatalError(sourceName(source), { code: "fatal.loader-stopped", params: { detail: error.message } }),
    });
  };
  const request: LoadRequest = { type: "load", source, governorates: ready ? null : governorates };
  worker.postMessage(request);
  return { result, textSearch, contentKey, cancel: () => stop({ ok: false, cancelled: true }) };
}

/**
 * Loads a dataset off the main thread where the browser allows it. A large format v1 file is
 * shown in part (`onPreview`) while the rest loads.
 */
export function startLoad(
  source: LoadSource,
  governorates: GovernorateCollection,
  onProgress: (progress: LoadProgress) => void,
  onPreview: (dataset: OpenDataset) => void = () => {},
): LoadHandle {
  return typeof Worker === "undefined"
    ? loadInline(source, governorates, onProgress)
    : loadInWorker(source, governorates, onProgress, onPreview);
}
