/// <reference lib="webworker" />
import { transferablesOf } from "../../domain/event-index.ts";
import { encodedTransferables } from "../../domain/event-store.ts";
import {
  createRegionLocator,
  type GovernorateCollection,
  type RegionLocator,
  rasterizeGovernorates,
} from "../../domain/region-locator.ts";
import { fatalError } from "../load-problem.ts";
import { contentKey, contentKeyOfBytes } from "../storage/content-hash.ts";
import { type BatchHelpers, startBatchHelpers } from "./batch-helpers.ts";
import { FOLD_CHUNK, foldTexts, rawTexts } from "./fold-texts.ts";
import type { LoadProgress, LoadReply, LoadRequest, LoadSource } from "./load-messages.ts";
import { runLoadJob } from "./run-load-job.ts";

/* Loads, validates and indexes a dataset off the main thread (see load-messages.ts for the protocol). */
declare const self: DedicatedWorkerGlobalScope;

/** Files above this size start their helper threads before the first byte arrives. */
const LARGE_FILE_BYTES = 4e6;

function reply(message: LoadReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** What a worker prepared ahead of its load: the page then sends only the source. */
let prepared: { governorates: GovernorateCollection; locator: RegionLocator; helpers: BatchHelpers } | null = null;

/**
 * `warm`: the helper threads start now, not on the first large file's first bytes, and the
 * locator's raster is made now, once, and handed to them.
 */
function prepare(governorates: GovernorateCollection, warm: boolean) {
  const raster = warm ? rasterizeGovernorates(governorates) : undefined;
  const helpers = startBatchHelpers(governorates, raster);
  if (warm) helpers.warm();
  return { governorates, locator: createRegionLocator(governorates, { raster }), helpers };
}

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.type === "prepare") {
    prepared = prepare(request.governorates, true);
    reply({ type: "prepared" });
  } else {
    const ready = request.governorates ? prepare(request.governorates, false) : prepared;
    if (ready) void load(request.source, ready);
  }
};

async function load(
  source: LoadSource,
  {
    governorates,
    locator,
    helpers,
  }: { governorates: GovernorateCollection; locator: RegionLocator; helpers: BatchHelpers },
): Promise<void> {
  try {
    const onProgress = (progress: LoadProgress) => {
      if (progress.phase === "reading" && (progress.total ?? 0) > LARGE_FILE_BYTES) helpers.warm();
      reply({ type: "progress", progress });
    };
    const result = await runLoadJob(source, governorates, onProgress, {
      helper: helpers,
      locator,
      onPreview: ({ header, built }) =>
        reply({ type: "preview", header, columns: built.columns, encoded: built.encoded }, [
          ...transferablesOf(built.columns),
          ...encodedTransferables(built.encoded),
        ]),
    });
    if (!result.ok) {
      helpers.stop();
      reply({ type: "fatal", error: result.error });
      return;
    }
    const { header, built } = result;
    const { columns, encoded, searchTexts } = built;
    // A file from disk is keyed by its content now, beside the search folding (a digest on the
    // page was a long task; before the load, it delayed the first byte), so the address names
    // it soon after the map is complete. A format v1 file's bytes are at hand (the digest copies
    // them before they are transferred); a CSV file is read again.
    const keyed =
      source.kind === "file"
        ? (encoded.fileBytes.length === source.file.size
            ? contentKeyOfBytes(encoded.fileBytes as Uint8Array<ArrayBuffer>)
            : contentKey(source.file)
          )
            .catch(() => null)
            .then((key) => reply({ type: "content-key", key }))
        : null;
    reply({ type: "dataset", header, columns, encoded }, [
      ...transferablesOf(columns),
      ...encodedTransferables(encoded),
    ]);
    // The map and filters are usable now; search is folded afterwards, a chunk at a time, shared
    // with the helpers (this thread takes every third chunk, once the key is sent).
    const ownTurn = keyed ?? Promise.resolve();
    const pieces: Promise<void>[] = [];
    for (let from = 0, k = 0; from < searchTexts.length; from += FOLD_CHUNK, k++) {
      const texts = rawTexts(searchTexts.slice(from, from + FOLD_CHUNK), from);
      const folded = k % 3 === 0 ? ownTurn.then(() => null) : helpers.fold(texts);
      pieces.push(
        folded.then((chunk) => {
          const done = chunk ?? foldTexts(texts);
          reply({ type: "search", chunk: done }, [done.starts.buffer]);
        }),
      );
    }
    await Promise.all(pieces);
    helpers.stop();
    await keyed;
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
}
