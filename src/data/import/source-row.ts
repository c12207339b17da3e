/**
 * One row of a peer file as both containers hand it to a source-format mapper: a CSV row (all
 * text) or a GeoJSON Feature's properties (numbers, booleans and null as JSON has them), keyed
 * by column names normalised with `columnKey`.
 */
export type SourceValue = string | number | boolean | null | undefined;
export type SourceRow = Readonly<Record<string, SourceValue>>;

/**
 * A column name as detection and mapping read it: surrounding spaces and a byte order mark
 * removed, lower case (ACLED's pre-2019 files write `EVENT_DATE`, later ones `event_date`).
 */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();
}

/**
 * Words that mean "no value" in exports: R writes `NA`, databases and pandas `NULL`, `NaN`,
 * `None`, spreadsheets `N/A` and `#N/A`. Read as empty, so an export never invents an actor
 * called "NA".
 */
const NOT_GIVEN = new Set(["na", "n/a", "#n/a", "null", "nan", "none", "nil"]);

export function isNotGiven(text: string): boolean {
  return text.length <= 4 && NOT_GIVEN.has(text.toLowerCase());
}

/**
 * A cell as text: trimmed, or undefined when empty, absent, null or a "not given" word.
 * Numbers and booleans (GeoJSON properties) become their usual text.
 */
export function cellText(row: SourceRow, column: string): string | undefined {
  const value = Object.hasOwn(row, column) ? row[column] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean") return value ? "true" : "false";
  const trimmed = value.trim();
  return trimmed === "" || isNotGiven(trimmed) ? undefined : trimmed;
}
