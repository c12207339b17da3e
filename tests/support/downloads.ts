import { afterEach, beforeEach, vi } from "vitest";

/**
 * Records what the page downloads (jsdom has no object URLs and clicking a link does nothing):
 * the blobs handed to URL.createObjectURL and the file names of the download links clicked.
 */
export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const captured = { blobs: [] as Blob[], names: [] as string[] };
  beforeEach(() => {
    captured.blobs.length = 0;
    captured.names.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      captured.blobs.push(blob);
      return `blob:test/${captured.blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      captured.names.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
