import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDatasetBytes } from "../../src/data/import/parse-dataset-file.ts";
import { checkCsvBatch } from "../../src/data/load/check-csv-batch.ts";
import { CsvStream } from "../../src/data/load/csv-stream.ts";
import type { BatchHelper } from "../../src/data/load/json-v1-stream.ts";
import { type LoadJobResult, runLoadJob } from "../../src/data/load/run-load-job.ts";
import type { DatasetResult } from "../../src/data/validate-dataset.ts";
import { assembleIndex, buildEventIndex, type EventIndex } from "../../src/domain/event-index.ts";
import { encodedEventStore } from "../../src/domain/event-store.ts";
import { ACLED_COLUMNS } from "../../src/tools/synthetic/acled-rows.ts";
import { bundledLocator, readGeography } from "../support/disk.ts";

/*
 * ACLED, UCDP GED and the app's own CSV are read while they arrive (scanner → batches of rows →
 * mapper and checks, on helpers → columns). Whatever the file and however its bytes are split,
 * the result must be exactly what reading the whole file gives, as the format v1 stream is held to.
 */

const governorates = readGeography().governorates;

/** A fetch whose body arrives in the given chunk sizes (cycled). */
function chunkedFetch(bytes: Uint8Array, sizes: number[]): typeof fetch {
  return async () => {
    let offset = 0;
    let k = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        const size = Math.max(1, sizes[k++ % sizes.length] as number);
        controller.enqueue(bytes.slice(offset, offset + size));
        offset += size;
      },
    });
    return new Response(body, { status: 200 });
  };
}

/** A helper "thread" here: it answers after random delays (out of order) and fails some batches when asked to. */
function fakeHelper(delays: number[], failEvery = 0): BatchHelper {
  let pending = 0;
  let calls = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return {
    threads: 2,
    get pending() {
      return pending;
    },
    check: () => Promise.resolve(null),
    checkCsv(job) {
      pending++;
      const call = calls++;
      return new Promise((resolve, reject) =>
        setTimeout(
          () => {
            pending--;
            if (failEvery && call % failEvery === failEvery - 1) reject(new Error("helper failed"));
            else resolve(checkCsvBatch(job, bundledLocator(), decoder));
          },
          delays[call % delays.length],
        ),
      );
    },
  };
}

async function streamed(
  bytes: Uint8Array,
  name: string,
  sizes: number[],
  options: { helper?: BatchHelper; csvBatchBytes?: number } = {},
): Promise<LoadJobResult> {
  return runLoadJob({ kind: "url", url: name }, governorates, () => {}, {
    fetchImpl: chunkedFetch(bytes, sizes),
    ...options,
  });
}

/** Whether the stream itself read the file (rather than handing it to the whole-file reader). */
async function streamTook(bytes: Uint8Array, name: string, chunk: number, batchBytes: number): Promise<boolean> {
  const stream = new CsvStream(name, bundledLocator(), null, null, batchBytes);
  const buffer = new Uint8Array(bytes.length);
  for (let end = 0; end < bytes.length; ) {
    const next = Math.min(bytes.length, end + chunk);
    buffer.set(bytes.subarray(end, next), end);
    end = next;
    stream.feed(buffer, end);
  }
  // A refusal (no row in Syria) is the stream's own answer too.
  return (await stream.finish(buffer)) !== null;
}

function indexOf(result: Extract<LoadJobResult, { ok: true }>): EventIndex {
  const { columns, encoded } = result.built;
  return assembleIndex(columns, encodedEventStore(encoded, columns));
}

