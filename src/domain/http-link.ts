/**
 * The one rule for a link the app follows or loads (a source's URL, a dataset address): an
 * absolute http: or https: URL. Anything else (javascript:, data:, file:) is refused everywhere.
 */
export const isHttpProtocol = (protocol: string): boolean => protocol === "http:" || protocol === "https:";

/** The parsed URL when `value` is an absolute http(s) address, else null. */
export function httpUrlOf(value: string): URL | null {
  try {
    const url = new URL(value);
    return isHttpProtocol(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
