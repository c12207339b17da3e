/**
 * The app's own CSV layout ("Dataset CSV (format v1)"): one row per event, one column per
 * field of format v1. Written by `toCsv`, read back by `parseDatasetFile` (detected by its
 * `id`, `title`, `type` and `source_urls` columns).
 *
 * - Lists (actors, targets, seized, tags, sources) are written in one cell, items separated by
 *   `; `; a `;` or `\` inside an item is escaped with `\`.
 * - The three source columns are parallel lists: the n-th name, URL and publication date belong
 *   to the n-th source (an empty item where a source has no date).
 * - A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) is written
 *   with a leading `'`; the reader removes it again (see `protectCell`/`unprotectCell`).
 * - Counts left empty mean "not reported" (the CSV does not tell `null` from absent).
 */
export const CSV_COLUMNS = [
  { column: "id", field: "id", meaning: "event id (URL-safe, unique)" },
  { column: "date", field: "date", meaning: "YYYY-MM-DD, YYYY-MM or YYYY; empty when undated" },
  { column: "date_precision", field: "datePrecision", meaning: "day, month, year, unknown; empty = from the date" },
  { column: "end_date", field: "endDate", meaning: "last day of a multi-day event" },
  {
    column: "type",
    field: "type",
    meaning: "raid, arrest, cell-dismantled, strike, clash, seizure, foiled-plot, campaign, other",
  },
  { column: "title", field: "title", meaning: "plain text" },
  { column: "summary", field: "summary", meaning: "plain text" },
  { column: "title_ar", field: "titleAr", meaning: "Arabic title" },
  { column: "summary_ar", field: "summaryAr", meaning: "Arabic summary" },
  { column: "actors", field: "actors", meaning: "operating forces, `; `-separated" },
  {
    column: "force_groups",
    field: "forceGroups",
    meaning: "who acted: syrian-government, sdf-asayish, foreign, other; `; `-separated",
  },
  { column: "targets", field: "targets", meaning: "targeted groups, `; `-separated" },
  { column: "place", field: "location.name", meaning: "place as reported; empty with no coordinates = unlocated" },
  { column: "place_ar", field: "location.nameAr", meaning: "place in Arabic" },
  { column: "latitude", field: "location.lat", meaning: "WGS 84 decimal degrees" },
  { column: "longitude", field: "location.lon", meaning: "WGS 84 decimal degrees" },
  { column: "precision", field: "location.precision", meaning: "exact, town, district, governorate, region" },
  { column: "admin1", field: "location.admin1", meaning: "ISO 3166-2:SY code (SY-HL) or governorate name" },
  {
    column: "area",
    field: "location.area",
    meaning: "central-syria, badia, north-west, north-east, south, coast: an area in no single governorate",
  },
  { column: "coordinate_source", field: "location.coordinateSource", meaning: "gazetteer the point came from" },
  { column: "arrested", field: "outcome.arrested", meaning: "count; empty = not reported" },
  { column: "killed", field: "outcome.killed", meaning: "count; empty = not reported" },
  { column: "wounded", field: "outcome.wounded", meaning: "count; empty = not reported" },
  { column: "seized", field: "outcome.seized", meaning: "`; `-separated" },
  { column: "outcome_notes", field: "outcome.notes", meaning: "plain text" },
  { column: "source_names", field: "sources[].name", meaning: "`; `-separated, parallel to source_urls" },
  { column: "source_urls", field: "sources[].url", meaning: "http(s) URLs, `; `-separated" },
  {
    column: "source_published",
    field: "sources[].published",
    meaning: "ISO dates, `; `-separated (empty item = unknown)",
  },
  { column: "confidence", field: "confidence.level", meaning: "high, medium, low" },
  { column: "confidence_reason", field: "confidence.reason", meaning: "plain text" },
  { column: "tags", field: "tags", meaning: "`; `-separated" },
  { column: "synthetic", field: "synthetic", meaning: "`true` on generated test data" },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]["column"];
export const CSV_COLUMN_NAMES: readonly CsvColumn[] = CSV_COLUMNS.map((c) => c.column);

/** Columns that identify the app's own CSV. */
export const OWN_CSV_REQUIRED_COLUMNS = ["id", "title", "type", "source_urls"] as const;

/** The label of this layout, for the load report (see DATASET_FORMATS). */
export const CSV_FORMAT_LABEL = "Dataset CSV (format v1)";

const FORMULA_START = /^[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with = + - @ (or tab, CR) gets a
 * leading `'` so it is shown as text, never run as a formula. Values that already start with
 * apostrophes before such a character get one more, so `unprotectCell` restores every value.
 */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) || PROTECTED.test(value) ? `'${value}` : value;
}

/** Undoes `protectCell`. */
export function unprotectCell(value: string): string {
  return PROTECTED.test(value) ? value.slice(1) : value;
}

/** Quotes a cell for CSV (RFC 4180) when it holds a comma, quote, line break or edge spaces. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line from cells: spreadsheet-safe and quoted. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((value) => quoteCsvCell(protectCell(value))).join(",");
}

/** Joins list items into one cell: `a; b`, escaping `;` and `\` inside items. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join("; ");
}

/**
 * Splits a list cell written by `joinList` (or by hand: `a; b`, `a;b`). Items are trimmed;
 * empty items are kept only when `keepEmpty` (parallel source columns).
 */
export function splitList(value: string, keepEmpty = false): string[] {
  if (value.trim() === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c === "\\" && i + 1 < value.length) {
      current += value[i + 1];
      i++;
    } else if (c === ";") {
      items.push(current.trim());
      current = "";
    } else current += c;
  }
  items.push(current.trim());
  return keepEmpty ? items : items.filter((item) => item !== "");
}
