import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { type BatchJob, type CheckedBatch, checkBatch } from "../../src/data/load/check-batch.ts";
import type { BatchHelper } from "../../src/data/load/json-v1-stream.ts";
import { type LoadJobResult, runLoadJob } from "../../src/data/load/run-load-job.ts";
import { type DatasetResult, validateDataset } from "../../src/data/validate-dataset.ts";
import { assembleIndex, buildEventIndex, type EventIndex } from "../../src/domain/event-index.ts";
import { encodedEventStore } from "../../src/domain/event-store.ts";
import { bundledLocator, readGeography } from "../support/disk.ts";
import { validRecord } from "../support/records.ts";

/*
 * Format v1 files are read while they arrive (scanner → batches → checks → columns and byte
 * ranges). Whatever the file and however its bytes are split, the result must be exactly what
 * reading the whole text gives.
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

/**
 * A helper "thread" in this process: it checks batches after random delays, so they come back
 * out of order, and fails some outright when asked to.
 */
function fakeHelper(delays: number[], failEvery = 0): BatchHelper {
  let pending = 0;
  let calls = 0;
  const decoder = new TextDecoder();
  return {
    threads: 1,
    get pending() {
      return pending;
    },
    check(job: BatchJob) {
      pending++;
      const call = calls++;
      return new Promise<CheckedBatch | null>((resolve, reject) =>
        setTimeout(
          () => {
            pending--;
            if (failEvery && call % failEvery === failEvery - 1) reject(new Error("helper failed"));
            else resolve(checkBatch(job, bundledLocator(), decoder));
          },
          delays[call % delays.length],
        ),
      );
    },
  };
}

async function streamed(
  text: string,
  sizes = [65_536],
  options: { helper?: BatchHelper; batchRecords?: number } = {},
): Promise<LoadJobResult> {
  const bytes = new TextEncoder().encode(text);
  return runLoadJob({ kind: "url", url: "test.json" }, governorates, () => {}, {
    fetchImpl: chunkedFetch(bytes, sizes),
    ...options,
  });
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
  const index = indexOf(actual);
  const reference = buildEventIndex(expected.events);
  expect(index.size).toBe(reference.size);
  // Every column the hot paths read, not just the events they decode to.
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
    expect(index.positionOf(reference.idAt(p))).toBe(p);
  }
}

const tricky = fc.constantFrom(
  'quote " and backslash \\ inside',
  "ends in backslashes \\\\",
  'escaped quote at the end \\"',
  "brackets ] [ } { and },{ inside",
  "\\u escapes: é ü ß",
  "Arabic: دمشق",
  "emoji 🚨",
  "\uFFFD replacement",
  " padded ",
  "line\nbreak",
);

/** Records of every kind a file may hold: valid, cleaned by the schema, invalid, not records at all. */
const anyElement: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ n: fc.nat(40), title: tricky }).map(({ n, title }) => validRecord({ id: `r${n}`, title })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        n: fc.nat(40),
        date: fc.constantFrom("2025-02-30", "2025", "2024-07", null),
        lat: fc.constantFrom(36.2, 48.85),
      })
      .map(({ n, date, lat }) =>
        validRecord({ id: `d${n}`, date, location: { name: "X", lat, lon: 37.1, precision: "town" } }),
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 3, "text", [1, 2], {}, { id: "no-rest" }) },
);

const formatting = fc.constantFrom<[number | string | undefined, boolean, boolean]>(
  [undefined, false, false],
  [2, false, false],
  ["\t", true, false],
  [undefined, true, true],
  [1, false, true],
);

describe("reading a format v1 file as it arrives", () => {
  it("gives the same events, problems and metadata as reading it whole, however the bytes are split", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyElement, { maxLength: 25 }),
        formatting,
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 5 }),
        async (events, [indent, metadataLast, bom], sizes) => {
          const metadata = { format: "syria-security-events/v1", title: "Random dataset" };
          const data = metadataLast ? { events, ...metadata } : { ...metadata, events };
          const text = (bom ? "\uFEFF" : "") + JSON.stringify(data, null, indent);
          const actual = await streamed(text, sizes);
          expectSameLoad(actual, parseDatasetFile(text, "test.json", bundledLocator()));
          // The point of the test: these files really took the streaming path.
          if (actual.ok) expect(actual.built.encoded.fileBytes.length).toBe(new TextEncoder().encode(text).length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("stores records as read, re-encoding only those the schema cleaned up", async () => {
    const text = JSON.stringify({
      title: "t",
      events: [validRecord({ id: "a" }), validRecord({ id: "b", title: " padded " })],
    });
    const result = await streamed(text);
    if (!result.ok) throw new Error(result.error.message);
    const index = indexOf(result);
    expect(index.eventAt(index.positionOf("b") as number).title).toBe("padded");
    expect(result.built.encoded.extraBytes.length).toBeGreaterThan(0);
    expect(result.built.encoded.extraBytes.length).toBeLessThan(text.length / 2);
  });

  it.each([
    ["a file cut short", '{"title": "cut", "events": [{"id": "a"}, {"id": '],
    ["a broken record", `{"title": "t", "events": [${JSON.stringify(validRecord())}, {"id": x}]}`],
    ["trailing comma", `{"title": "t", "events": [${JSON.stringify(validRecord())},]}`],
    ["two events arrays", `{"title": "t", "events": [], "events": [${JSON.stringify(validRecord())}]}`],
    ["events that is not an array", '{"title": "t", "events": {"a": 1}}'],
    ["GeoJSON with an events member", '{"type": "FeatureCollection", "features": [], "events": []}'],
    ["text after the object", `{"title": "t", "events": []} trailing`],
    ["a bare array", `[${JSON.stringify(validRecord())}]`],
    ["an escaped key", `{"title": "t", "ev\\u0065nts": [${JSON.stringify(validRecord())}]}`],
    ["CSV", "id,date\n1,2025-01-01\n"],
  ])("reads %s exactly as the whole-file reader does", async (_name, text) => {
    expectSameLoad(await streamed(text, [7]), parseDatasetFile(text, "test.json", bundledLocator()));
  });

  it("admits batches in file order whatever order a helper thread returns them in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyElement, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 200 }),
        async (events, delays, batchRecords, chunk) => {
          const text = JSON.stringify({ title: "Random dataset", events });
          const actual = await streamed(text, [chunk], { helper: fakeHelper(delays), batchRecords });
          expectSameLoad(actual, parseDatasetFile(text, "test.json", bundledLocator()));
          if (actual.ok) expect(actual.built.encoded.fileBytes.length).toBe(new TextEncoder().encode(text).length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("falls back to the whole-file reader when a helper thread fails, with the same result", async () => {
    const events = Array.from({ length: 30 }, (_, i) => validRecord({ id: `r${i}` }));
    const text = JSON.stringify({ title: "t", events });
    const actual = await streamed(text, [50], { helper: fakeHelper([1, 0, 2], 1), batchRecords: 4 });
    expectSameLoad(actual, parseDatasetFile(text, "test.json", bundledLocator()));
    if (actual.ok) expect(actual.built.encoded.fileBytes.length).toBe(0);
  });

  it("keeps the dataset's own metadata and reports metadata problems once", async () => {
    const text = JSON.stringify({ title: "", license: "CC0", events: [validRecord()] });
    const actual = await streamed(text, [5]);
    expectSameLoad(actual, validateDataset(JSON.parse(text), "test.json", bundledLocator()));
  });
});
