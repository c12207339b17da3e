import type { EventType, LocationPrecision } from "../../domain/event.ts";
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

/** Columns every ACLED layout has (its own names, any order, any case). */
export const ACLED_REQUIRED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "event_type",
  "actor1",
  "latitude",
  "longitude",
  "geo_precision",
] as const;

/**
 * ACLED's layouts in circulation, told apart by columns only they have. Before 2019 ACLED had no
 * `sub_event_type` (upper-case names, `GWNO`, `ALLY_ACTOR_1`); 2019–2020 exports added `data_id`
 * and `iso3`; the current layout has `disorder_type`, `civilian_targeting` and `tags`.
 */
export type AcledLayout = "current" | "2020" | "2019" | "pre-2019";

export function detectAcledLayout(columns: ReadonlySet<string>): AcledLayout | null {
  if (!ACLED_REQUIRED_COLUMNS.every((column) => columns.has(column))) return null;
  if (!columns.has("sub_event_type")) return "pre-2019";
  if (columns.has("disorder_type") || columns.has("civilian_targeting") || columns.has("tags")) return "current";
  if (columns.has("data_id") || columns.has("iso3")) return "2020";
  return "2019";
}

/** Names ACLED gives Syria in `country`, and its codes in `iso` (ISO 3166 numeric), `iso3` and `gwno`. */
const SYRIA_NAMES = new Set(["syria", "syrian arab republic"]);
export function isSyriaName(name: string): boolean {
  return SYRIA_NAMES.has(collapseSpace(name).toLowerCase());
}

/** ACLED publishes no page per event: every imported event cites ACLED's site. */
export const ACLED_SOURCE_URL = "https://acleddata.com/";
export const acledSourceName = (source: string | undefined) =>
  truncate(source ? `ACLED: ${collapseSpace(source)}` : "ACLED", 300);

/**
 * ACLED `sub_event_type` → our type (ACLED's 25 sub-event types, matched case-insensitively).
 * The ACLED event type and sub-event type are also kept as tags. Anything else is reported.
 */
export const ACLED_SUB_EVENT_TYPES: Readonly<Record<string, EventType>> = {
  // Battles
  "armed clash": "clash",
  "government regains territory": "clash",
  "non-state actor overtakes territory": "clash",
  // Explosions/Remote violence
  "air/drone strike": "strike",
  "shelling/artillery/missile attack": "strike",
  "chemical weapon": "strike",
  "suicide bomb": "other",
  "remote explosive/landmine/ied": "other",
  grenade: "other",
  // Violence against civilians
  attack: "other",
  "abduction/forced disappearance": "other",
  "sexual violence": "other",
  // Strategic developments
  arrests: "arrest",
  "disrupted weapons use": "seizure",
  "looting/property destruction": "other",
  agreement: "other",
  "change to group/activity": "other",
  "headquarters or base established": "other",
  "non-violent transfer of territory": "other",
  other: "other",
  // Protests and riots
  "peaceful protest": "other",
  "protest with intervention": "other",
  "excessive force against protesters": "other",
  "violent demonstration": "other",
  "mob violence": "other",
};

/**
 * The event types of ACLED's pre-2019 layout (no sub-event types). "Remote violence" was then
 * shelling, air and drone strikes and remote explosives together: read as a strike.
 */
export const ACLED_OLD_EVENT_TYPES: Readonly<Record<string, EventType>> = {
  "battle-no change of territory": "clash",
  "battle-government regains territory": "clash",
  "battle-non-state actor overtakes territory": "clash",
  "remote violence": "strike",
  "violence against civilians": "other",
  "riots/protests": "other",
  "strategic development": "other",
  "non-violent transfer of territory": "other",
  "headquarters or base established": "other",
};

