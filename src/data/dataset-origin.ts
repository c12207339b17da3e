/**
 * Where the dataset on screen came from. Set by the app when it opens a dataset, never read from
 * the file: a file can copy the bundled dataset's title, not its origin.
 */
export type DatasetOrigin =
  | { kind: "bundled" }
  /** Fetched from an address (`data=` in the link); `url` is absolute. */
  | { kind: "address"; url: string }
  /**
   * A file from this computer. `key` is its content key when it is kept in this browser (the link
   * then says `data=local:<key>`), null when the browser could not key it or while `keying`:
   * the key of a file just picked is found by the loader after the file is shown.
   */
  | { kind: "file"; name: string; size: number; openedAt: string; key: string | null; keying?: boolean };

/** The origin of a dataset loaded from `url` (as the address gave it), resolved against the page. */
export function addressOrigin(url: string, bundledUrl: string, page: string): DatasetOrigin {
  const absolute = new URL(url, page).href;
  return absolute === new URL(bundledUrl, page).href ? { kind: "bundled" } : { kind: "address", url: absolute };
}

/** The host and the rest of an address, shown apart so the host can stand out. */
export function splitAddress(url: string): { host: string; rest: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, rest: `${parsed.pathname}${parsed.search}` };
  } catch {
    return { host: "", rest: url };
  }
}

/**
 * One line, in English, for files written from the dataset (exports, the load report's CSV):
 * they travel without the page, so they say where their events came from.
 */
export function describeOrigin(origin: DatasetOrigin): string {
  switch (origin.kind) {
    case "bundled":
      return "The bundled dataset of the Syria security operations map";
    case "address":
      return `Loaded from ${origin.url} (not the bundled dataset)`;
    case "file":
      return `A file opened from a computer: ${origin.name}, opened ${origin.openedAt.slice(0, 10)} (not the bundled dataset)`;
  }
}
