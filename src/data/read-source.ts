import { MAX_DATASET_BYTES } from "./dataset-limits.ts";
import type { LoadProgress, LoadSource } from "./load-messages.ts";
import type { FatalLoadError } from "./load-problem.ts";

export interface SourceText {
  name: string;
  text: string;
}

function tooBig(name: string, bytes: number): FatalLoadError {
  return {
    file: name,
    message: `The file is ${(bytes / 1e6).toFixed(0)} MB, more than the ${MAX_DATASET_BYTES / 1e6} MB this page can read.`,
    hint: "Split it into smaller files, or filter it before loading.",
  };
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  name: string,
  total: number | null,
  onProgress: (progress: LoadProgress) => void,
): Promise<SourceText | FatalLoadError> {
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      return tooBig(name, loaded);
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (loaded - lastReport > 1_000_000) {
      lastReport = loaded;
      onProgress({ phase: "reading", loaded, total });
    }
  }
  parts.push(decoder.decode());
  onProgress({ phase: "reading", loaded, total: total ?? loaded });
  return { name, text: parts.join("") };
}

/** Reads a dataset's text with progress in bytes; failures become a fatal error, never a throw. */
export async function readSource(
  source: LoadSource,
  onProgress: (progress: LoadProgress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<SourceText | FatalLoadError> {
  if (source.kind === "file") {
    const { file } = source;
    if (file.size > MAX_DATASET_BYTES) return tooBig(file.name, file.size);
    return readStream(file.stream(), file.name, file.size, onProgress);
  }
  const { url } = source;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return {
      file: url,
      message: `The dataset could not be downloaded: ${error instanceof Error ? error.message : String(error)}`,
      hint: "Check your connection and that the address is right, then reload. A file on another site must allow cross-origin requests (CORS).",
    };
  }
  if (!response.ok) {
    return {
      file: url,
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      hint:
        response.status === 404
          ? "No file exists at that address. Check the path, or that the dataset was deployed with the app."
          : "Try again later, or ask whoever hosts the file.",
    };
  }
  const declared = Number(response.headers.get("content-length"));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > MAX_DATASET_BYTES) return tooBig(url, total);
  if (!response.body) return { name: url, text: await response.text() };
  return readStream(response.body, url, total, onProgress);
}

export function isFatal(value: SourceText | FatalLoadError): value is FatalLoadError {
  return "message" in value && "hint" in value;
}
