import { type AcledLayout, detectAcledLayout, mapAcledRow } from "./acled.ts";
import { cellText, type SourceRow } from "./source-row.ts";
import { type DatePlan, planDates } from "./spreadsheet-dates.ts";
import { detectUcdpLayout, isHashtagRow, mapUcdpRow, type UcdpLayout } from "./ucdp.ts";
import type { ImportedRow } from "./validate-imported.ts";

/*
 * One field mapping per source format (ACLED, UCDP GED), shared by the CSV and the GeoJSON
 * containers. The contract, which a streaming reader can follow:
 *
 *  1. `detectSource(columns, name)`: from the column names alone (a CSV header line, or the
 *     property names of a GeoJSON file's first features) and the file's name: the source, its
 *     layout and its release, or null. Names are matched after `columnKey` (case, spaces, BOM).
 *  2. `planRows(detected, sample)`: from a sample of rows (a streaming reader's first chunk;
 *     a few hundred rows settle it): how numeric dates are ordered and how the file writes its
 *     dates. This is the only knowledge taken from more than one row; a reader that already
 *     knows it can build the `RowPlan` itself.
 *  3. `mapSourceRow(plan, row, index)`: pure, one row at a time, no state kept between calls:
 *     a format v1 record with its problems, or a row outside Syria (its country, to be counted
 *     into one grouped line), or HDX's hashtag row (dropped with one note). The record is then
 *     checked like any format v1 record (schema, real dates, governorate, duplicate ids).
 */

export type SourceKind = "acled" | "ucdp";

export type DetectedSource =
  | { source: "acled"; layout: AcledLayout; release: null }
  | { source: "ucdp"; layout: UcdpLayout; release: string | null };

export type RowPlan = DetectedSource & { dates: DatePlan };

/** The columns each source writes its dates in (the sample `planRows` reads). */
const DATE_COLUMNS: Readonly<Record<SourceKind, readonly string[]>> = {
  acled: ["event_date"],
  ucdp: ["date_start", "date_end"],
};

/**
 * A UCDP release named in a file name or a GeoJSON `name` member: `ged191` → 19.1,
 * `GEDEvent_v23_1` → 23.1, `GEDEvent_v26_0_7` → 26.0.7 (a monthly candidate release).
 */
export function ucdpReleaseOf(name: string): string | null {
  const match = /(?:ged|candidate)[^\d/\\]{0,8}?v?(\d{2})[_.]?(\d)(?:[_.](\d{1,2}))?(?!\d)/i.exec(name);
  if (!match) return null;
  return match[3] === undefined ? `${match[1]}.${match[2]}` : `${match[1]}.${match[2]}.${match[3]}`;
}

/** A three-part UCDP release (26.0.7) is a monthly candidate release, not a yearly GED. */
export function isCandidateRelease(release: string | null): boolean {
  return release !== null && release.split(".").length === 3;
}

/**
 * Whether a release named by a file fits the columns it has: the 49-column schema (`relid`,
 * `code_status`, `where_description`) is GED 20.1 on and every candidate release; GED 19.1 and
 * earlier (5.0, 17.1, 18.1) lack those columns. A file renamed or mislabelled keeps the layout
 * its columns show, without the name's release.
 */
function releaseFitsLayout(release: string, layout: UcdpLayout): boolean {
  const major = Number(release.split(".")[0]);
  return layout === "ged-20" ? major >= 20 : major < 20 && !isCandidateRelease(release);
}

/**
 * Which source format the columns are, UCDP first (its columns are the more specific). The
 * columns decide the layout; a UCDP release named in the file's name is kept only where it fits
 * them.
 */
export function detectSource(columns: Iterable<string>, name: string): DetectedSource | null {
  const present = new Set(columns);
  const ucdp = detectUcdpLayout(present);
  if (ucdp) {
    const named = ucdpReleaseOf(name);
    return { source: "ucdp", layout: ucdp, release: named && releaseFitsLayout(named, ucdp) ? named : null };
  }
  const acled = detectAcledLayout(present);
  if (acled) return { source: "acled", layout: acled, release: null };
  return null;
}

/**
 * Decides the date plan from a sample of rows. ACLED writes numeric dates day first
 * (`29/12/2015`), so that is its convention unless the file proves month first; UCDP writes
 * ISO dates, so a numeric one there must be proven by the file's other dates.
 */
export function planRows(detected: DetectedSource, sample: Iterable<SourceRow>): RowPlan {
  const columns = DATE_COLUMNS[detected.source];
  const texts: string[] = [];
  for (const row of sample) {
    if (isHashtagRow(row)) continue;
    for (const column of columns) {
      const text = cellText(row, column);
      if (text !== undefined) texts.push(text);
    }
  }
  return { ...detected, dates: planDates(texts, detected.source === "acled" ? "day-first" : null) };
}

/** Maps one row with the plan of its file. Pure: call it on any thread, in any order. */
export function mapSourceRow(plan: RowPlan, row: SourceRow, index: number): ImportedRow {
  return plan.source === "acled" ? mapAcledRow(plan, row, index) : mapUcdpRow(plan, row, index);
}
