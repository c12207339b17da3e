import { MAX_DATASET_BYTES } from "../dataset-limits.ts";
import { type FatalLoadError, fatalError } from "../load-problem.ts";
import type { LoadProgress, LoadSource } from "./load-messages.ts";

export interface SourceBytes {
  name: string;
  /** The whole file as read. */
  bytes: Uint8Array;
}

/**
 * Called as bytes arrive: bytes[0 .. loaded) are read and will not change. Returns how many
 * records have been checked so far, for the progress report.
 */
export type OnBytes = (bytes: Uint8Array, loaded: number) => number;

/**
 * Lets queued messages run. A stream that always has data ready resolves every read in a
 * microtask, so without this the replies of helper threads would wait until the file is read.
 */
function yieldToMessages(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Least time between two progress reports while reading. */
const PROGRESS_EVERY_MS = 250;

function tooBig(name: string, bytes: number): FatalLoadError {
  return fatalError(name, {
    code: "fatal.too-large",
    params: { megabytes: bytes / 1e6, limit: MAX_DATASET_BYTES / 1e6 },
  });
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  name: string,
  total: number | null,
  onProgress: (progress: LoadProgress) => void,
  onBytes: OnBytes,
): Promise<SourceBytes | FatalLoadError> {
  // Said at once, before any byte: a large file's helpers can start while the first ones arrive.
  onProgress({ phase: "reading", loaded: 0, total, records: 0 });
  const reader = body.getReader();
  // One buffer for the whole file: the records are later read straight out of it.
  let buffer = new Uint8Array(total ?? 1 << 20);
  let loaded = 0;
  let lastYield = 0;
  let lastReport = performance.now();
  let records = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > MAX_DATASET_BYTES) {
      await reader.cancel();
      return tooBig(name, loaded + value.byteLength);
    }
    if (loaded + value.byteLength > buffer.length) {
      const grown = new Uint8Array(Math.min(MAX_DATASET_BYTES, Math.max(buffer.length * 2, loaded + value.byteLength)));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.byteLength;
    records = onBytes(buffer, loaded);
    if (loaded - lastYield > 1_000_000) {
      lastYield = loaded;
      // Each report re-renders the page's progress bar: a few a second are plenty.
      if (performance.now() - lastReport > PROGRESS_EVERY_MS) {
        lastReport = performance.now();
        onProgress({ phase: "reading", loaded, total, records });
      }
      await yieldToMessages();
    }
  }
  onProgress({ phase: "reading", loaded, total: total ?? loaded, records });
  // A buffer grown by doubling may be far larger than the file; it is kept, so trim it.
  const bytes = buffer.length - loaded > buffer.length / 8 ? buffer.slice(0, loaded) : buffer.subarray(0, loaded);
  return { name, bytes };
}

/**
 * Reads a dataset's bytes with progress, handing each arrival to `onBytes` so parsing can
 * start before the last byte; failures become a fatal error, never a throw.
 */
export async function readSource(
  source: LoadSource,
  onProgress: (progress: LoadProgress) => void,
  onBytes: OnBytes = () => 0,
  fetchImpl: typeof fetch = fetch,
): Promise<SourceBytes | FatalLoadError> {
  if (source.kind === "file") {
    const { file } = source;
    if (file.size > MAX_DATASET_BYTES) return tooBig(file.name, file.size);
    return readStream(file.stream(), file.name, file.size, onProgress, onBytes);
  }
  const { url } = source;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return fatalError(url, {
      code: "fatal.download-failed",
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
  }
  if (!response.ok) {
    return fatalError(url, {
      code: "fatal.http-status",
      params: { status: response.status, statusText: response.statusText },
    });
  }
  const declared = Number(response.headers.get("content-length"));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > MAX_DATASET_BYTES) return tooBig(url, total);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onBytes(bytes, bytes.length);
    return { name: url, bytes };
  }
  return readStream(response.body, url, total, onProgress, onBytes);
}

export function isFatal(value: SourceBytes | FatalLoadError): value is FatalLoadError {
  return "message" in value && "hint" in value;
}
