import type { RegionLocator } from "../domain/region-locator.ts";
import type { DatasetResult } from "./validate-dataset.ts";
import { parseDatasetText } from "./validate-dataset.ts";

/** Larger files are refused before reading: a tab cannot validate them without freezing. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/** Fetches and validates a dataset file; network failures become a fatal result, never a throw. */
export async function fetchDataset(
  url: string,
  locator: RegionLocator,
  fetchImpl: typeof fetch = fetch,
): Promise<DatasetResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return {
      ok: false,
      error: {
        file: url,
        message: `The dataset could not be downloaded: ${error instanceof Error ? error.message : String(error)}`,
        hint: "Check your connection and that the address is right, then reload.",
      },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        file: url,
        message: `The server answered ${response.status} ${response.statusText}`.trim(),
        hint:
          response.status === 404
            ? "No file exists at that address. Check the path, or that the dataset was deployed with the app."
            : "Try again later, or ask whoever hosts the file.",
      },
    };
  }
  const declaredSize = Number(response.headers.get("content-length"));
  if (declaredSize > MAX_DATASET_BYTES) {
    return {
      ok: false,
      error: {
        file: url,
        message: `The file is ${(declaredSize / 1e6).toFixed(0)} MB, more than the ${MAX_DATASET_BYTES / 1e6} MB this page can read.`,
        hint: "Split it into smaller files, or filter it before loading.",
      },
    };
  }
  return parseDatasetText(await response.text(), url, locator);
}
