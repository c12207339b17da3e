import type { EventType, LocationPrecision } from "../../domain/event.ts";
import { isSyriaName } from "./acled.ts";
import { governorateFromName } from "./governorate-names.ts";
import {
  code,
  collapseSpace,
  lookup,
  parseCoordinate,
  parseCount,
  report,
  splitNames,
  truncate,
} from "./import-text.ts";
import type { RowPlan } from "./source-formats.ts";
import { cellText as cell, type SourceRow } from "./source-row.ts";
import { readDate } from "./spreadsheet-dates.ts";
import type { ImportedRow } from "./validate-imported.ts";

/** Columns that identify a UCDP GED file (its own names, any order, among its ~40 columns). */
export const UCDP_REQUIRED_COLUMNS = [
  "id",
  "date_start",
  "date_end",
  "type_of_violence",
  "side_a",
  "side_b",
  "latitude",
  "longitude",
  "where_prec",
] as const;

/**
 * UCDP GED's layouts in circulation: 19.1 and earlier (41 columns; HDX's copy adds `iso3` and
 * `gwnoa`), and 20.1 onwards (`relid`, `code_status`, the `*_dset_id` columns,
 * `where_description`, `best,high,low`; the monthly candidate releases share it).
 */
export type UcdpLayout = "ged-19" | "ged-20";

export function detectUcdpLayout(columns: ReadonlySet<string>): UcdpLayout | null {
  if (!UCDP_REQUIRED_COLUMNS.every((column) => columns.has(column))) return null;
  return columns.has("relid") || columns.has("code_status") || columns.has("where_description") ? "ged-20" : "ged-19";
}

/** The Gleditsch–Ward number UCDP gives Syria in `country_id`. */
const SYRIA_GW = "652";

/** UCDP's placeholder for an actor it has not identified yet: `XXX652` (the country's GW number). */
const PLACEHOLDER_ACTOR = /^XXX\d{1,4}$/;
export const UCDP_UNIDENTIFIED = "Unidentified (UCDP)";

export const UCDP_SOURCE_NAME = "UCDP GED";
export const ucdpEventUrl = (id: string) => `https://ucdp.uu.se/event/${id}`;

/** `type_of_violence` → our type. The UCDP category is also kept as a tag. */
export const UCDP_VIOLENCE_TYPES: Readonly<Record<string, { type: EventType; label: string }>> = {
  "1": { type: "clash", label: "state-based conflict" },
  "2": { type: "clash", label: "non-state conflict" },
  "3": { type: "other", label: "one-sided violence" },
};

/** `event_clarity` 2 marks an aggregate of several incidents: such rows become `campaign`. */
export const UCDP_AGGREGATE_CLARITY = "2";

/**
 * `where_prec` → our location precision. `null`: the event is kept without a location (the
 * point UCDP gives is the country's centre). `"skip"`: the row is reported and skipped.
 */
export const UCDP_WHERE_PRECISION: Readonly<
  Record<string, { precision: LocationPrecision | null | "skip"; label: string }>
> = {
  "1": { precision: "town", label: "the named place itself (village, town)" },
  "2": { precision: "district", label: "within about 25 km of the named place" },
  "3": { precision: "district", label: "only the district (second-order division) is known" },
  "4": { precision: "governorate", label: "only the governorate is known" },
  "5": { precision: "region", label: "a part of the country larger than a governorate, or a vague area" },
  "6": { precision: null, label: "only the country is known" },
  "7": { precision: "skip", label: "international waters or air space" },
};

/**
 * `date_prec` (how precisely UCDP knows the date). The dates written are always the span
 * `date_start`–`date_end`: one day, a calendar month (`YYYY-MM`), a calendar year (`YYYY`) or
 * a start date with `endDate`. Precisions 2 and 3 add a note, since the span may be one day.
 */
export const UCDP_DATE_PRECISION: Readonly<Record<string, string>> = {
  "1": "exact day",
  "2": "within 2 to 6 days",
  "3": "within a week",
  "4": "within a month (8 to 30 days)",
  "5": "within a year or more than a month",
};

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The span start–end written as precisely as it is: a day, a month, a year, or a range. */
export function compactSpan(start: string, end: string): { date: string; endDate?: string } {
  if (start === end) return { date: start };
  const [ys, ms, ds] = start.split("-");
  const [ye, me, de] = end.split("-");
  if (ys === ye && ds === "01") {
    const year = Number(ys);
    if (ms === "01" && me === "12" && de === "31") return { date: ys as string };
    if (ms === me && Number(de) === lastDayOfMonth(year, Number(ms))) return { date: `${ys}-${ms}` };
  }
  return { date: start, endDate: end };
}