function expectSameLoad(actual: LoadJobResult, expected: DatasetResult): void {
  expect(actual.ok).toBe(expected.ok);
  if (!actual.ok || !expected.ok) {
    if (!actual.ok && !expected.ok) expect(actual.error).toEqual(expected.error);
    return;
  }
  expect(actual.header.format).toBe(expected.format);
  expect(actual.header.metadata).toEqual(expected.metadata);
  expect(actual.header.problems).toEqual(expected.problems);
  expect(actual.header.recordCount).toBe(expected.recordCount);
  expect(actual.header.description).toEqual(expected.description);
  expect(actual.header.outsideSyria).toEqual(expected.outsideSyria);
  const index = indexOf(actual);
  const reference = buildEventIndex(expected.events);
  expect(index.size).toBe(reference.size);
  const columns = (i: EventIndex) => ({
    datedCount: i.datedCount,
    startDay: i.startDay,
    region: i.region,
    type: i.type,
    lat: i.lat,
    lon: i.lon,
    actors: [i.actors.names, i.actors.offsets, i.actors.ids],
    targets: [i.targets.names, i.targets.offsets, i.targets.ids],
    allPerBin: i.allPerBin,
    placeNames: i.placeNames,
    placeEn: i.placeEn,
    placeAr: i.placeAr,
    outcome: i.outcome,
    arrested: i.arrested,
    killed: i.killed,
    wounded: i.wounded,
  });
  expect(columns(index)).toEqual(columns(reference));
  for (let p = 0; p < index.size; p++) {
    expect(index.eventAt(p)).toEqual(reference.eventAt(p));
    expect(index.idAt(p)).toBe(reference.idAt(p));
  }
}

const UCDP_COLUMNS = [
  "id",
  "year",
  "type_of_violence",
  "conflict_name",
  "side_a",
  "side_b",
  "source_headline",
  "where_prec",
  "where_coordinates",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "country",
  "country_id",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
] as const;
const OWN_COLUMNS = ["id", "date", "title", "type", "source_urls", "lat", "lon", "place", "precision"] as const;

type Layout = "acled" | "ucdp" | "own";

/** Text that makes CSV hard: delimiters, quotes, line ends, other scripts, U+FFFD, "not given" words. */
const tricky = fc.constantFrom(
  "plain words",
  'a "quoted" word',
  "comma, semicolon; pipe | tab\tend",
  "line\nbreak",
  "carriage\r\nreturn",
  "Arabic: دمشق",
  "emoji 🚨",
  "\uFFFD replacement",
  " padded ",
  "NA",
  "",
  '"starts with a quote',
  "#hashtag",
);

interface RowFields {
  id: number;
  date: string;
  place: [string, string];
  country: string;
  text: string;
  kind: string;
  precision: string;
  fatalities: string;
  shape: string;
}

const rowFields: fc.Arbitrary<RowFields> = fc.record({
  id: fc.nat(30),
  date: fc.constantFrom("2019-03-14", "2019-02-30", "14/03/2019", "03/14/2019", "05/06/2019", "", "soon", "2016"),
  place: fc.constantFrom<[string, string]>(
    ["36.2021", "37.1343"],
    ["33.5138", "36.2765"],
    ["33.8938", "35.5018"],
    ["48.85", "2.35"],
    ["", ""],
    ["north", "east"],
  ),
  country: fc.constantFrom("Syria", "Syria", "Syria", "Lebanon", ""),
  text: tricky,
  kind: fc.constantFrom("Armed clash", "Air/drone strike", "Arrests", "Peaceful protest", "Nonsense"),
  precision: fc.constantFrom("1", "2", "3", "7", ""),
  fatalities: fc.constantFrom("0", "3", "many", ""),
  shape: fc.constantFrom("whole", "whole", "whole", "whole", "short", "long", "blank-after"),
});

