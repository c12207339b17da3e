// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACLED_OLD_EVENT_TYPES, ACLED_SUB_EVENT_TYPES } from "../../src/data/import/acled.ts";
import { parseDatasetBytes } from "../../src/data/import/parse-dataset-file.ts";
import type { DatasetResult } from "../../src/data/validate-dataset.ts";
import { bundledLocator } from "../support/disk.ts";

/*
 * Any ACLED or UCDP row, written in any layout, date style, delimiter, encoding and container
 * the importer reads, reads back to the same event as its plain form (current layout, ISO
 * dates, commas, UTF-8).
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Points well inside a governorate (Natural Earth label points), so borders play no part. */
const PLACES = [
  ["Damascus", "Damascus", 33.5101, 36.2897],
  ["Aleppo", "Aleppo", 36.1054, 37.601],
  ["Idleb", "Idlib", 35.8528, 36.6829],
  ["Deir-ez-Zor", "Deir ez Zor governorate", 35.0736, 40.275],
  ["Al-Hasakeh", "Hasakah governorate", 36.3536, 40.9092],
  ["Dar'a", "Daraa governorate", 32.8686, 36.1698],
] as const;

type DateStyle = "iso" | "acled" | "excel" | "day-first" | "month-first";
type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

interface Day {
  year: number;
  month: number;
  day: number;
}

