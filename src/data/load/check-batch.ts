import { columnValuesOf, Dictionary, NamesCollector, sortKeysOf } from "../../domain/event-index.ts";
import type { RegionLocator } from "../../domain/region-locator.ts";
import { rawSearchText } from "../../domain/text-search.ts";
import { isPlainObject } from "../import/import-text.ts";
import type { LoadProblem } from "../load-problem.ts";
import { replacementCharProblem } from "../replacement-char.ts";
import { checkRecordContent } from "../validate-dataset.ts";

/** Records of a format v1 file to check: their bytes, and where each record lies in the file. */
export interface BatchJob {
  /** Index (in the file's events array) of the first record. */
  from: number;
  /** File offset of bytes[0]. */
  base: number;
  bytes: Uint8Array;
  /** Flat file offsets: start, end, start, end… one pair per record. */
  ranges: Float64Array;
}

/**
 * What checking a batch of records on their own gives, as columns of plain data so a helper
 * thread can hand it back cheaply. Whether each record is kept is decided when batches are
 * admitted in file order (ids must be unique across the whole file).
 */
export interface CheckedBatch {
  from: number;
  count: number;
  /** Per record, joined by "\n": its id when it passed the schema, else empty. */
  ids: string;
  /** Per record: 1 when its dates and place resolved too. */
  resolved: Uint8Array;
  /** Problems of the records' own content, in record order. */
  problems: LoadProblem[];
  /** Text that was not UTF-8, per record, reported after the record's other problems. */
  replacementProblems: LoadProblem[];
  // Per resolved record, in order:
  startDay: Float64Array;
  endDay: Int32Array;
  precision: Uint8Array;
  region: Uint8Array;
  type: Uint8Array;
  forces: Uint8Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Forces and targets named in the batch; each record's postings point into them. */
  actorNames: readonly string[];
  targetNames: readonly string[];
  actorOffsets: Uint32Array;
  actorIds: Uint32Array;
  targetOffsets: Uint32Array;
  targetIds: Uint32Array;
  /** Place labels used in the batch, and the list's sort keys (see SortKeyColumns). */
  placeNames: readonly string[];
  placeEn: Int32Array;
  placeAr: Int32Array;
  outcome: Float64Array;
  /** Search texts (unfolded), concatenated, with each one's length. */
  searchText: string;
  searchLengths: Uint32Array;
  /** File offsets of the record when it is stored as read; -1 when the schema cleaned it up. */
  start: Float64Array;
  end: Float64Array;
  /** JSON of the records not stored as read, in order. */
  reencoded: string[];
}

/** Parses and checks a batch; null when its text is not valid JSON (the whole-file reader then decides). */
export function checkBatch(job: BatchJob, locator: RegionLocator, decoder: TextDecoder): CheckedBatch | null {
  const { ranges, base, bytes } = job;
  const count = ranges.length / 2;
  if (count === 0) return null;
  const text = decoder.decode(
    bytes.subarray((ranges[0] as number) - base, (ranges[ranges.length - 1] as number) - base),
  );
  let records: unknown[];
  try {
    records = JSON.parse(`[${text}]`);
  } catch {
    return null;
  }
  if (records.length !== count) return null;
  const replacementChars = text.includes("\uFFFD");

  const ids: string[] = [];
  const resolvedFlags = new Uint8Array(count);
  const problems: LoadProblem[] = [];
  const replacementProblems: LoadProblem[] = [];
  const startDay = new Float64Array(count);
  const endDay = new Int32Array(count);
  const precision = new Uint8Array(count);
  const region = new Uint8Array(count);
  const type = new Uint8Array(count);
  const forces = new Uint8Array(count);
  const lat = new Float64Array(count);
  const lon = new Float64Array(count);
  const actors = new NamesCollector();
  const targets = new NamesCollector();
  const places = new Dictionary();
  const placeEn = new Int32Array(count);
  const placeAr = new Int32Array(count);
  const outcome = new Float64Array(count);
  const searchTexts: string[] = [];
  const searchLengths = new Uint32Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const reencoded: string[] = [];

  let kept = 0;
  for (let k = 0; k < count; k++) {
    const index = job.from + k;
    const raw = records[k];
    const content = checkRecordContent(raw, index, locator);
    for (const problem of content.problems) problems.push(problem);
    if (replacementChars) {
      const id = isPlainObject(raw) && typeof raw.id === "string" ? raw.id.slice(0, 120) : undefined;
      const problem = replacementCharProblem(raw, index, id);
      if (problem) replacementProblems.push(problem);
    }
    ids.push(content.valid ? content.record.id : "");
    if (!content.valid || !content.resolved) continue;
    resolvedFlags[k] = 1;
    const { record, resolved } = content;
    const values = columnValuesOf(record, resolved);
    startDay[kept] = values.startDay;
    endDay[kept] = values.endDay;
    precision[kept] = values.precision;
    region[kept] = values.region;
    type[kept] = values.type;
    forces[kept] = values.forces;
    lat[kept] = values.lat;
    lon[kept] = values.lon;
    actors.add(record.actors);
    targets.add(record.targets);
    const keys = sortKeysOf(record, places);
    placeEn[kept] = keys.placeEn;
    placeAr[kept] = keys.placeAr;
    outcome[kept] = keys.outcome;
    const search = rawSearchText(record);
    searchTexts.push(search);
    searchLengths[kept] = search.length;
    if (content.asRead) {
      start[kept] = ranges[2 * k] as number;
      end[kept] = ranges[2 * k + 1] as number;
    } else {
      start[kept] = -1;
      end[kept] = -1;
      reencoded.push(JSON.stringify(record));
    }
    kept++;
  }
  return {
    from: job.from,
    count,
    ids: ids.join("\n"),
    resolved: resolvedFlags,
    problems,
    replacementProblems,
    startDay: startDay.slice(0, kept),
    endDay: endDay.slice(0, kept),
    precision: precision.slice(0, kept),
    region: region.slice(0, kept),
    type: type.slice(0, kept),
    forces: forces.slice(0, kept),
    lat: lat.slice(0, kept),
    lon: lon.slice(0, kept),
    actorNames: actors.names,
    targetNames: targets.names,
    actorOffsets: Uint32Array.from(actors.offsets),
    actorIds: Uint32Array.from(actors.ids),
    targetOffsets: Uint32Array.from(targets.offsets),
    targetIds: Uint32Array.from(targets.ids),
    placeNames: places.names,
    placeEn: placeEn.slice(0, kept),
    placeAr: placeAr.slice(0, kept),
    outcome: outcome.slice(0, kept),
    searchText: searchTexts.join(""),
    searchLengths: searchLengths.slice(0, kept),
    start: start.slice(0, kept),
    end: end.slice(0, kept),
    reencoded,
  };
}

/** The buffers to transfer with a checked batch. */
export function batchTransferables(batch: CheckedBatch): ArrayBuffer[] {
  return [
    batch.resolved,
    batch.startDay,
    batch.endDay,
    batch.precision,
    batch.region,
    batch.type,
    batch.forces,
    batch.lat,
    batch.lon,
    batch.actorOffsets,
    batch.actorIds,
    batch.targetOffsets,
    batch.targetIds,
    batch.searchLengths,
    batch.placeEn,
    batch.placeAr,
    batch.outcome,
    batch.start,
    batch.end,
  ].map((array) => array.buffer as ArrayBuffer);
}
