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

/**
 * An address `new URL` certainly takes as http(s), tested without building one (a URL object per
 * source was a tenth of a load's checking): a plain host of letters, digits and hyphens whose
 * last label starts with a letter (so never read as an IP address), no punycode, no user or
 * port; after it, anything (the parser escapes it).
 */
export const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][\s\S]*)?$/i;
const PUNYCODE = /xn--/i;

/** Whether `value` is an absolute http(s) address (httpUrlOf not null), quickly for plain ones. */
export function isHttpLink(value: string): boolean {
  return (PLAIN_HTTP_URL.test(value) && !PUNYCODE.test(value)) || httpUrlOf(value) !== null;
}