const dayArb = fc.record({
  year: fc.integer({ min: 1997, max: 2026 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

const pad = (n: number) => String(n).padStart(2, "0");

function writeDay({ year, month, day }: Day, style: DateStyle, withTime: boolean): string {
  switch (style) {
    case "iso":
      return `${year}-${pad(month)}-${pad(day)}${withTime ? " 00:00:00.000" : ""}`;
    case "acled":
      return `${pad(day)} ${LONG_MONTHS[month - 1]} ${year}`;
    case "excel":
      return `${day}-${MONTHS[month - 1]}-${pad(year % 100)}`;
    case "day-first":
      return `${pad(day)}/${pad(month)}/${year}`;
    case "month-first":
      return `${month}/${day}/${year}`;
  }
}

/** Names with the characters exports carry: accents, curly quotes, commas, quotes; Arabic where the encoding has it. */
function nameArb(arabic: boolean) {
  const words = ["Forces", "al-Sham", "Ma’arat", "Café", "Unit 5", '"Free"', "Army, North", "Groupe", "Kurdish"];
  const arabicWords = ["قوات", "الجيش", "حلب"];
  return fc
    .array(fc.constantFrom(...words, ...(arabic ? arabicWords : [])), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(" "));
}

interface AcledEvent {
  id: string;
  day: Day;
  sub: string;
  oldType: string;
  actor1: string;
  assoc1: string | null;
  actor2: string | null;
  place: (typeof PLACES)[number];
  geo: "1" | "2" | "3";
  time: "1" | "2" | "3";
  fatalities: number;
  notes: string | null;
}

function acledEventArb(arabic: boolean): fc.Arbitrary<AcledEvent> {
  return fc.record({
    id: fc.integer({ min: 1, max: 99999 }).map((n) => `SYR${n}`),
    day: dayArb,
    sub: fc.constantFrom(...Object.keys(ACLED_SUB_EVENT_TYPES)),
    oldType: fc.constantFrom(...Object.keys(ACLED_OLD_EVENT_TYPES)),
    actor1: nameArb(arabic),
    assoc1: fc.option(nameArb(arabic), { nil: null }),
    actor2: fc.option(nameArb(arabic), { nil: null }),
    place: fc.constantFrom(...PLACES),
    geo: fc.constantFrom("1", "2", "3"),
    time: fc.constantFrom("1", "2", "3"),
    fatalities: fc.integer({ min: 0, max: 40 }),
    notes: fc.option(
      nameArb(arabic).map((n) => `On that day, ${n}; "quoted"\nand a second line.`),
      { nil: null },
    ),
  });
}

type AcledLayout = "current" | "2020" | "2019" | "pre-2019";

const ACLED_COLUMNS: Record<AcledLayout, string[]> = {
  current: [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
  ],
  "2020": [
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
    "iso3",
  ],
  "2019": [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
  ],
  "pre-2019": [
    "GWNO",
    "EVENT_ID_CNTY",
    "EVENT_ID_NO_CNTY",
    "EVENT_DATE",
    "YEAR",
    "TIME_PRECISION",
    "EVENT_TYPE",
    "ACTOR1",
    "ALLY_ACTOR_1",
    "INTER1",
    "ACTOR2",
    "ALLY_ACTOR_2",
    "INTER2",
    "INTERACTION",
    "COUNTRY",
    "ADMIN1",
    "ADMIN2",
    "ADMIN3",
    "LOCATION",
    "LATITUDE",
    "LONGITUDE",
    "GEO_PRECISION",
    "SOURCE",
    "NOTES",
    "FATALITIES",
    "",
    "",
    "",
  ],
};

/** One event as a row of cells keyed by lower-case column; `empty` is how the file writes a missing value. */
function acledCells(e: AcledEvent, layout: AcledLayout, date: string, empty: string): Record<string, string> {
  const old = layout === "pre-2019";
  return {
    event_id_cnty: e.id,
    event_date: date,
    year: String(e.day.year),
    time_precision: e.time,
    event_type: old ? e.oldType : "Battles",
    sub_event_type: e.sub,
    actor1: e.actor1,
    [old ? "ally_actor_1" : "assoc_actor_1"]: e.assoc1 ?? empty,
    actor2: e.actor2 ?? empty,
    [old ? "ally_actor_2" : "assoc_actor_2"]: empty,
    country: "Syria",
    gwno: "652",
    iso: "760",
    iso3: "SYR",
    admin1: e.place[0],
    admin3: empty,
    location: e.place[0],
    latitude: String(e.place[2]),
    longitude: String(e.place[3]),
    geo_precision: e.geo,
    source: "SOHR",
    notes: e.notes ?? empty,
    fatalities: String(e.fatalities),
    tags: empty,
  };
}

function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

function csvText(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  delimiter: string,
  crlf: boolean,
): string {
  const eol = crlf ? "\r\n" : "\n";
  const lines = [columns.map((c) => csvField(c, delimiter)).join(delimiter)];
  for (const row of rows)
    lines.push(columns.map((c) => csvField(row[c.toLowerCase()] ?? "", delimiter)).join(delimiter));
  return lines.join(eol) + eol;
}

function encode(text: string, encoding: Encoding): Uint8Array<ArrayBuffer> {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  if (encoding === "utf-8-bom") return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === "windows-1252") {
    const high: Record<string, number> = {
      "’": 0x92,
      "‘": 0x91,
      "“": 0x93,
      "”": 0x94,
      "–": 0x96,
      "—": 0x97,
      "€": 0x80,
    };
    return Uint8Array.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
  }
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === "utf-16le";
  out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = little ? code & 0xff : code >> 8;
    out[3 + 2 * i] = little ? code >> 8 : code & 0xff;
  }
  return out;
}

function read(bytes: Uint8Array, name: string): DatasetResult {
  return parseDatasetBytes(bytes, name, bundledLocator());
}

/** The events as the app keeps them, in file order, without their position-dependent parts. */
function eventsOf(result: DatasetResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result.events;
}

const encodingArb = fc.constantFrom<Encoding>("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252");

describe("any ACLED row reads back to the same event", () => {
  it("in every layout, date style, delimiter, encoding and 'not given' word", () => {
    fc.assert(
      fc.property(
        encodingArb.chain((encoding) =>
          fc.record({
            encoding: fc.constant(encoding),
            events: fc.uniqueArray(acledEventArb(encoding !== "windows-1252"), {
              minLength: 1,
              maxLength: 6,
              selector: (e) => e.id,
            }),
            layout: fc.constantFrom<AcledLayout>("current", "2020", "2019", "pre-2019"),
            style: fc.constantFrom<DateStyle>("iso", "acled", "excel", "day-first", "month-first"),
            delimiter: fc.constantFrom(",", ";", "\t"),
            empty: fc.constantFrom("", "NA", "N/A", "NULL"),
            crlf: fc.boolean(),
          }),
        ),
        ({ encoding, events, layout, style, delimiter, empty, crlf }) => {
          // A file of month-first dates proves its order with a day above 12, as real ones do.
          const dated =
            style === "month-first"
              ? events.map((e, i) => (i === 0 ? { ...e, day: { ...e.day, day: 20 } } : e))
              : events;
          const plain = dated.map((e) => acledCells(e, layout, writeDay(e.day, "iso", false), ""));
          const variant = dated.map((e) => acledCells(e, layout, writeDay(e.day, style, false), empty));
          const reference = eventsOf(
            read(encode(csvText(ACLED_COLUMNS[layout], plain, ",", false), "utf-8"), "plain.csv"),
          );
          const actual = eventsOf(
            read(encode(csvText(ACLED_COLUMNS[layout], variant, delimiter, crlf), encoding), "variant.csv"),
          );
          expect(actual).toEqual(reference);
          expect(actual).toHaveLength(dated.length);
          // And the plain form is the event that was written.
          for (const [i, e] of dated.entries()) {
            const event = actual[i];
            expect(event?.id).toBe(`acled-${e.id}`);
            expect(event?.actors).toEqual([...new Set([e.actor1, ...(e.assoc1 ? [e.assoc1] : [])])]);
            expect(event?.targets).toEqual(e.actor2 ? [e.actor2] : []);
            const iso = writeDay(e.day, "iso", false);
            expect(event?.date).toBe(e.time === "3" ? iso.slice(0, 7) : iso);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

interface UcdpEvent {
  id: number;
  start: Day;
  span: number;
  violence: "1" | "2" | "3";
  sideA: string;
  sideB: string | null;
  where: "1" | "2" | "3" | "4" | "5";
  place: (typeof PLACES)[number];
  best: number;
  clarity: "1" | "2";
  article: string | null;
}

function ucdpEventArb(arabic: boolean): fc.Arbitrary<UcdpEvent> {
  return fc.record({
    id: fc.integer({ min: 1, max: 9_999_999 }),
    start: dayArb,
    span: fc.constantFrom(0, 0, 1, 5),
    violence: fc.constantFrom("1", "2", "3"),
    // UCDP separates the parties of one side with commas: names here have none.
    sideA: nameArb(arabic).map((n) => n.replace(/,/g, "")),
    sideB: fc.option(
      fc.oneof(
        nameArb(arabic).map((n) => n.replace(/,/g, "")),
        fc.constant("XXX652"),
      ),
      { nil: null },
    ),
    where: fc.constantFrom("1", "2", "3", "4", "5"),
    place: fc.constantFrom(...PLACES),
    best: fc.integer({ min: 0, max: 500 }),
    clarity: fc.constantFrom("1", "2"),
    article: fc.option(
      nameArb(arabic).map((n) => `"${n}",2017-01-01; second source`),
      { nil: null },
    ),
  });
}

type UcdpLayout = "ged-19" | "ged-20" | "hdx";

const UCDP_COLUMNS: Record<UcdpLayout, string[]> = {
  "ged-19":
    "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high".split(
      ",",
    ),
  "ged-20":
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob".split(
      ",",
    ),
  hdx: "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,iso3,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high".split(
    ",",
  ),
};

/** HDX's second header row, as in its files. */
const HDX_TAGS: Record<string, string> = {
  year: "#date+year",
  side_a: "#group+name+first",
  side_b: "#group+name+second",
  source_article: "#meta+source",
  where_coordinates: "#loc+name",
  adm_1: "#adm1+name",
  latitude: "#geo+lat",
  longitude: "#geo+lon",
  country: "#country+name",
  date_start: "#date+start",
  date_end: "#date+end",
  best: "#affected+killed",
};

function addDays(day: Day, n: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function ucdpCells(e: UcdpEvent, start: string, end: string, empty: string): Record<string, string> {
  return {
    id: String(e.id),
    relid: `SYR-${e.start.year}-1-${e.id}`,
    year: String(e.start.year),
    active_year: "1",
    code_status: "Clear",
    type_of_violence: e.violence,
    conflict_name: e.sideB === "XXX652" ? "XXX652" : "Syria: Government",
    side_a: e.sideA,
    side_b: e.sideB ?? empty,
    number_of_sources: "-1",
    source_article: e.article ?? empty,
    source_office: empty,
    where_prec: e.where,
    where_coordinates: e.place[0],
    adm_1: e.place[1],
    adm_2: empty,
    latitude: String(e.place[2]),
    longitude: String(e.place[3]),
    country: "Syria",
    iso3: "SYR",
    country_id: "652",
    region: "Middle East",
    event_clarity: e.clarity,
    date_prec: "1",
    date_start: start,
    date_end: end,
    best: String(e.best),
    low: String(e.best),
    high: String(e.best + 1),
  };
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** The rows as ogr2ogr writes them: numbers as numbers, null for nothing, the point as geometry. */
function geoJsonText(rows: readonly Record<string, string>[], columns: readonly string[]): string {
  const features = rows.map((row) => {
    const properties: Record<string, string | number | null> = {};
    for (const column of columns) {
      if (column === "latitude" || column === "longitude" || column === "geom_wkt") continue;
      const value = row[column] ?? "";
      properties[column] =
        value === "" ? null : NUMERIC.test(value) && !column.startsWith("date") ? Number(value) : value;
    }
    return {
      type: "Feature",
      properties,
      geometry: { type: "Point", coordinates: [Number(row.longitude), Number(row.latitude)] },
    };
  });
  return JSON.stringify({
    type: "FeatureCollection",
    name: "GEDEvent_v23_1",
    crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
    features,
  });
}

describe("any UCDP GED row reads back to the same event", () => {
  it("in every release's layout, HDX's copy, date style, delimiter, encoding, and as GeoJSON", () => {
    fc.assert(
      fc.property(
        encodingArb.chain((encoding) =>
          fc.record({
            encoding: fc.constant(encoding),
            events: fc.uniqueArray(ucdpEventArb(encoding !== "windows-1252"), {
              minLength: 1,
              maxLength: 5,
              selector: (e) => e.id,
            }),
            layout: fc.constantFrom<UcdpLayout>("ged-19", "ged-20", "hdx"),
            style: fc.constantFrom<DateStyle | "iso-time">("iso", "iso-time", "excel", "day-first", "month-first"),
            container: fc.constantFrom("csv", "csv", "geojson"),
            delimiter: fc.constantFrom(",", ";", "\t"),
            empty: fc.constantFrom("", "NA", "NULL"),
          }),
        ),
        ({ encoding, events, layout, style, container, delimiter, empty }) => {
          // Spreadsheet dates must prove their order: one day above 12, as real files have.
          const dated =
            style === "day-first" || style === "month-first"
              ? events.map((e, i) => (i === 0 ? { ...e, start: { ...e.start, day: 20 }, span: 0 } : e))
              : events;
          const write = (day: Day) => (style === "iso-time" ? writeDay(day, "iso", true) : writeDay(day, style, false));
          const plain = dated.map((e) =>
            ucdpCells(e, writeDay(e.start, "iso", false), writeDay(addDays(e.start, e.span), "iso", false), ""),
          );
          const variant = dated.map((e) => ucdpCells(e, write(e.start), write(addDays(e.start, e.span)), empty));
          const columns = UCDP_COLUMNS[layout];
          const reference = eventsOf(
            read(encode(csvText(UCDP_COLUMNS["ged-19"], plain, ",", false), "utf-8"), "plain.csv"),
          );
          let bytes: Uint8Array;
          if (container === "geojson") {
            const isoRows = dated.map((e) =>
              ucdpCells(
                e,
                `${writeDay(e.start, "iso", false)}T00:00:00`,
                `${writeDay(addDays(e.start, e.span), "iso", false)}T00:00:00`,
                "",
              ),
            );
            bytes = encode(geoJsonText(isoRows, columns), encoding === "windows-1252" ? "utf-8" : encoding);
          } else {
            const tagged = layout === "hdx" ? [HDX_TAGS, ...variant] : variant;
            bytes = encode(csvText(columns, tagged, delimiter, true), encoding);
          }
          const result = read(bytes, container === "geojson" ? "ged.geojson" : "ged.csv");
          const actual = eventsOf(result);
          expect(actual).toEqual(reference);
          expect(actual).toHaveLength(dated.length);
          if (result.ok) expect(result.recordCount).toBe(dated.length);
          for (const [i, e] of dated.entries()) {
            expect(actual[i]?.id).toBe(`ucdp-${e.id}`);
            expect(actual[i]?.targets).toEqual(
              e.sideB === "XXX652" ? ["Unidentified (UCDP)"] : e.sideB ? [e.sideB] : [],
            );
            expect(actual[i]?.outcome.killed).toBe(e.best);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