const ESTIMATE_COLUMNS = ["best", "low", "high"] as const;
const DEATH_COLUMNS = [
  ["side A", "deaths_a"],
  ["side B", "deaths_b"],
  ["civilians", "deaths_civilians"],
  ["unknown", "deaths_unknown"],
] as const;

function fatalityNote(row: SourceRow): string | null {
  let estimates = "";
  for (const column of ESTIMATE_COLUMNS) {
    const value = cell(row, column);
    if (value !== undefined) estimates += `${estimates ? ", " : ""}${column} ${value}`;
  }
  let sides = "";
  for (const [label, column] of DEATH_COLUMNS) {
    const value = cell(row, column);
    if (value !== undefined) sides += `${sides ? ", " : ""}${label} ${value}`;
  }
  if (!estimates && !sides) return null;
  return `UCDP deaths: ${estimates}${sides ? ` (${sides})` : ""}.`;
}

function sides(row: SourceRow, column: string): string[] {
  const names = splitNames(cell(row, column), ",").map((name) =>
    PLACEHOLDER_ACTOR.test(name) ? UCDP_UNIDENTIFIED : name,
  );
  return [...new Set(names)];
}

/** Where a UCDP row says it happened: true (Syria), the country's name (elsewhere), or null (not said). */
function ucdpCountry(row: SourceRow): true | string | null {
  const name = cell(row, "country");
  if (name !== undefined) return isSyriaName(name) ? true : collapseSpace(name);
  const gw = cell(row, "country_id");
  if (gw !== undefined) return gw === SYRIA_GW ? true : `GW ${gw}`;
  return null;
}

/**
 * HDX republishes UCDP with a second header row of HXL hashtags (`#date+year`, `#geo+lat`): a
 * row whose every filled cell is a hashtag is that row, not an event.
 */
export function isHashtagRow(row: SourceRow): boolean {
  let tags = 0;
  for (const key in row) {
    const value = row[key];
    if (typeof value !== "string" || value.trim() === "") continue;
    if (!value.trim().startsWith("#")) return false;
    tags++;
  }
  return tags > 0;
}

