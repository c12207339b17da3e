import { isHttpProtocol } from "../domain/http-link.ts";

/** Why an address cannot be loaded as a dataset. */
export type DatasetAddressRefusal = "empty" | "scheme" | "invalid" | "too-long";

export const MAX_DATASET_ADDRESS = 2048;

/** Stands in for the page's own address: relative addresses must stay on it, wherever the page is. */
const SITE = "https://site.invalid/app/";
const SITE_ORIGIN = new URL(SITE).origin;

/**
 * The one rule for what may be loaded as a dataset, shared by the Data menu and the URL codec so an
 * address the menu accepts is one the link it writes reloads: an http(s) URL, or a path on this site
 * (`data/other.json`, `/data/other.json`). Refused: other schemes (javascript:, data:, file:…) and
 * relative addresses that leave the site (`//host/a.json`, `\\host/a.json`). Null when it may be loaded.
 */
export function datasetAddressRefusal(address: string): DatasetAddressRefusal | null {
  if (address.trim() === "") return "empty";
  if (address.length > MAX_DATASET_ADDRESS) return "too-long";
  // A scheme ("javascript:", "data:", "http:") is letters then a colon before any / ? #.
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(address);
  if (scheme) {
    const name = (scheme[1] as string).toLowerCase();
    if (!isHttpProtocol(`${name}:`)) return "scheme";
  }
  let url: URL;
  try {
    url = new URL(address, SITE);
  } catch {
    return "invalid";
  }
  if (!isHttpProtocol(url.protocol)) return "scheme";
  if (!scheme && url.origin !== SITE_ORIGIN) return "invalid";
  return null;
}