/** `geo_precision` → our location precision. */
export const ACLED_GEO_PRECISION: Readonly<Record<string, { precision: LocationPrecision; label: string }>> = {
  "1": { precision: "town", label: "the town itself" },
  "2": { precision: "district", label: "near the town, or the district" },
  "3": { precision: "governorate", label: "only a larger region (the governorate's centre or capital)" },
};

/** `time_precision` → how the date is written. */
export const ACLED_TIME_PRECISION: Readonly<Record<string, { write: "day" | "month"; note?: string }>> = {
  "1": { write: "day" },
  "2": { write: "day", note: "ACLED time precision 2: the day is approximate, within the week" },
  "3": { write: "month" },
};

function subEventKey(value: string): string {
  return collapseSpace(value)
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s*-\s*/g, "-");
}

function names(row: SourceRow, main: string, associated: string): string[] {
  const all = [...splitNames(cell(row, main), /;/), ...splitNames(cell(row, associated), /;/)];
  // Kept as given: more than the format allows (50 names of 300 characters) is reported, not cut.
  return [...new Set(all)];
}

/**
 * Where an ACLED row says it happened: true (Syria), the country's name (elsewhere), or null
 * (no country given: the coordinates decide).
 */
function acledCountry(row: SourceRow): true | string | null {
  const name = cell(row, "country");
  if (name !== undefined) return isSyriaName(name) ? true : collapseSpace(name);
  const iso3 = cell(row, "iso3");
  if (iso3 !== undefined) return iso3.toUpperCase() === "SYR" ? true : iso3.toUpperCase();
  const gwno = cell(row, "gwno");
  if (gwno !== undefined) return gwno === "652" ? true : `GW ${gwno}`;
  return null;
}

