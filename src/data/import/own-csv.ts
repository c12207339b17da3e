import { splitList, unprotectCell } from "../export/csv-layout.ts";
import { problemText } from "../load-problem.ts";
import { type CsvRow, type CsvTable, rowShapeProblems } from "./csv-table.ts";
import { governorateFromName } from "./governorate-names.ts";
import { code, parseCoordinate, quote } from "./import-text.ts";
import type { ImportedRow } from "./validate-imported.ts";

/** A cell of the app's own CSV: apostrophe protection removed, trimmed, undefined when empty. */
function read(row: CsvRow, column: string): string | undefined {
  const value = Object.hasOwn(row, column) ? row[column] : undefined;
  if (typeof value !== "string") return undefined;
  const text = unprotectCell(value.trim()).trim();
  return text === "" ? undefined : text;
}

function count(row: CsvRow, column: string): number | string | undefined {
  const text = read(row, column);
  if (text === undefined) return undefined;
  // Left as text when it is not a plain number, so the schema reports it against its field.
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

const BOOLEANS = new Map([
  ["true", true],
  ["false", false],
]);

/** Maps one row of the app's own CSV (see CSV_COLUMNS) back to a format v1 record. */
export function ownCsvRow(table: CsvTable, index: number): ImportedRow {
  const row = table.rows[index] as CsvRow;
  const id = read(row, "id");
  const problems = rowShapeProblems(table, index, id);
  const at = { index, ...(id ? { id } : {}) };
  if (problems.some((p) => p.severity === "error")) return { record: null, problems };

  const latText = read(row, "latitude");
  const lonText = read(row, "longitude");
  let location: Record<string, unknown> | null = null;
  if (latText !== undefined || lonText !== undefined) {
    const lat = parseCoordinate(latText);
    const lon = parseCoordinate(lonText);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      problems.push({
        severity: "error",
        ...at,
        field: "latitude",
        ...problemText(code("row.coordinates-not-decimal"), `${quote(latText ?? "")}, ${quote(lonText ?? "")}`),
      });
      return { record: null, problems };
    }
    const admText = read(row, "admin1");
    const admin1 = admText === undefined ? undefined : governorateFromName(admText);
    if (admText !== undefined && !admin1)
      problems.push({
        severity: "warning",
        ...at,
        field: "admin1",
        ...problemText(code("row.unknown-governorate"), quote(admText)),
      });
    location = {
      name: read(row, "place") ?? `${lat}, ${lon}`,
      nameAr: read(row, "place_ar"),
      lat,
      lon,
      precision: read(row, "precision"),
      admin1: admin1 ?? undefined,
      area: read(row, "area"),
      coordinateSource: read(row, "coordinate_source"),
    };
  } else if (read(row, "place") !== undefined) {
    problems.push({
      severity: "warning",
      ...at,
      field: "place",
      ...problemText(code("row.place-without-coordinates")),
    });
  }

  const names = splitList(read(row, "source_names") ?? "", true);
  const urls = splitList(read(row, "source_urls") ?? "", true);
  const published = splitList(read(row, "source_published") ?? "", true);
  const sources = urls.map((url, i) => ({
    name: names[i] || url,
    url,
    ...(published[i] ? { published: published[i] } : {}),
  }));
  const level = read(row, "confidence");
  const reason = read(row, "confidence_reason");
  const seized = splitList(read(row, "seized") ?? "");
  const tags = splitList(read(row, "tags") ?? "");
  const forceGroups = splitList(read(row, "force_groups") ?? "");
  const synthetic = read(row, "synthetic");

  const record: Record<string, unknown> = {
    id: id ?? "",
    date: read(row, "date") ?? null,
    datePrecision: read(row, "date_precision"),
    endDate: read(row, "end_date"),
    title: read(row, "title") ?? "",
    titleAr: read(row, "title_ar"),
    summary: read(row, "summary") ?? "",
    summaryAr: read(row, "summary_ar"),
    type: read(row, "type") ?? "",
    actors: splitList(read(row, "actors") ?? ""),
    forceGroups: forceGroups.length ? forceGroups : undefined,
    targets: splitList(read(row, "targets") ?? ""),
    location,
    outcome: {
      arrested: count(row, "arrested"),
      killed: count(row, "killed"),
      wounded: count(row, "wounded"),
      seized: seized.length ? seized : undefined,
      notes: read(row, "outcome_notes"),
    },
    sources,
    confidence: level || reason ? { level, reason } : undefined,
    tags: tags.length ? tags : undefined,
    synthetic: synthetic === undefined ? undefined : (BOOLEANS.get(synthetic.toLowerCase()) ?? synthetic),
  };
  return { record: dropUndefined(record), problems };
}

/** Removes undefined members (the schema is strict about unknown keys, not about undefined, but files stay tidy). */
function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    out[key] =
      member !== null && typeof member === "object" && !Array.isArray(member)
        ? dropUndefined(member as Record<string, unknown>)
        : member;
  }
  return out;
}