function cellsOf(layout: Layout, r: RowFields): Record<string, string> {
  const [lat, lon] = r.place;
  if (layout === "acled")
    return {
      event_id_cnty: `SYR${r.id}`,
      event_date: r.date,
      year: r.date.slice(0, 4),
      time_precision: r.precision === "7" ? "1" : r.precision,
      event_type: "Battles",
      sub_event_type: r.kind,
      actor1: `Actor ${r.text}`,
      actor2: r.id % 3 ? "Civilians (Syria)" : "",
      country: r.country,
      admin1: r.id % 4 ? "Aleppo" : "Nowhere",
      location: r.text,
      latitude: lat,
      longitude: lon,
      geo_precision: r.precision,
      source: `Source ${r.text}`,
      notes: `[SYNTHETIC] ${r.text} ${"filler ".repeat(r.id * 4)}`,
      fatalities: r.fatalities,
      iso3: r.country === "Syria" ? "SYR" : "LBN",
    };
  if (layout === "ucdp")
    return {
      id: String(100 + r.id),
      year: r.date.slice(0, 4),
      type_of_violence: r.precision || "1",
      conflict_name: `Syria: ${r.text}`,
      side_a: "Government of Syria",
      side_b: r.id % 2 ? "IS" : "XXX652",
      source_headline: `${r.text} ${"filler ".repeat(r.id * 4)}`,
      where_prec: r.precision,
      where_coordinates: r.text,
      adm_1: "Aleppo governorate",
      latitude: lat,
      longitude: lon,
      country: r.country,
      country_id: r.country === "Syria" ? "652" : "660",
      date_prec: "1",
      date_start: r.date,
      date_end: r.date,
      best: r.fatalities,
    };
  return {
    id: `row-${r.id}`,
    date: r.date,
    title: `Title ${r.text}`,
    type: r.kind === "Arrests" ? "arrest" : r.kind === "Nonsense" ? "nonsense" : "raid",
    source_urls: r.id % 5 ? "https://example.com/a" : "javascript:alert(1)",
    lat,
    lon,
    place: r.text,
    precision: r.precision === "1" ? "town" : "governorate",
  };
}

