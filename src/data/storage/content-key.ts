/** Hex characters of a dataset's key: 128 bits of its SHA-256, plenty to tell files apart. */
export const KEY_LENGTH = 32;
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
