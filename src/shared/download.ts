/** Offers text to the person as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/**
 * Offers a file to the person: a Blob behind an object URL, clicked through a temporary
 * `<a download>`. The URL is released once the browser has taken the file.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Media types of the files the app writes. */
export const DOWNLOAD_TYPES = {
  csv: "text/csv;charset=utf-8",
  geojson: "application/geo+json;charset=utf-8",
  json: "application/json;charset=utf-8",
} as const;