/** Maps one UCDP GED row (any release) to a format v1 record, or says why it cannot be. Pure. */
export function mapUcdpRow(plan: RowPlan, row: SourceRow, index: number): ImportedRow {
  if (isHashtagRow(row)) return { record: null, problems: [], hashtagRow: true };
  const country = ucdpCountry(row);
  if (typeof country === "string") return { record: null, problems: [], outside: country };
  const rawId = cell(row, "id");
  const validId = rawId !== undefined && /^\d{1,18}$/.test(rawId);
  const id = validId ? `ucdp-${rawId}` : undefined;
  const problems: ImportedRow["problems"] = [];

  if (!validId)
    report(problems, "error", index, id, "id", code(rawId === undefined ? "row.no-ucdp-id" : "row.bad-ucdp-id"), rawId);

  const violence = cell(row, "type_of_violence");
  const mapped = lookup(UCDP_VIOLENCE_TYPES, violence);
  if (!mapped)
    report(
      problems,
      "error",
      index,
      id,
      "type_of_violence",
      violence === undefined
        ? { code: "row.no-value", params: { column: "type_of_violence" } }
        : code("row.violence-not-1-3"),
      violence,
    );
  const aggregate = cell(row, "event_clarity") === UCDP_AGGREGATE_CLARITY;

  // Dates: the span as given; whether each day exists is checked by the loader.
  const startText = cell(row, "date_start");
  const endText = cell(row, "date_end") ?? startText;
  const startReading = startText === undefined ? null : readDate(startText, plan.dates);
  const endReading = endText === undefined ? null : readDate(endText, plan.dates);
  const start = startReading?.day ?? null;
  const end = endReading?.day ?? null;
  if (!start)
    report(
      problems,
      "error",
      index,
      id,
      "date_start",
      startReading?.problem ?? { code: "row.no-value", params: { column: "date_start" } },
      startReading?.problem && startText,
    );
  else if (!end)
    report(
      problems,
      "error",
      index,
      id,
      "date_end",
      endReading?.problem ?? { code: "row.no-value", params: { column: "date_end" } },
      endReading?.problem && endText,
    );
  const datePrec = cell(row, "date_prec");
  if (datePrec !== undefined && !lookup(UCDP_DATE_PRECISION, datePrec))
    report(problems, "warning", index, id, "date_prec", code("row.date-prec"), datePrec);

  // Location.
  const wherePrec = cell(row, "where_prec");
  const where = lookup(UCDP_WHERE_PRECISION, wherePrec);
  if (!where)
    report(
      problems,
      "error",
      index,
      id,
      "where_prec",
      wherePrec === undefined
        ? { code: "row.no-value", params: { column: "where_prec" } }
        : code("row.where-prec-range"),
      wherePrec,
    );
  else if (where.precision === "skip") report(problems, "error", index, id, "where_prec", code("row.where-prec-7"));
  let location: Record<string, unknown> | null = null;
  const placeName = collapseSpace(cell(row, "where_coordinates") ?? "");
  if (where && where.precision === null) {
    report(problems, "warning", index, id, "where_prec", code("row.where-prec-6"));
  } else if (where && where.precision !== "skip") {
    const lat = parseCoordinate(cell(row, "latitude"));
    const lon = parseCoordinate(cell(row, "longitude"));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      report(problems, "error", index, id, "latitude", code("row.no-coordinates"));
    } else {
      const admText = cell(row, "adm_1");
      const admin1 = admText === undefined ? null : governorateFromName(admText);
      if (admText !== undefined && !admin1)
        report(problems, "warning", index, id, "adm_1", code("row.unknown-governorate"), admText);
      location = {
        name: placeName || collapseSpace(cell(row, "adm_2") ?? "") || admText || `${lat}, ${lon}`,
        lat,
        lon,
        precision: where.precision,
        ...(admin1 ? { admin1 } : {}),
        coordinateSource: `UCDP GED (where_prec ${wherePrec}: ${where.label})`,
      };
    }
  }

  // Outcome: UCDP's best estimate of deaths. Zero is an estimate of zero, kept as such.
  const bestText = cell(row, "best");
  const best = parseCount(bestText);
  if (best === null) report(problems, "warning", index, id, "best", code("row.count-not-whole"), bestText);
  const notes: string[] = [];
  const fatalities = fatalityNote(row);
  if (fatalities) notes.push(fatalities);
  if (datePrec === "2" || datePrec === "3")
    notes.push(`UCDP date precision ${datePrec}: ${UCDP_DATE_PRECISION[datePrec]}.`);
  const status = collapseSpace(cell(row, "code_status") ?? "");
  if (status && status.toLowerCase() !== "clear") notes.push(`UCDP code status: ${status}.`);
  const office = collapseSpace(cell(row, "source_office") ?? "");
  if (office) notes.push(`Reported by ${office}.`);
  const article = collapseSpace(cell(row, "source_article") ?? "");
  if (article) notes.push(`Source: ${article}`);

  if (problems.some((p) => p.severity === "error") || !mapped || !start || !end) return { record: null, problems };

  const sideA = sides(row, "side_a");
  const sideB = sides(row, "side_b");
  const oneSided = violence === "3";
  const place = placeName || "Syria";
  const partyText = oneSided
    ? `${sideA.join(", ") || "Unknown perpetrator"}: one-sided violence`
    : `${sideA.join(", ") || "Unknown side"} vs ${sideB.join(", ") || "unknown side"}`;
  const conflictName = collapseSpace(cell(row, "conflict_name") ?? "");
  const conflict = PLACEHOLDER_ACTOR.test(conflictName) ? "" : conflictName;
  const headline = collapseSpace(cell(row, "source_headline") ?? "");
  const admin = [cell(row, "adm_2"), cell(row, "adm_1")].filter((v): v is string => v !== undefined).map(collapseSpace);
  const parties = oneSided
    ? `${sideA.join(", ") || "An unknown perpetrator"} against ${sideB.join(", ") || "civilians"}`
    : `${sideA.join(", ") || "An unknown side"} vs ${sideB.join(", ") || "an unknown side"}`;
  const span = compactSpan(start, end);
  const summary = [
    `UCDP GED event ${rawId}: ${mapped.label}${conflict ? ` (${conflict})` : ""}.`,
    `${parties} at ${place}${admin.length ? ` (${admin.join(", ")})` : ""}, ${start === end ? `on ${start}` : `between ${start} and ${end}`}.`,
    best !== null && best !== undefined ? `Best estimate of deaths: ${best}.` : "",
    aggregate ? "UCDP codes this as an aggregate of several incidents." : "",
    headline ? `Headline: ${headline}` : "",
  ]
    .filter(Boolean)
    .join(" ");

  const record: Record<string, unknown> = {
    id,
    date: span.date,
    ...(span.endDate ? { endDate: span.endDate } : {}),
    title: truncate(`${partyText}, ${place}`, 300),
    summary: truncate(summary, 20_000),
    type: aggregate ? "campaign" : mapped.type,
    actors: sideA,
    targets: sideB,
    location,
    outcome: {
      ...(typeof best === "number" ? { killed: best } : {}),
      ...(notes.length ? { notes: truncate(notes.join(" "), 2000) } : {}),
    },
    sources: [{ name: UCDP_SOURCE_NAME, url: ucdpEventUrl(rawId as string) }],
    tags: [`UCDP: ${mapped.label}`, ...(aggregate ? ["UCDP: aggregate"] : [])],
  };
  return { record, problems };
}
