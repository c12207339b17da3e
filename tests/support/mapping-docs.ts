import { CSV_COLUMNS } from "../../src/data/export/csv-layout.ts";
import {
  ACLED_GEO_PRECISION,
  ACLED_REQUIRED_COLUMNS,
  ACLED_SOURCE_URL,
  ACLED_SUB_EVENT_TYPES,
  ACLED_TIME_PRECISION,
} from "../../src/data/import/acled.ts";
import { GEOJSON_PROPERTIES } from "../../src/data/import/geojson.ts";
import { EXTRA_GOVERNORATE_ALIASES } from "../../src/data/import/governorate-names.ts";
import {
  UCDP_AGGREGATE_CLARITY,
  UCDP_DATE_PRECISION,
  UCDP_REQUIRED_COLUMNS,
  UCDP_SOURCE_NAME,
  UCDP_VIOLENCE_TYPES,
  UCDP_WHERE_PRECISION,
} from "../../src/data/import/ucdp.ts";
import { EVENT_TYPES } from "../../src/domain/event.ts";
import { GOVERNORATES } from "../../src/domain/governorates.ts";

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const code = (value: string) => `\`${value}\``;

/**
 * The import and export mapping tables as Markdown, generated from the tables the code uses,
 * for the README's "Bring your own data" section (so the two cannot drift apart).
 */
export function importMappingMarkdown(): string {
  const precision = (p: LocationPrecision) =>
    p === null ? "no location (kept, unlocated)" : p === "skip" ? "skipped" : code(p);
  return [
    "### GeoJSON (FeatureCollection of Points)",
    "",
    table(
      ["property", "also read", "field", "accepts"],
      GEOJSON_PROPERTIES.map((p) => [code(p.property), p.aliases.map(code).join(", "), code(p.field), p.accepts]),
    ),
    "",
    "### ACLED export (CSV)",
    "",
    `Recognised by the columns ${ACLED_REQUIRED_COLUMNS.map(code).join(", ")}. Ids become ${code("acled-<event_id_cnty>")}. ACLED publishes no page per event: every event cites ${ACLED_SOURCE_URL}, named ${code("ACLED: <source column>")}. ${code("notes")} is the summary; ${code("actor1")} and ${code("assoc_actor_1")} are the operating forces, ${code("actor2")} and ${code("assoc_actor_2")} the targets; ${code("fatalities")} above 0 is the number killed (ACLED writes 0 for none and for unknown alike, so 0 is "not reported"). The ACLED event type and sub-event type are kept as tags.`,
    "",
    table(
      ["sub_event_type", "type"],
      Object.entries(ACLED_SUB_EVENT_TYPES).map(([sub, type]) => [sub, code(type)]),
    ),
    "",
    table(
      ["geo_precision", "precision", "meaning"],
      Object.entries(ACLED_GEO_PRECISION).map(([key, v]) => [key, code(v.precision), v.label]),
    ),
    "",
    table(
      ["time_precision", "date written as", "note"],
      Object.entries(ACLED_TIME_PRECISION).map(([key, v]) => [
        key,
        v.write === "month" ? code("YYYY-MM") : code("YYYY-MM-DD"),
        v.note ?? "",
      ]),
    ),
    "",
    "### UCDP GED (CSV)",
    "",
    `Recognised by the columns ${UCDP_REQUIRED_COLUMNS.map(code).join(", ")}. Ids become ${code("ucdp-<id>")}; each event cites its page ${code("https://ucdp.uu.se/event/<id>")}, named ${code(UCDP_SOURCE_NAME)}, with ${code("source_office")} and ${code("source_article")} in the outcome notes. ${code("side_a")} are the operating forces and ${code("side_b")} the targets (split on commas); ${code("best")} is the number killed (0 is UCDP's estimate of none, kept as 0), with low and high in the notes. Rows with ${code(`event_clarity = ${UCDP_AGGREGATE_CLARITY}`)} (an aggregate of several incidents) become ${code("campaign")}. An empty ${code("adm_1")} is filled from the coordinates.`,
    "",
    table(
      ["type_of_violence", "type", "UCDP category (kept as a tag)"],
      Object.entries(UCDP_VIOLENCE_TYPES).map(([key, v]) => [key, code(v.type), v.label]),
    ),
    "",
    table(
      ["where_prec", "precision", "meaning"],
      Object.entries(UCDP_WHERE_PRECISION).map(([key, v]) => [key, precision(v.precision), v.label]),
    ),
    "",
    `${code("date_prec")} (${Object.entries(UCDP_DATE_PRECISION)
      .map(([key, label]) => `${key}: ${label}`)
      .join(
        "; ",
      )}): the span ${code("date_start")}–${code("date_end")} is written as one day, a calendar month (${code("YYYY-MM")}), a calendar year (${code("YYYY")}) or a start date with ${code("endDate")}; precisions 2 and 3 add a note.`,
    "",
    "### Governorate names",
    "",
    "Names are matched without case, diacritics, apostrophes or hyphens, with or without “Governorate”/“Province” and a leading article (Al, Ar, As…); codes (`SY-HL`, `HL`) and Arabic names are accepted. An unknown name is a warning, and the governorate is taken from the coordinates. Spellings added for peer files:",
    "",
    table(
      ["code", "governorate", "added spellings"],
      GOVERNORATES.map((g) => [code(g.code), g.name, EXTRA_GOVERNORATE_ALIASES[g.code].join(", ")]),
    ),
    "",
    "### The app's own CSV (export and import)",
    "",
    `One row per event. Lists are one cell, items separated by ${code("; ")} (a ${code(";")} or ${code("\\")} inside an item is escaped with ${code("\\")}); the source columns are parallel lists. Cells starting with = + - @ are written with a leading ${code("'")} so spreadsheets show them as text; the app removes it when reading the file back. Empty counts mean “not reported”. Types: ${EVENT_TYPES.map(code).join(", ")}.`,
    "",
    table(
      ["column", "field", "meaning"],
      CSV_COLUMNS.map((c) => [code(c.column), code(c.field), c.meaning]),
    ),
  ].join("\n");
}

type LocationPrecision = (typeof UCDP_WHERE_PRECISION)[string]["precision"];
