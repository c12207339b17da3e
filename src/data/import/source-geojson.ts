import { type LoadProblem, problemText } from "../load-problem.ts";
import type { FatalReason } from "../load-problem-messages.ts";
import { isPlainObject } from "../plain-object.ts";
import { GEOJSON_PROPERTIES } from "./geojson.ts";
import { listParam } from "./import-problem-messages.ts";
import { code, own } from "./import-text.ts";
import { type DetectedSource, detectSource } from "./source-formats.ts";
import { columnKey, type SourceRow, type SourceValue } from "./source-row.ts";

/** Features whose property names are read to recognise a source format. */
const DETECT_SAMPLE = 50;

function propertyNames(features: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const feature of features.slice(0, DETECT_SAMPLE)) {
    const properties = isPlainObject(feature) ? own(feature, "properties") : undefined;
    if (isPlainObject(properties)) for (const name of Object.keys(properties)) names.add(name);
  }
  return [...names];
}

function hasPoints(features: readonly unknown[]): boolean {
  return features.slice(0, DETECT_SAMPLE).some((feature) => {
    const geometry = isPlainObject(feature) ? own(feature, "geometry") : undefined;
    return isPlainObject(geometry) && own(geometry, "type") === "Point";
  });
}

/**
 * A Feature as a source row: its properties under `columnKey` names, with `latitude` and
 * `longitude` from a Point geometry when the properties lack them (ogr2ogr moves them there;
 * ArcGIS keeps both, and the properties are ACLED's own, unrounded by reprojection).
 */
function sourceRowOf(feature: Record<string, unknown>): SourceRow {
  const row: Record<string, SourceValue> = {};
  const properties = own(feature, "properties");
  if (isPlainObject(properties))
    for (const [name, value] of Object.entries(properties))
      if (value === null || ["string", "number", "boolean"].includes(typeof value))
        row[columnKey(name)] = value as SourceValue;
  const geometry = own(feature, "geometry");
  const coordinates =
    isPlainObject(geometry) && own(geometry, "type") === "Point" ? own(geometry, "coordinates") : null;
  if (Array.isArray(coordinates) && typeof coordinates[0] === "number" && typeof coordinates[1] === "number") {
    if (row.latitude === undefined || row.latitude === null || row.latitude === "") row.latitude = coordinates[1];
    if (row.longitude === undefined || row.longitude === null || row.longitude === "") row.longitude = coordinates[0];
  }
  return row;
}

/**
 * The rows of a GeoJSON file whose properties are ACLED's or UCDP's fields, for the same mapping
 * as their CSV; null when they are not. `unreadable`: features that are not Features at all.
 */
export function sourceRowsOfFeatures(
  features: readonly unknown[],
  name: string,
): { detected: DetectedSource; rows: SourceRow[]; unreadable: Map<number, LoadProblem> } | null {
  // Point geometries stand for the latitude and longitude columns that converters move there.
  const columns = propertyNames(features).map(columnKey);
  if (hasPoints(features)) columns.push("latitude", "longitude");
  const detected = detectSource(columns, name);
  if (!detected) return null;
  const unreadable = new Map<number, LoadProblem>();
  const rows = features.map((feature, index) => {
    if (isPlainObject(feature) && own(feature, "type") === "Feature") return sourceRowOf(feature);
    unreadable.set(index, {
      severity: "error",
      index,
      ...problemText(code("row.not-a-feature")),
    });
    return {};
  });
  return { detected, rows, unreadable };
}

/** The app's own GeoJSON properties, any of which marks a file as meant for it. */
const APP_PROPERTIES = new Set(
  GEOJSON_PROPERTIES.filter((p) => !["id", "type", "location"].includes(p.property)).flatMap((p) => [
    p.property,
    ...p.aliases.filter((alias) => alias !== "event_id" && alias !== "location" && alias !== "event_type"),
  ]),
);

/** Column sets of files people mistake for event files, to name what a refused file is. */
const KNOWN_OTHER_FORMATS: readonly { name: "gtd"; columns: readonly string[] }[] = [
  { name: "gtd", columns: ["eventid", "iyear", "imonth", "iday"] },
];

/**
 * A GeoJSON file whose features hold none of the properties of any event format read here
 * (the app's own, ACLED's or UCDP's): refused in one message naming what was looked for and
 * what was found, rather than skipped feature by feature. Null when the file may be one.
 */
export function notAnEventGeoJson(features: readonly unknown[]): FatalReason | null {
  const names = propertyNames(features);
  if (features.length === 0 || names.some((name) => APP_PROPERTIES.has(name))) return null;
  const keys = new Set(names.map(columnKey));
  const known = KNOWN_OTHER_FORMATS.find((format) => format.columns.every((column) => keys.has(column)));
  return { code: "import.not-event-geojson", params: { known: known?.name ?? "", properties: listParam(names) } };
}
