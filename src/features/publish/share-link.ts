/** Addresses and HTML for sharing the current view. */

function withParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  // Commas and slashes read better unescaped in list and map values, as the app writes them.
  url.search = url.searchParams.toString().replace(/%2C/g, ",").replace(/%2F/g, "/");
  return url.toString();
}

/** The same view drawn for a frame in another page (map and timeline only). */
export function embedAddress(href: string): string {
  return withParam(href, "embed", "1");
}

/** The same view in the full application, for "Open the full map" in an embed. */
export function fullMapAddress(href: string): string {
  return withParam(href, "embed", null);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const EMBED_SIZE_LIMITS = { min: 280, max: 2400 } as const;

export function clampEmbedSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.round(Math.min(EMBED_SIZE_LIMITS.max, Math.max(EMBED_SIZE_LIMITS.min, value)));
}

/** An `<iframe>` for the view: fixed size, no border, lazy, titled for screen readers. */
export function iframeSnippet(href: string, width: number, height: number, title: string): string {
  return `<iframe src="${escapeAttribute(embedAddress(href))}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${escapeAttribute(title)}" loading="lazy" allowfullscreen></iframe>`;
}
