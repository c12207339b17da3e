/**
 * Node part of `npm run bench`: index build and filter+counts over 10k, 100k and 1M synthetic
 * events, against the naive baseline (Array.filter + recounting every facet) in the same run.
 */

import { existsSync, readFileSync } from "node:fs";
import { FORMAT_ID } from "../../data/event-schema.ts";
import { parseDatasetFile } from "../../data/import/parse-dataset-file.ts";
import { runLoadJob } from "../../data/load/run-load-job.ts";
import { parseDatasetText } from "../../data/validate-dataset.ts";
import type { SecurityEvent } from "../../domain/event.ts";
import { buildEventIndex } from "../../domain/event-index.ts";
import { type Filters, NO_FILTERS } from "../../domain/filters.ts";
import { queryEvents } from "../../domain/query-events.ts";
import { createRegionLocator } from "../../domain/region-locator.ts";
import { generateEvents } from "../synthetic/generate-events.ts";
import { syntheticPlaces, syntheticRegionPoints } from "../synthetic/places.ts";
import { naiveQuery } from "./naive-query.ts";
import { formatMs, median, p95, ratio, table, time } from "./stats.ts";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const STEPS = 40;

/** The page's loader on one thread (no helper threads in Node): scan, parse in batches, check, index. */
async function streamedLoadMs(text: string): Promise<number> {
  const bytes = new TextEncoder().encode(text);
  const governorates = JSON.parse(readFileSync("public/geo/governorates.json", "utf8"));
  const fetchImpl = (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 1 << 20) controller.enqueue(bytes.subarray(at, at + (1 << 20)));
          controller.close();
        },
      }),
    )) as unknown as typeof fetch;
  const started = performance.now();
  const result = await runLoadJob({ kind: "url", url: "synthetic.json" }, governorates, () => {}, { fetchImpl });
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - started;
}

function loadSynthetic(count: number): {
  events: SecurityEvent[];
  parseMs: number;
  validateMs: number;
  bytes: number;
  text: string;
} {
  const records = [
    ...generateEvents({ count, seed: 7, places: syntheticPlaces(), regionPoints: syntheticRegionPoints() }),
  ];
  const text = JSON.stringify({ format: FORMAT_ID, title: "SYNTHETIC benchmark data", events: records });
  const locator = createRegionLocator(JSON.parse(readFileSync("public/geo/governorates.json", "utf8")));
  const parse = time(() => JSON.parse(text));
  const loaded = time(() => parseDatasetText(text, "synthetic", locator));
  if (!loaded.value.ok) throw new Error(loaded.value.error.message);
  return { events: loaded.value.events, parseMs: parse.ms, validateMs: loaded.ms - parse.ms, bytes: text.length, text };
}

/** Brush steps: a window of a tenth of the span sliding across it, with a region and a type chosen. */
function brushSteps(events: readonly SecurityEvent[]): Filters[] {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    if (e.startDay === null) continue;
    first = Math.min(first, e.startDay);
    last = Math.max(last, e.startDay);
  }
  const width = Math.round((last - first) / 10);
  return Array.from({ length: STEPS }, (_, i) => {
    const from = first + Math.round(((last - first - width) * i) / (STEPS - 1));
    return { ...NO_FILTERS, from, to: from + width, regions: ["SY-HL", "SY-DY"], types: ["raid", "arrest"] };
  });
}

const rows: string[][] = [];
for (const size of SIZES) {
  const { events, parseMs, validateMs, bytes, text } = loadSynthetic(size);
  const streamedMs = await streamedLoadMs(text);
  const build = time(() => buildEventIndex(events));
  const index = build.value;
  const steps = brushSteps(events);
  // Warm both paths up once so JIT compilation is not counted against either.
  queryEvents(index, steps[0] as Filters);
  naiveQuery(events, steps[0] as Filters);
  const ours = steps.map((f) => time(() => queryEvents(index, f)).ms);
  const naive = steps.map((f) => time(() => naiveQuery(events, f)).ms);
  const check =
    queryEvents(index, steps[5] as Filters).positions.length === naiveQuery(events, steps[5] as Filters).matches.length;
  if (!check) throw new Error("the index and the naive baseline disagree");
  rows.push([
    size.toLocaleString("en"),
    `${(bytes / 1e6).toFixed(0)} MB`,
    formatMs(parseMs),
    formatMs(validateMs),
    formatMs(build.ms),
    formatMs(streamedMs),
    `${formatMs(median(ours))} / ${formatMs(p95(ours))}`,
    `${formatMs(median(naive))} / ${formatMs(p95(naive))}`,
    ratio(median(naive), median(ours)),
  ]);
  console.error(`measured ${size.toLocaleString("en")} events`);
}

const UCDP_SAMPLE = "../shared/samples/ucdp-ged-syria-2016-2019.csv";
if (existsSync(UCDP_SAMPLE)) {
  const text = readFileSync(UCDP_SAMPLE, "utf8");
  const locator = createRegionLocator(JSON.parse(readFileSync("public/geo/governorates.json", "utf8")));
  const runs = Array.from({ length: 5 }, () => time(() => parseDatasetFile(text, "ucdp.csv", locator)));
  const last = runs[runs.length - 1]?.value;
  if (!last?.ok) throw new Error("the UCDP sample did not load");
  const build = time(() => buildEventIndex(last.events));
  console.log(
    `UCDP GED Syria sample (${last.recordCount.toLocaleString("en")} rows, ${(text.length / 1e6).toFixed(0)} MB CSV): ` +
      `parse + validate ${formatMs(median(runs.map((r) => r.ms)))} (median of 5), index ${formatMs(build.ms)}, ` +
      `${last.events.length.toLocaleString("en")} events loaded`,
  );
} else console.log(`UCDP sample not found at ${UCDP_SAMPLE}: skipped`);

console.log("Node: load, index build, and filter+counts per brush step (median / p95), vs the naive baseline");
console.log(
  table(
    [
      "events",
      "JSON",
      "JSON.parse",
      "validate",
      "index build",
      "streamed load, 1 thread",
      "filter+counts (index)",
      "filter+counts (naive)",
      "speed-up",
    ],
    rows,
  ),
);
