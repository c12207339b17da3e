export type AddressCheck = { ok: true; url: string } | { ok: false; reason: "empty" | "scheme" | "invalid" };

/**
 * Checks an address typed to load a dataset from: an http(s) URL, or a path on this site
 * (`data/other.json`, `/data/other.json`). Anything else (javascript:, data:, file:…) is refused.
 * Returns the address as typed, trimmed: the app resolves paths itself.
 */
export function checkDatasetAddress(input: string, base: string): AddressCheck {
  const value = input.trim();
  if (value === "") return { ok: false, reason: "empty" };
  // A scheme ("javascript:", "data:", "http:") is letters then a colon before any / ? #.
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (scheme) {
    const name = (scheme[1] as string).toLowerCase();
    if (name !== "http" && name !== "https") return { ok: false, reason: "scheme" };
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "scheme" };
  if (!scheme && !value.startsWith("//") && url.origin !== new URL(base).origin)
    return { ok: false, reason: "invalid" };
  return { ok: true, url: value };
}
