import { fetchDataset } from "../data/fetch-dataset.ts";
import { fetchGeography } from "../data/geography.ts";
import { createRegionLocator } from "../domain/region-locator.ts";
import type { AppStoreApi } from "../state/store.ts";
import { BASE_URL } from "./config.ts";

/** Loads the bundled geography, then the dataset, into the store. Never throws. */
export async function loadAppData(store: AppStoreApi, datasetUrl: string, fetchImpl: typeof fetch = fetch) {
  const { startLoading, failLoading, finishLoading } = store.getState();
  startLoading("map geography");
  let geography: Awaited<ReturnType<typeof fetchGeography>>;
  try {
    geography = await fetchGeography(BASE_URL, fetchImpl);
  } catch (error) {
    failLoading({
      file: `${BASE_URL}geo/`,
      message: `The bundled map geography could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      hint: "The app was deployed without its public/geo folder, or the server is down. Reload, or redeploy the whole build.",
    });
    return;
  }
  startLoading("dataset");
  const result = await fetchDataset(datasetUrl, createRegionLocator(geography.governorates), fetchImpl);
  if (result.ok) finishLoading(result, geography);
  else failLoading(result.error);
}
