/** Hex characters of a dataset's key: 128 bits of its SHA-256, plenty to tell files apart. */
const KEY_LENGTH = 32;
const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** How an address names a file kept in this browser: `data=local:<key>`. */
export const LOCAL_DATA_PREFIX = "local:";

/** The key a `local:` data address names, or null for any other address. */
export function localDataKey(dataUrl: string | null): string | null {
  if (!dataUrl?.startsWith(LOCAL_DATA_PREFIX)) return null;
  const key = dataUrl.slice(LOCAL_DATA_PREFIX.length);
  return isContentKey(key) ? key : null;
}

export function isContentKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/**
 * A key naming a file by its content, so the same file opened twice is kept once and a link
 * names exactly these bytes. Null where the page has no Web Crypto (an http:// page that is
 * not localhost): the file is then shown but not kept.
 */
export async function contentKey(file: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest("SHA-256", await file.arrayBuffer()));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex.slice(0, KEY_LENGTH);
}