/** Maps one ACLED row (any layout) to a format v1 record, or says why it cannot be. Pure. */
export function mapAcledRow(plan: RowPlan, row: SourceRow, index: number): ImportedRow {
  const country = acledCountry(row);
  if (typeof country === "string") return { record: null, problems: [], outside: country };
  const rawId = cell(row, "event_id_cnty");
  const validId = rawId !== undefined && /^[A-Za-z0-9][A-Za-z0-9._~-]{0,109}$/.test(rawId);
  const id = validId ? `acled-${rawId}` : undefined;
  const problems: ImportedRow["problems"] = [];

  if (!validId)
    report(
      problems,
      "error",
      index,
      id,
      "event_id_cnty",
      code(rawId === undefined ? "row.no-event-id" : "row.bad-acled-id"),
      rawId,
    );

  const subText = cell(row, "sub_event_type");
  const eventType = cell(row, "event_type");
  const oldLayout = plan.layout === "pre-2019";
  const type = oldLayout
    ? lookup(ACLED_OLD_EVENT_TYPES, eventType === undefined ? undefined : subEventKey(eventType))
    : lookup(ACLED_SUB_EVENT_TYPES, subText === undefined ? undefined : subEventKey(subText));
  if (!type)
    report(
      problems,
      "error",
      index,
      id,
      oldLayout ? "event_type" : "sub_event_type",
      code(
        oldLayout
          ? eventType === undefined
            ? "row.no-event-type"
            : "row.unknown-event-type"
          : subText === undefined
            ? "row.no-sub-event-type"
            : "row.unknown-sub-event-type",
      ),
      oldLayout ? eventType : subText,
    );

  const dateText = cell(row, "event_date");
  const reading = dateText === undefined ? null : readDate(dateText, plan.dates);
  const day = reading?.day ?? null;
  if (!day)
    report(
      problems,
      "error",
      index,
      id,
      "event_date",
      reading?.problem ?? code("row.no-date"),
      reading?.problem && dateText,
    );
  const timeText = cell(row, "time_precision") ?? "1";
  let time = lookup(ACLED_TIME_PRECISION, timeText);
  if (!time) {
    report(problems, "warning", index, id, "time_precision", code("row.time-precision"), timeText);
    time = { write: "day" };
  }

  const geoText = cell(row, "geo_precision");
  const geo = lookup(ACLED_GEO_PRECISION, geoText);
  if (!geo)
    report(
      problems,
      "error",
      index,
      id,
      "geo_precision",
      geoText === undefined ? { code: "row.no-value", params: { column: "geo_precision" } } : code("row.not-1-2-3"),
      geoText,
    );
  const lat = parseCoordinate(cell(row, "latitude"));
  const lon = parseCoordinate(cell(row, "longitude"));
  if (!Number.isFinite(lat) || !Number.isFinite(lon))
    report(problems, "error", index, id, "latitude", code("row.no-coordinates"));
  const admText = cell(row, "admin1");
  const admin1 = admText === undefined ? null : governorateFromName(admText);
  if (admText !== undefined && !admin1)
    report(problems, "warning", index, id, "admin1", code("row.unknown-governorate"), admText);

  // ACLED writes 0 both for "none" and "not known": only a positive count is a reported number.
  const fatalText = cell(row, "fatalities");
  const fatalities = parseCount(fatalText);
  if (fatalities === null) report(problems, "warning", index, id, "fatalities", code("row.count-not-whole"), fatalText);

  if (problems.some((p) => p.severity === "error") || !type || !day || !geo) return { record: null, problems };

  const place = collapseSpace(cell(row, "location") ?? cell(row, "admin3") ?? cell(row, "admin2") ?? admText ?? "");
  const admin = ["admin2", "admin1"].map((c) => cell(row, c)).filter((v): v is string => v !== undefined);
  const sub = collapseSpace((subText ?? eventType) as string);
  const notes = collapseSpace(cell(row, "notes") ?? "");
  const actors = names(row, "actor1", oldLayout ? "ally_actor_1" : "assoc_actor_1");
  const targets = names(row, "actor2", oldLayout ? "ally_actor_2" : "assoc_actor_2");
  const placeText = place || `${lat}, ${lon}`;
  // ACLED's own notes are kept whole: one too long for the format is reported, not cut.
  const summary =
    notes ||
    truncate(
      `ACLED event ${rawId}: ${sub}${eventType && !oldLayout ? ` (${collapseSpace(eventType)})` : ""} at ${placeText}${admin.length ? ` (${admin.map(collapseSpace).join(", ")})` : ""} on ${day}${actors.length ? `, involving ${[...actors, ...targets].join(", ")}` : ""}.`,
      20_000,
    );

  // The source list is cut to fit a source name; when it is, it is also kept whole in the notes.
  const sourceText = collapseSpace(cell(row, "source") ?? "");
  const outcomeNotes = [
    ...(time.note ? [`${time.note}.`] : []),
    ...(sourceText && acledSourceName(sourceText) !== `ACLED: ${sourceText}` ? [`ACLED sources: ${sourceText}`] : []),
  ];
  const tags = oldLayout
    ? [truncate(`ACLED: ${sub}`, 100)]
    : [...(eventType ? [truncate(`ACLED: ${collapseSpace(eventType)}`, 100)] : []), truncate(`ACLED: ${sub}`, 100)];

  const record: Record<string, unknown> = {
    id,
    date: time.write === "month" ? day.slice(0, 7) : day,
    title: truncate(`${sub} in ${placeText}`, 300),
    summary,
    type,
    actors,
    targets,
    location: {
      name: placeText,
      lat,
      lon,
      precision: geo.precision,
      ...(admin1 ? { admin1 } : {}),
      coordinateSource: `ACLED (geo_precision ${geoText}: ${geo.label})`,
    },
    outcome: {
      ...(typeof fatalities === "number" && fatalities > 0 ? { killed: fatalities } : {}),
      ...(outcomeNotes.length ? { notes: truncate(outcomeNotes.join(" "), 2000) } : {}),
    },
    sources: [{ name: acledSourceName(sourceText || undefined), url: ACLED_SOURCE_URL }],
    tags,
  };
  return { record, problems };
}
