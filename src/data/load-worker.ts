/// <reference lib="webworker" />
import { transferablesOf } from "../domain/event-index.ts";
import { encodedTransferables } from "../domain/event-store.ts";
import { normalizeText } from "../domain/normalize-text.ts";
import { textSearchChunks } from "../domain/text-search.ts";
import { startBatchHelpers } from "./batch-helpers.ts";
import type { LoadReply, LoadRequest } from "./load-messages.ts";
import { runLoadJob } from "./run-load-job.ts";

/* Loads, validates and indexes a dataset off the main thread (see load-messages.ts for the protocol). */
declare const self: DedicatedWorkerGlobalScope;

function reply(message: LoadReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** Texts folded per search chunk message: each is a short task for the page to receive. */
const SEARCH_CHUNK = 50_000;

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const { source, governorates } = event.data;
  try {
    const helpers = startBatchHelpers(governorates);
    const result = await runLoadJob(source, governorates, (progress) => reply({ type: "progress", progress }), {
      helper: helpers,
      onPreview: ({ header, built }) =>
        reply({ type: "preview", header, columns: built.columns, encoded: built.encoded }, [
          ...transferablesOf(built.columns),
          ...encodedTransferables(built.encoded),
        ]),
    }).finally(() => helpers.stop());
    if (!result.ok) {
      reply({ type: "fatal", error: result.error });
      return;
    }
    const { header, built } = result;
    const { columns, encoded, searchTexts } = built;
    reply({ type: "dataset", header, columns, encoded }, [
      ...transferablesOf(columns),
      ...encodedTransferables(encoded),
    ]);
    // The map and filters are usable now; search is folded afterwards, a chunk at a time.
    for (let from = 0; from < searchTexts.length; from += SEARCH_CHUNK) {
      const folded = searchTexts.slice(from, from + SEARCH_CHUNK).map(normalizeText);
      for (const chunk of textSearchChunks(folded, from)) reply({ type: "search", chunk }, [chunk.starts.buffer]);
    }
    reply({ type: "search-done" });
  } catch (error) {
    reply({
      type: "fatal",
      error: {
        file: source.kind === "url" ? source.url : source.file.name,
        message: `Loading failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        hint: "The file may be too large for this device, or malformed in a way the loader did not foresee.",
      },
    });
  }
};
