import type { DatasetMetadata, EventRecord, SecurityEvent } from "../../domain/event.ts";
import { FORMAT_ID } from "../event-schema.ts";
import { CSV_COLUMN_NAMES, type CsvColumn, csvLine, joinList } from "./csv-layout.ts";
import { eventRecordOf } from "./event-record.ts";

type Exportable = SecurityEvent | EventRecord;

/** A UTF-8 byte-order mark: spreadsheet programs need it to read Arabic text in a CSV correctly. */
export const UTF8_BOM = "\uFEFF";

function countCell(value: number | null | undefined): string {
  return typeof value === "number" ? String(value) : "";
}

function csvCells(record: EventRecord): Record<CsvColumn, string> {
  const l = record.location;
  const o = record.outcome;
  return {
    id: record.id,
    date: record.date ?? "",
    date_precision: record.datePrecision ?? "",
    end_date: record.endDate ?? "",
    type: record.type,
    title: record.title,
    summary: record.summary,
    title_ar: record.titleAr ?? "",
    summary_ar: record.summaryAr ?? "",
    actors: joinList(record.actors),
    force_groups: joinList(record.forceGroups ?? []),
    targets: joinList(record.targets),
    place: l?.name ?? "",
    place_ar: l?.nameAr ?? "",
    latitude: l ? String(l.lat) : "",
    longitude: l ? String(l.lon) : "",
    precision: l?.precision ?? "",
    admin1: l?.admin1 ?? "",
    area: l?.area ?? "",
    coordinate_source: l?.coordinateSource ?? "",
    arrested: countCell(o.arrested),
    killed: countCell(o.killed),
    wounded: countCell(o.wounded),
    seized: joinList(o.seized ?? []),
    outcome_notes: o.notes ?? "",
    source_names: joinList(record.sources.map((s) => s.name)),
    source_urls: joinList(record.sources.map((s) => s.url)),
    source_published: record.sources.some((s) => s.published)
      ? joinList(record.sources.map((s) => s.published ?? ""))
      : "",
    confidence: record.confidence?.level ?? "",
    confidence_reason: record.confidence?.reason ?? "",
    tags: joinList(record.tags ?? []),
    synthetic: record.synthetic === undefined ? "" : String(record.synthetic),
  };
}

/**
 * The events as the app's own CSV (columns: CSV_COLUMNS), with a UTF-8 BOM and CRLF line ends.
 * Cells a spreadsheet would run as formulas are written as text (see `protectCell`).
 */
export function toCsv(events: readonly Exportable[]): string {
  const lines = [csvLine(CSV_COLUMN_NAMES)];
  for (const event of events) {
    const cells = csvCells(eventRecordOf(event));
    lines.push(csvLine(CSV_COLUMN_NAMES.map((column) => cells[column])));
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

function metadataMembers(metadata: DatasetMetadata): Record<string, unknown> {
  return {
    title: metadata.title,
    ...(metadata.description !== undefined ? { description: metadata.description } : {}),
    ...(metadata.license !== undefined ? { license: metadata.license } : {}),
    ...(metadata.updated !== undefined ? { updated: metadata.updated } : {}),
    ...(metadata.sources !== undefined ? { sources: metadata.sources } : {}),
  };
}

/** Stories travel with the events they rest on: one citing an event left out of the export is left out too. */
function narrativesFor(events: readonly Exportable[], metadata: DatasetMetadata): Record<string, unknown> {
  if (!metadata.narratives?.length) return {};
  const ids = new Set(events.map((event) => event.id));
  const kept = metadata.narratives.filter((story) => story.steps.every((step) => ids.has(step.event)));
  return kept.length ? { narratives: kept } : {};
}

/** The events as a dataset file in format v1 (JSON), with the dataset's metadata. */
export function toJsonV1(events: readonly Exportable[], metadata: DatasetMetadata): string {
  return `${JSON.stringify(
    {
      format: FORMAT_ID,
      ...metadataMembers(metadata),
      ...narrativesFor(events, metadata),
      events: events.map(eventRecordOf),
    },
    null,
    2,
  )}\n`;
}

/** Feature properties of a record, named as in GEOJSON_PROPERTIES. */
function featureProperties(record: EventRecord): Record<string, unknown> {
  const l = record.location;
  const o = record.outcome;
  const first = record.sources[0];
  const properties: Record<string, unknown> = {
    id: record.id,
    date: record.date,
    date_precision: record.datePrecision,
    end_date: record.endDate,
    title: record.title,
    title_ar: record.titleAr,
    summary: record.summary,
    summary_ar: record.summaryAr,
    type: record.type,
    actors: record.actors,
    force_groups: record.forceGroups,
    targets: record.targets,
    place: l?.name,
    place_ar: l?.nameAr,
    precision: l?.precision,
    admin1: l?.admin1,
    area: l?.area,
    coordinate_source: l?.coordinateSource,
    arrested: o.arrested,
    killed: o.killed,
    wounded: o.wounded,
    seized: o.seized,
    outcome_notes: o.notes,
    // The first source flat as well, for GIS tools that show only flat properties.
    source_name: first?.name,
    source_url: first?.url,
    sources: record.sources,
    confidence: record.confidence?.level,
    confidence_reason: record.confidence?.reason,
    tags: record.tags,
    synthetic: record.synthetic,
  };
  for (const key of Object.keys(properties)) if (properties[key] === undefined) delete properties[key];
  return properties;
}

/**
 * The events as a GeoJSON FeatureCollection (RFC 7946): a Point `[lon, lat]` per located event,
 * a null geometry for the others, properties as in GEOJSON_PROPERTIES, and the dataset's
 * metadata as members of the collection.
 */
export function toGeoJson(events: readonly Exportable[], metadata: DatasetMetadata): string {
  const features = events.map((event) => {
    const record = eventRecordOf(event);
    return {
      type: "Feature",
      id: record.id,
      geometry: record.location ? { type: "Point", coordinates: [record.location.lon, record.location.lat] } : null,
      properties: featureProperties(record),
    };
  });
  return `${JSON.stringify(
    { type: "FeatureCollection", ...metadataMembers(metadata), ...narrativesFor(events, metadata), features },
    null,
    2,
  )}\n`;
}
