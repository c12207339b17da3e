import { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from "../../domain/event.ts";
import { normalizeText } from "../../domain/normalize-text.ts";
import { splitList } from "../export/csv-layout.ts";
import { type LoadProblem, problemText } from "../load-problem.ts";
import { isPlainObject } from "../plain-object.ts";
import { replacementCharProblem } from "../replacement-char.ts";
import { governorateFromName } from "./governorate-names.ts";
import { code, own, parseDayText, quote } from "./import-text.ts";
import type { ImportedRow } from "./validate-imported.ts";

export interface GeoJsonProperty {
  /** The property name written by our export and read first. */
  property: string;
  /** Other names read when `property` is absent. */
  aliases: readonly string[];
  /** The format v1 field it fills. */
  field: string;
  /** What values are accepted, and what happens when it is absent. */
  accepts: string;
}

/**
 * How Feature properties map to format v1 fields, for a GeoJSON FeatureCollection of Points
 * (geometry `[lon, lat]`; `null` geometry = an event without a location). Other properties are
 * ignored. The collection's own `title`, `description`, `license`, `updated` and `sources`
 * members become the dataset's metadata (the file name when there is no title).
 */
export const GEOJSON_PROPERTIES: readonly GeoJsonProperty[] = [
  {
    property: "id",
    aliases: ["event_id"],
    field: "id",
    accepts: "text or number; else the Feature's `id`; else `feature-N` (N = position, with a warning)",
  },
  {
    property: "date",
    aliases: ["event_date", "start_date"],
    field: "date",
    accepts:
      "YYYY-MM-DD, YYYY-MM, YYYY, an ISO date-time (its day is kept) or `01 January 2025`; absent or null = undated",
  },
  {
    property: "date_precision",
    aliases: ["datePrecision"],
    field: "datePrecision",
    accepts: "day, month, year, unknown",
  },
  { property: "end_date", aliases: ["endDate"], field: "endDate", accepts: "as `date`" },
  { property: "title", aliases: [], field: "title", accepts: "text (required)" },
  { property: "title_ar", aliases: ["titleAr"], field: "titleAr", accepts: "text" },
  { property: "summary", aliases: ["description"], field: "summary", accepts: "text (required)" },
  { property: "summary_ar", aliases: ["summaryAr"], field: "summaryAr", accepts: "text" },
  {
    property: "type",
    aliases: ["event_type"],
    field: "type",
    accepts: `one of ${EVENT_TYPES.join(", ")}, or its label ("Cell dismantled"), any case`,
  },
  { property: "actors", aliases: [], field: "actors", accepts: "array of names, or names separated by `;`" },
  {
    property: "force_groups",
    aliases: ["forceGroups"],
    field: "forceGroups",
    accepts: "array, or groups separated by `;`: syrian-government, sdf-asayish, foreign, other",
  },
  { property: "targets", aliases: [], field: "targets", accepts: "array of names, or names separated by `;`" },
  {
    property: "place",
    aliases: ["location_name", "location"],
    field: "location.name",
    accepts: "text; absent = the coordinates written as text",
  },
  { property: "place_ar", aliases: ["location_name_ar", "nameAr"], field: "location.nameAr", accepts: "text" },
  {
    property: "precision",
    aliases: ["location_precision"],
    field: "location.precision",
    accepts: "exact, town, district, governorate, region; absent = exact, with a warning",
  },
  {
    property: "admin1",
    aliases: ["governorate"],
    field: "location.admin1",
    accepts: "SY-HL, HL or a governorate name; unknown = a warning, and the governorate is taken from the point",
  },
  {
    property: "area",
    aliases: [],
    field: "location.area",
    accepts: "central-syria, badia, north-west, north-east, south, coast: an area in no single governorate",
  },
  { property: "coordinate_source", aliases: ["coordinateSource"], field: "location.coordinateSource", accepts: "text" },
  { property: "arrested", aliases: [], field: "outcome.arrested", accepts: "whole number, or null = not reported" },
  {
    property: "killed",
    aliases: ["fatalities"],
    field: "outcome.killed",
    accepts: "whole number, or null = not reported",
  },
  {
    property: "wounded",
    aliases: ["injured"],
    field: "outcome.wounded",
    accepts: "whole number, or null = not reported",
  },
  { property: "seized", aliases: [], field: "outcome.seized", accepts: "array, or items separated by `;`" },
  { property: "outcome_notes", aliases: ["notes"], field: "outcome.notes", accepts: "text" },
  {
    property: "sources",
    aliases: [],
    field: "sources",
    accepts: "array of { name, url, published }; when absent, source_name/source_url/source_published",
  },
  {
    property: "source_url",
    aliases: ["url"],
    field: "sources[0].url",
    accepts: "http(s) URL; a feature without any source URL is skipped",
  },
  { property: "source_name", aliases: ["source"], field: "sources[0].name", accepts: "text; absent = the URL's host" },
  { property: "source_published", aliases: [], field: "sources[0].published", accepts: "YYYY-MM-DD" },
  {
    property: "confidence",
    aliases: [],
    field: "confidence.level",
    accepts: "high, medium, low (with confidence_reason), or an object { level, reason }",
  },
  { property: "confidence_reason", aliases: [], field: "confidence.reason", accepts: "text" },
  { property: "tags", aliases: [], field: "tags", accepts: "array, or labels separated by `;`" },
  { property: "synthetic", aliases: [], field: "synthetic", accepts: "true on generated test data" },
];

const ENTRY_BY_FIELD = new Map(GEOJSON_PROPERTIES.map((entry) => [entry.field, entry]));

const TYPE_BY_NAME = new Map<string, EventType>();
for (const type of EVENT_TYPES) {
  TYPE_BY_NAME.set(normalizeText(type), type);
  TYPE_BY_NAME.set(normalizeText(EVENT_TYPE_LABELS[type]), type);
}

/** The value of a field's property (or its first alias present), or undefined. */
function read(properties: Record<string, unknown>, field: string): unknown {
  const entry = ENTRY_BY_FIELD.get(field);
  if (!entry) return undefined;
  for (const name of [entry.property, ...entry.aliases]) {
    const value = own(properties, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function text(value: unknown): unknown {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  return value === null ? undefined : value;
}

function dateValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (/^\d{4}(-\d{2})?$/.test(trimmed)) return trimmed;
  return parseDayText(trimmed) ?? trimmed;
}

function list(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return splitList(value);
  return value;
}

function countValue(value: unknown): unknown {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
  }
  return value;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** Members whose value is undefined are left out, so the strict schema sees only what the file said. */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in entries) if (entries[key] !== undefined) out[key] = entries[key];
  return out;
}

function geometryName(geometry: unknown): string {
  if (isPlainObject(geometry) && typeof geometry.type === "string") return quote(geometry.type, 30);
  return "not a GeoJSON geometry";
}

/** Maps one GeoJSON Feature to a format v1 record, or says why it cannot be. */
export function geoJsonFeature(feature: unknown, index: number): ImportedRow {
  const problems: LoadProblem[] = [];
  if (!isPlainObject(feature) || own(feature, "type") !== "Feature") {
    problems.push({ severity: "error", index, ...problemText(code("row.not-a-feature")) });
    return { record: null, problems };
  }
  const rawProperties = own(feature, "properties");
  const properties = isPlainObject(rawProperties) ? rawProperties : {};

  let id = text(read(properties, "id")) ?? text(own(feature, "id"));
  if (id === undefined) id = `feature-${index + 1}`;
  const readableId = typeof id === "string" && id.length <= 120 ? id : undefined;
  const at = { index, ...(readableId ? { id: readableId } : {}) };
  if (read(properties, "id") === undefined && own(feature, "id") === undefined)
    problems.push({
      severity: "warning",
      ...at,
      field: "id",
      ...problemText(code("row.no-feature-id")),
    });
  const fffd = replacementCharProblem(properties, index, readableId);
  if (fffd) problems.push(fffd);

  // Geometry: a Point, or null for an event the reports place nowhere more precise than Syria.
  const geometry = own(feature, "geometry");
  let location: Record<string, unknown> | null = null;
  if (geometry !== null && geometry !== undefined) {
    const coordinates = isPlainObject(geometry) ? own(geometry, "coordinates") : undefined;
    if (!isPlainObject(geometry) || own(geometry, "type") !== "Point") {
      problems.push({
        severity: "error",
        ...at,
        field: "geometry",
        ...problemText(code("row.not-a-point"), geometryName(geometry)),
      });
    } else if (
      !Array.isArray(coordinates) ||
      coordinates.length < 2 ||
      typeof coordinates[0] !== "number" ||
      typeof coordinates[1] !== "number"
    ) {
      problems.push({
        severity: "error",
        ...at,
        field: "geometry.coordinates",
        ...problemText(code("row.point-coordinates")),
      });
    } else {
      const [lon, lat] = coordinates as [number, number];
      const precisionValue = read(properties, "location.precision");
      if (precisionValue === undefined || precisionValue === null || precisionValue === "")
        problems.push({
          severity: "warning",
          ...at,
          field: "precision",
          ...problemText(code("row.no-precision")),
        });
      const adminValue = text(read(properties, "location.admin1"));
      let admin1: string | undefined;
      if (typeof adminValue === "string") {
        admin1 = governorateFromName(adminValue) ?? undefined;
        if (!admin1)
          problems.push({
            severity: "warning",
            ...at,
            field: "admin1",
            ...problemText(code("row.unknown-governorate"), quote(adminValue)),
          });
      }
      location = defined({
        name: text(read(properties, "location.name")) ?? `${lat}, ${lon}`,
        nameAr: text(read(properties, "location.nameAr")),
        lat,
        lon,
        precision:
          precisionValue === undefined || precisionValue === null || precisionValue === ""
            ? "exact"
            : typeof precisionValue === "string"
              ? precisionValue.trim().toLowerCase()
              : precisionValue,
        admin1,
        area: text(read(properties, "location.area")),
        coordinateSource: text(read(properties, "location.coordinateSource")),
      });
    }
  }

  // Sources: the `sources` array, else one source from source_url / source_name.
  let sources: unknown = read(properties, "sources");
  if (sources === undefined || sources === null) {
    const url = text(read(properties, "sources[0].url"));
    if (url === undefined) {
      problems.push({
        severity: "error",
        ...at,
        field: "source_url",
        ...problemText(code("row.no-source-url")),
      });
    } else {
      const name = text(read(properties, "sources[0].name"));
      sources = [
        defined({
          name: name ?? (typeof url === "string" ? (hostOf(url) ?? url) : url),
          url,
          published: dateValue(read(properties, "sources[0].published")) ?? undefined,
        }),
      ];
    }
  }

  if (problems.some((p) => p.severity === "error")) return { record: null, problems };

  const typeValue = read(properties, "type");
  const confidenceValue = read(properties, "confidence.level");
  const reason = text(read(properties, "confidence.reason"));
  const confidence = isPlainObject(confidenceValue)
    ? confidenceValue
    : confidenceValue !== undefined && confidenceValue !== null
      ? defined({
          level: typeof confidenceValue === "string" ? confidenceValue.trim().toLowerCase() : confidenceValue,
          reason,
        })
      : undefined;
  const date = read(properties, "date");

  const record = defined({
    id,
    date: date === undefined ? null : dateValue(date),
    datePrecision: text(read(properties, "datePrecision")),
    endDate: dateValue(text(read(properties, "endDate"))),
    title: text(read(properties, "title")),
    titleAr: text(read(properties, "titleAr")),
    summary: text(read(properties, "summary")),
    summaryAr: text(read(properties, "summaryAr")),
    type: typeof typeValue === "string" ? (TYPE_BY_NAME.get(normalizeText(typeValue)) ?? typeValue) : typeValue,
    actors: list(read(properties, "actors")) ?? [],
    forceGroups: list(read(properties, "forceGroups")) ?? undefined,
    targets: list(read(properties, "targets")) ?? [],
    location,
    outcome: defined({
      arrested: countValue(read(properties, "outcome.arrested")),
      killed: countValue(read(properties, "outcome.killed")),
      wounded: countValue(read(properties, "outcome.wounded")),
      seized: list(read(properties, "outcome.seized")),
      notes: text(read(properties, "outcome.notes")),
    }),
    sources,
    confidence,
    tags: list(read(properties, "tags")),
    synthetic: read(properties, "synthetic"),
  });
  return { record, problems };
}

/** Metadata of a FeatureCollection from its foreign members; the file name when it has no title. */
export function geoJsonMetadata(collection: Record<string, unknown>, fileName: string): Record<string, unknown> {
  const title = own(collection, "title");
  return defined({
    title: typeof title === "string" && title.trim() !== "" ? title : fileName.split(/[\\/]/).pop() || "GeoJSON",
    description: own(collection, "description"),
    license: own(collection, "license"),
    updated: own(collection, "updated"),
    sources: own(collection, "sources"),
    narratives: own(collection, "narratives"),
  });
}
