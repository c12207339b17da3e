import { KEY_LENGTH } from "./content-key.ts";

/**
 * A key naming a file by its content, so the same file opened twice is kept once and a link
 * names exactly these bytes. Null where the page has no Web Crypto (an http:// page that is
 * not localhost): the file is then shown but not kept.
 */
export async function contentKey(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  return contentKeyOfBytes(new Uint8Array(await file.arrayBuffer()));
}

/**
 * The same key from a file's bytes already read. The digest copies them when called, so they
 * may be transferred elsewhere at once.
 */
export async function contentKeyOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex.slice(0, KEY_LENGTH);
}
