import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMN_NAMES } from "../../src/data/export/csv-layout.ts";
import { toCsv, toGeoJson, toJsonV1 } from "../../src/data/export/to-formats.ts";
import { GEOJSON_PROPERTIES } from "../../src/data/import/geojson.ts";
import { OWN_CSV_FORMAT, parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { type DatasetFormat, type LoadedDataset, validateDataset } from "../../src/data/validate-dataset.ts";
import {
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  type DatasetMetadata,
  EVENT_TYPES,
  type EventRecord,
  LOCATION_PRECISIONS,
  type SecurityEvent,
} from "../../src/domain/event.ts";
import { GOVERNORATE_CODES } from "../../src/domain/governorates.ts";
import { bundledLocator } from "../support/disk.ts";

const locator = bundledLocator();

function loadShipped(): LoadedDataset {
  const result = parseDatasetFile(readFileSync("public/data/events.json", "utf8"), "events.json", locator);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

type Exporter = { ext: string; format: DatasetFormat; write: (events: SecurityEvent[], m: DatasetMetadata) => string };
const EXPORTERS: Exporter[] = [
  { ext: "csv", format: OWN_CSV_FORMAT, write: (events) => toCsv(events) },
  { ext: "geojson", format: "geojson", write: toGeoJson },
  { ext: "json", format: "json-v1", write: toJsonV1 },
];

/**
 * What a format can say. The CSV has one empty cell for both "null" and "absent" counts (both
 * mean "not reported") and for an empty optional list; everything else must come back as it was.
 */
function comparable(event: SecurityEvent, ext: string): unknown {
  if (ext !== "csv") return event;
  const outcome = { ...event.outcome };
  for (const key of ["arrested", "killed", "wounded"] as const) if (outcome[key] === null) delete outcome[key];
  if (outcome.seized?.length === 0) delete outcome.seized;
  return { ...event, outcome, tags: event.tags?.length ? event.tags : undefined };
}

function roundTrip(events: SecurityEvent[], metadata: DatasetMetadata, exporter: Exporter): LoadedDataset {
  const result = parseDatasetFile(exporter.write(events, metadata), `export.${exporter.ext}`, locator);
  if (!result.ok) throw new Error(`${exporter.ext}: ${result.error.message}`);
  return result;
}

describe("export then import gives back the same events", () => {
  const shipped = loadShipped();

  it.each(EXPORTERS)("the shipped dataset through $ext", (exporter) => {
    const back = roundTrip(shipped.events, shipped.metadata, exporter);
    expect(back.format).toBe(exporter.format);
    expect(back.problems).toEqual([]);
    expect(back.recordCount).toBe(shipped.events.length);
    expect(back.events.map((e) => comparable(e, exporter.ext))).toEqual(
      shipped.events.map((e) => comparable(e, exporter.ext)),
    );
    if (exporter.ext !== "csv") expect(back.metadata).toEqual(shipped.metadata);
  });

  it("writes the documented CSV columns, and GeoJSON properties from the documented table", () => {
    const csv = toCsv(shipped.events.slice(0, 1));
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\ufeff${CSV_COLUMN_NAMES.join(",")}`);
    const documented = new Set(GEOJSON_PROPERTIES.map((p) => p.property));
    const collection = JSON.parse(toGeoJson(shipped.events, shipped.metadata));
    for (const feature of collection.features)
      for (const key of Object.keys(feature.properties)) expect(documented, key).toContain(key);
  });

  it.each(EXPORTERS.filter((e) => e.ext !== "csv"))(
    "keeps the stories through $ext, and leaves out a story citing an event the export leaves out",
    (exporter) => {
      const stories = shipped.metadata.narratives ?? [];
      expect(stories.length).toBeGreaterThanOrEqual(2);
      expect(roundTrip(shipped.events, shipped.metadata, exporter).metadata.narratives).toEqual(stories);
      const without = shipped.events.filter((event) => event.id !== stories[0]?.steps[0]?.event);
      const back = roundTrip(without, shipped.metadata, exporter).metadata.narratives ?? [];
      expect(back.map((story) => story.id)).toEqual(stories.slice(1).map((story) => story.id));
    },
  );

  it("writes records, not the loader's derived fields", () => {
    const json = JSON.parse(toJsonV1(shipped.events, shipped.metadata));
    expect(json.format).toBe("syria-security-events/v1");
    for (const record of json.events) {
      expect(record).not.toHaveProperty("startDay");
      expect(record).not.toHaveProperty("endDay");
      expect(record).not.toHaveProperty("admin1");
    }
  });
});

// Points inside governorates, jittered by up to ~1 km, so records land in Syria.
const PLACES: [number, number][] = [
  [36.2021, 37.1343],
  [33.5102, 36.2913],
  [35.336, 40.14],
  [34.7324, 36.7137],
  [35.9306, 36.6339],
  [32.6189, 36.1021],
  [36.5024, 40.7477],
  [35.9528, 39.0079],
];

const TRICKY = [
  "a",
  "Z",
  "7",
  " ",
  ",",
  ";",
  "\\",
  '"',
  "'",
  "=",
  "+",
  "-",
  "@",
  "\n",
  "\r\n",
  "\t",
  "حلب",
  "é",
  "😀",
  "<b>",
];
const piece = fc.constantFrom(...TRICKY);
const text = (max: number) =>
  fc
    .array(piece, { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join("").trim().slice(0, max).trim())
    .filter((s) => s.length > 0);
const day = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDate = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const count = fc
  .option(fc.nat({ max: 1_000_000 }), { nil: undefined })
  .chain((n) => (n === undefined ? fc.constantFrom(undefined, null) : fc.constant(n)));

const arbitraryRecord: fc.Arbitrary<EventRecord> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,30}$/),
    date: fc.option(isoDate, { nil: null }),
    datePrecision: optional(fc.constantFrom(...DATE_PRECISIONS)),
    endAfter: optional(fc.nat({ max: 40 })),
    title: text(300),
    titleAr: optional(text(300)),
    summary: text(2000),
    summaryAr: optional(text(2000)),
    type: fc.constantFrom(...EVENT_TYPES),
    actors: fc.array(text(300), { maxLength: 3 }),
    targets: fc.array(text(300), { maxLength: 3 }),
    location: fc.option(
      fc.record({
        place: fc.constantFrom(...PLACES),
        dLat: fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        dLon: fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        name: text(300),
        nameAr: optional(text(300)),
        precision: fc.constantFrom(...LOCATION_PRECISIONS),
        admin1: optional(fc.constantFrom(...GOVERNORATE_CODES)),
        coordinateSource: optional(text(300)),
      }),
      { nil: null },
    ),
    arrested: count,
    killed: count,
    wounded: count,
    seized: optional(fc.array(text(500), { maxLength: 3 })),
    notes: optional(text(2000)),
    sources: fc.array(
      fc.record({
        name: text(300),
        url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
        published: optional(day),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    confidence: optional(fc.record({ level: fc.constantFrom(...CONFIDENCE_LEVELS), reason: text(2000) })),
    tags: optional(fc.array(text(100), { maxLength: 3 })),
    synthetic: optional(fc.boolean()),
  })
  .map((r): EventRecord => {
    const endDate =
      r.endAfter !== undefined && r.date?.length === 10
        ? new Date(Date.parse(r.date) + r.endAfter * 86_400_000).toISOString().slice(0, 10)
        : undefined;
    const l = r.location;
    const record: EventRecord = {
      id: r.id,
      date: r.date,
      title: r.title,
      summary: r.summary,
      type: r.type,
      actors: r.actors,
      targets: r.targets,
      location: l && {
        name: l.name,
        lat: l.place[0] + l.dLat,
        lon: l.place[1] + l.dLon,
        precision: l.precision,
        ...(l.nameAr !== undefined ? { nameAr: l.nameAr } : {}),
        ...(l.admin1 !== undefined ? { admin1: l.admin1 } : {}),
        ...(l.coordinateSource !== undefined ? { coordinateSource: l.coordinateSource } : {}),
      },
      outcome: {
        ...(r.arrested !== undefined ? { arrested: r.arrested } : {}),
        ...(r.killed !== undefined ? { killed: r.killed } : {}),
        ...(r.wounded !== undefined ? { wounded: r.wounded } : {}),
        ...(r.seized !== undefined ? { seized: r.seized } : {}),
        ...(r.notes !== undefined ? { notes: r.notes } : {}),
      },
      sources: r.sources.map((s) => ({ name: s.name, url: s.url, ...(s.published ? { published: s.published } : {}) })),
    };
    if (r.datePrecision !== undefined) record.datePrecision = r.datePrecision;
    if (endDate !== undefined) record.endDate = endDate;
    if (r.titleAr !== undefined) record.titleAr = r.titleAr;
    if (r.summaryAr !== undefined) record.summaryAr = r.summaryAr;
    if (r.confidence !== undefined) record.confidence = r.confidence;
    if (r.tags !== undefined) record.tags = r.tags;
    if (r.synthetic !== undefined) record.synthetic = r.synthetic;
    return record;
  });

describe("export then import of generated records", () => {
  it.each(EXPORTERS)("keeps every loaded event through $ext", (exporter) => {
    let loadedSome = 0;
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRecord, { selector: (r) => r.id, maxLength: 12 }), (records) => {
        const first = validateDataset({ title: "Generated", events: records }, "generated.json", locator);
        if (!first.ok) throw new Error(first.error.message);
        loadedSome += first.events.length;
        const back = roundTrip(first.events, first.metadata, exporter);
        expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
        expect(back.events.map((e) => comparable(e, exporter.ext))).toEqual(
          first.events.map((e) => comparable(e, exporter.ext)),
        );
      }),
      { numRuns: 150 },
    );
    expect(loadedSome).toBeGreaterThan(200);
  });
});
