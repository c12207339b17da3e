/// <reference lib="webworker" />
import { transferablesOf } from "../../domain/event-index.ts";
import { encodedTransferables } from "../../domain/event-store.ts";
import { fatalError } from "../load-problem.ts";
import { contentKeyOfBytes } from "../storage/content-hash.ts";
import { startBatchHelpers } from "./batch-helpers.ts";
import { FOLD_CHUNK, foldTexts, rawTexts } from "./fold-texts.ts";
import type { LoadProgress, LoadReply, LoadRequest } from "./load-messages.ts";
import { runLoadJob } from "./run-load-job.ts";

/* Loads, validates and indexes a dataset off the main thread (see load-messages.ts for the protocol). */
declare const self: DedicatedWorkerGlobalScope;

/** Files above this size start their helper threads before the first byte arrives. */
const LARGE_FILE_BYTES = 4e6;

function reply(message: LoadReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const { source, governorates } = event.data;
  try {
    const helpers = startBatchHelpers(governorates);
    const onProgress = (progress: LoadProgress) => {
      if (progress.phase === "reading" && (progress.total ?? 0) > LARGE_FILE_BYTES) helpers.warm();
      reply({ type: "progress", progress });
    };
    // A file from disk is keyed by its content from the bytes read here, off the page and
    // without delaying the load: the digest runs while the last batches are checked.
    let keyed: Promise<void> | null = null;
    const onRead = (bytes: Uint8Array) => {
      if (source.kind !== "file") return;
      keyed = contentKeyOfBytes(bytes as Uint8Array<ArrayBuffer>)
        .catch(() => null)
        .then((key) => reply({ type: "content-key", key }));
    };
    const result = await runLoadJob(source, governorates, onProgress, {
      helper: helpers,
      onRead,
      onPreview: ({ header, built }) =>
        reply({ type: "preview", header, columns: built.columns, encoded: built.encoded }, [
          ...transferablesOf(built.columns),
          ...encodedTransferables(built.encoded),
        ]),
    });
    // The page names the file by its key before it shows it (or says why it cannot).
    await keyed;
    if (!result.ok) {
      helpers.stop();
      reply({ type: "fatal", error: result.error });
      return;
    }
    const { header, built } = result;
    const { columns, encoded, searchTexts } = built;
    reply({ type: "dataset", header, columns, encoded }, [
      ...transferablesOf(columns),
      ...encodedTransferables(encoded),
    ]);
    // The map and filters are usable now; search is folded afterwards, a chunk at a time, shared
    // with the helpers (this thread takes every third chunk).
    const pieces: Promise<void>[] = [];
    for (let from = 0, k = 0; from < searchTexts.length; from += FOLD_CHUNK, k++) {
      const texts = rawTexts(searchTexts.slice(from, from + FOLD_CHUNK), from);
      const folded = k % 3 === 0 ? Promise.resolve(null) : helpers.fold(texts);
      pieces.push(
        folded.then((chunk) => {
          const done = chunk ?? foldTexts(texts);
          reply({ type: "search", chunk: done }, [done.starts.buffer]);
        }),
      );
    }
    await Promise.all(pieces);
    helpers.stop();
    reply({ type: "search-done" });
  } catch (error) {
    reply({
      type: "fatal",
      error: fatalError(source.kind === "url" ? source.url : source.file.name, {
        code: "fatal.loader-failed",
        params: { detail: error instanceof Error ? error.message : String(error) },
      }),
    });
  }
};