/** Quoted when it must be (or always); `loose` leaves a quote inside a field bare, as many writers do. */
function csvCell(value: string, delimiter: string, quoteAll: boolean, loose: boolean): string {
  const bareQuoteIsText = loose && !value.startsWith('"');
  const needsQuotes = value.includes(delimiter) || /[\r\n]/.test(value) || (value.includes('"') && !bareQuoteIsText);
  return quoteAll || needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvText(
  layout: Layout,
  rows: RowFields[],
  { delimiter, newline, quoteAll, loose, trailing, hashtagRow }: CsvStyle,
): string {
  const columns: readonly string[] =
    layout === "acled" ? ACLED_COLUMNS : layout === "ucdp" ? UCDP_COLUMNS : OWN_COLUMNS;
  const line = (cells: readonly string[]) => cells.map((c) => csvCell(c, delimiter, quoteAll, loose)).join(delimiter);
  const lines = [line(columns)];
  if (hashtagRow && layout === "ucdp") lines.push(line(columns.map((c) => `#${c}`)));
  for (const r of rows) {
    const cells = cellsOf(layout, r);
    const values = columns.map((column) => cells[column] ?? "");
    if (r.shape === "short") values.pop();
    if (r.shape === "long") values.push("extra");
    lines.push(line(values));
    if (r.shape === "blank-after") lines.push("");
  }
  return lines.join(newline) + (trailing ? newline : "");
}

interface CsvStyle {
  delimiter: string;
  newline: string;
  quoteAll: boolean;
  loose: boolean;
  trailing: boolean;
  hashtagRow: boolean;
}

const style = fc.record({
  delimiter: fc.constantFrom(",", ",", ";", "\t"),
  newline: fc.constantFrom("\n", "\n", "\r\n"),
  quoteAll: fc.boolean(),
  loose: fc.boolean(),
  trailing: fc.boolean(),
  hashtagRow: fc.boolean(),
});

const encoder = new TextEncoder();

function bytesOf(text: string, bom: boolean): Uint8Array {
  return encoder.encode((bom ? "\uFEFF" : "") + text);
}

const NAMES: Record<Layout, string> = { acled: "acled-export.csv", ucdp: "ged191-syria.csv", own: "my-events.csv" };

describe("reading a CSV file as it arrives", () => {
  it("gives the same events, problems and file description as reading it whole, however the bytes are split", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Layout>("acled", "ucdp", "own"),
        fc.array(rowFields, { maxLength: 120 }),
        style,
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3000 }),
        async (layout, rows, csvStyle, bom, sizes, batchBytes) => {
          const bytes = bytesOf(csvText(layout, rows, csvStyle), bom);
          const name = NAMES[layout];
          const actual = await streamed(bytes, name, sizes, { csvBatchBytes: batchBytes });
          expectSameLoad(actual, parseDatasetBytes(bytes, name, bundledLocator()));
        },
      ),
      { numRuns: 120 },
    );
  });

  it("really reads such files as they arrive (the whole-file reader is not what answered)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Layout>("acled", "ucdp", "own"),
        fc.array(rowFields, { minLength: 1, maxLength: 60 }),
        style,
        fc.integer({ min: 1, max: 5000 }),
        async (layout, rows, csvStyle, chunk) => {
          const bytes = bytesOf(csvText(layout, rows, csvStyle), false);
          expect(await streamTook(bytes, NAMES[layout], chunk, 500)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("shows a first glimpse of the first 500 rows of a batch, then gives the same load as reading it whole", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Layout>("acled", "ucdp", "own"),
        // Rows about the glimpse's edge broken in every way a row can be, so that their problems
        // must keep the row numbers of the whole file.
        fc.array(rowFields, { minLength: 30, maxLength: 60 }),
        fc.integer({ min: 470, max: 500 }),
        style,
        async (layout, edgeRows, plainCount, csvStyle) => {
          const plain = { ...(edgeRows[0] as RowFields), shape: "whole", date: "2019-03-14", country: "Syria" };
          const rows = [...Array.from({ length: plainCount }, (_, id) => ({ ...plain, id: id % 30 })), ...edgeRows];
          const bytes = bytesOf(csvText(layout, rows, csvStyle), false);
          const hashtagRows = csvStyle.hashtagRow && layout === "ucdp" ? 1 : 0;
          const name = NAMES[layout];
          const previews: number[] = [];
          const actual = await runLoadJob({ kind: "url", url: name }, governorates, () => {}, {
            fetchImpl: chunkedFetch(bytes, [bytes.length]),
            onPreview: ({ header }) => previews.push(header.recordCount),
          });
          expectSameLoad(actual, parseDatasetBytes(bytes, name, bundledLocator()));
          expect(previews).toEqual(rows.length + hashtagRows >= 500 ? [500 - hashtagRows] : []);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("admits batches in file order whatever order helper threads return them in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Layout>("acled", "ucdp"),
        fc.array(rowFields, { maxLength: 150 }),
        style,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 200, max: 5000 }),
        async (layout, rows, csvStyle, delays, chunk) => {
          const bytes = bytesOf(csvText(layout, rows, csvStyle), false);
          const name = NAMES[layout];
          const actual = await streamed(bytes, name, [chunk], { helper: fakeHelper(delays), csvBatchBytes: 400 });
          expectSameLoad(actual, parseDatasetBytes(bytes, name, bundledLocator()));
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ["line feeds", "\n"],
    ["CRLF (settled only after the first megabyte, as PapaParse settles it)", "\r\n"],
  ])("checks rows before the last byte has arrived, with %s", { timeout: 60_000 }, async (_name, newline) => {
    // More rows than the date plan's sample: rows wait for it, as the whole-file reader plans from them.
    const count = 3000;
    const rows = Array.from({ length: count }, (_, id) => ({
      id: id % 40,
      date: "2019-03-14",
      place: ["36.2021", "37.1343"] as [string, string],
      country: "Syria",
      text: 'a "quoted" word, with a comma',
      kind: "Armed clash",
      precision: "1",
      fatalities: "3",
      shape: "whole",
    }));
    const text = csvText("acled", rows, {
      delimiter: ",",
      newline,
      quoteAll: false,
      loose: false,
      trailing: true,
      hashtagRow: false,
    });
    const bytes = encoder.encode(text);
    const stream = new CsvStream("acled.csv", bundledLocator(), null, null, 4096);
    stream.feed(bytes, Math.floor(bytes.length * 0.9));
    expect(stream.recordsChecked).toBeGreaterThan(count / 2);
    stream.feed(bytes, bytes.length);
    expect(await stream.finish(bytes)).not.toBeNull();
    expectSameLoad(
      await streamed(bytes, "acled.csv", [65_536], { csvBatchBytes: 4096 }),
      parseDatasetBytes(bytes, "acled.csv", bundledLocator()),
    );
  });

  it("falls back to the whole-file reader when a helper thread fails, with the same result", async () => {
    const rows = Array.from({ length: 80 }, (_, id) => ({
      id,
      date: "2019-03-14",
      place: ["36.2021", "37.1343"] as [string, string],
      country: "Syria",
      text: "plain words",
      kind: "Armed clash",
      precision: "1",
      fatalities: "3",
      shape: "whole",
    }));
    const bytes = bytesOf(
      csvText("acled", rows, {
        delimiter: ",",
        newline: "\n",
        quoteAll: false,
        loose: false,
        trailing: true,
        hashtagRow: false,
      }),
      false,
    );
    const actual = await streamed(bytes, "acled.csv", [300], { helper: fakeHelper([1, 0, 2], 2), csvBatchBytes: 500 });
    expectSameLoad(actual, parseDatasetBytes(bytes, "acled.csv", bundledLocator()));
  });

  const acledHeader = ACLED_COLUMNS.join(",");
  const acledRow = (id: string, notes: string) =>
    `1,760,${id},1,2019-03-14,2019,1,Battles,Armed clash,SDF,,1,,,0,10,Middle East,Syria,Aleppo,,,Aleppo,36.2021,37.1343,1,SOHR,Other,${notes},0,1,SYR`;
  const latin1 = new Uint8Array([...encoder.encode(`${acledHeader}\n${acledRow("SYR1", "caf")}`), 0xe9, 0x0a]);
  it.each<[string, Uint8Array]>([
    [
      "a quote never closed",
      encoder.encode(`${acledHeader}\n${acledRow("SYR1", '"open')}\n${acledRow("SYR2", "x")}\n`),
    ],
    ["a quote closed before other text", encoder.encode(`${acledHeader}\n${acledRow("SYR1", '"a"b')}\n`)],
    ["Windows-1252 bytes", latin1],
    ["UTF-16 with its mark", new Uint8Array([0xff, 0xfe, ...Array.from(encoder.encode("id")).flatMap((b) => [b, 0])])],
    ["a header only", encoder.encode(`${acledHeader}\n`)],
    ["an empty file", new Uint8Array(0)],
    ["a header naming a column twice", encoder.encode(`${acledHeader},notes\n${acledRow("SYR1", "n")},again\n`)],
    [
      "rows only outside Syria",
      encoder.encode(`${acledHeader}\n${acledRow("SYR1", "n").replace("Syria", "Lebanon")}\n`),
    ],
    ["a CSV of no known layout", encoder.encode("name,value\na,1\n")],
    ["bare CR line ends", encoder.encode(`${acledHeader}\r${acledRow("SYR1", "n")}\r${acledRow("SYR2", "m")}\r`)],
    ["CRLF with a stray line feed", encoder.encode(`${acledHeader}\r\n${acledRow("SYR1", "a\nb")}\r\n`)],
  ])("reads %s exactly as the whole-file reader does", async (_name, bytes) => {
    for (const size of [1, 7, 1000])
      expectSameLoad(
        await streamed(bytes, "acled.csv", [size]),
        parseDatasetBytes(bytes, "acled.csv", bundledLocator()),
      );
  });
});
