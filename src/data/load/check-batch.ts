import {
  allocateLoadColumns,
  buffersOf,
  type RecordColumnLoadArrays,
  readRecordColumns,
  sliceLoadColumns,
} from "../../domain/index-columns.ts";
import { Dictionary, NamesCollector } from "../../domain/name-dictionary.ts";
import type { RegionLocator } from "../../domain/region-locator.ts";
import { rawSearchText } from "../../domain/text-search.ts";
import type { LoadProblem } from "../load-problem.ts";
import { isPlainObject } from "../plain-object.ts";
import { replacementCharProblem } from "../replacement-char.ts";
import { type ContentCheck, checkRecordContent } from "../validate-dataset.ts";

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
  /**
   * Problems found turning rows into records (CSV), in row order: each is reported before the
   * problems of the record it became. Empty for format v1 records.
   */
  mappingProblems: LoadProblem[];
  /** Problems of the records' own content, in record order. */
  problems: LoadProblem[];
  /** Text that was not UTF-8, per record, reported after the record's other problems. */
  replacementProblems: LoadProblem[];
  /** Per resolved record, in order: every column of the column table (see index-columns.ts). */
  columns: RecordColumnLoadArrays;
  /** Forces and targets named in the batch; each record's postings point into them. */
  actorNames: readonly string[];
  targetNames: readonly string[];
  actorOffsets: Uint32Array;
  actorIds: Uint32Array;
  targetOffsets: Uint32Array;
  targetIds: Uint32Array;
  /** Place labels used in the batch: the place-id columns point into them. */
  placeNames: readonly string[];
  /** Search texts (unfolded), concatenated, with each one's length. */
  searchText: string;
  searchLengths: Uint32Array;
  /** File offsets of the record when it is stored as read; -1 when the schema cleaned it up. */
  start: Float64Array;
  end: Float64Array;
  /** JSON of the records not stored as read, in order. */
  /**
   * The records not stored as read, as JSON encoded in UTF-8 one after another (encoded here, on
   * the thread that checked them, and handed over without a copy), and where each one ends.
   */
  reencoded: Uint8Array;
  reencodedEnds: Uint32Array;
}

/**
 * Collects what checking gives, record by record, as a CheckedBatch's columns. One definition
 * for every kind of batch (format v1 records, CSV rows).
 */
export class CheckedBatchBuilder {
  private readonly ids: string[] = [];
  private readonly resolvedFlags: Uint8Array;
  readonly problems: LoadProblem[] = [];
  readonly replacementProblems: LoadProblem[] = [];
  readonly mappingProblems: LoadProblem[] = [];
  private readonly columns: RecordColumnLoadArrays;
  private readonly actors = new NamesCollector();
  private readonly targets = new NamesCollector();
  private readonly places = new Dictionary();
  private readonly searchTexts: string[] = [];
  private readonly searchLengths: Uint32Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly reencoded: string[] = [];
  private reencodedLength = 0;
  private kept = 0;

  constructor(private readonly count: number) {
    this.resolvedFlags = new Uint8Array(count);
    this.columns = allocateLoadColumns(count);
    this.searchLengths = new Uint32Array(count);
    this.start = new Float64Array(count);
    this.end = new Float64Array(count);
  }

  /**
   * Adds record k of the batch, checked on its own. `stored` is where it lies in the file when
   * it may be kept as read; null when it must be stored re-encoded (cleaned, or mapped from CSV).
   */
  add(k: number, content: ContentCheck | null, stored: readonly [number, number] | null): void {
    if (content) for (const problem of content.problems) this.problems.push(problem);
    this.ids.push(content?.valid ? content.record.id : "");
    if (!content?.valid || !content.resolved) return;
    this.resolvedFlags[k] = 1;
    const { record, resolved } = content;
    const kept = this.kept++;
    readRecordColumns(this.columns, kept, record, resolved, this.places);
    this.actors.add(record.actors);
    this.targets.add(record.targets);
    const search = rawSearchText(record);
    this.searchTexts.push(search);
    this.searchLengths[kept] = search.length;
    if (stored && content.asRead) {
      this.start[kept] = stored[0];
      this.end[kept] = stored[1];
    } else {
      this.start[kept] = -1;
      this.end[kept] = -1;
      const json = JSON.stringify(record);
      this.reencoded.push(json);
      this.reencodedLength += json.length;
    }
  }

  /** One buffer for all the batch's re-encoded records: a UTF-16 unit takes at most 3 bytes of UTF-8. */
  private encodeReencoded(): { reencoded: Uint8Array; reencodedEnds: Uint32Array } {
    const buffer = new Uint8Array(this.reencodedLength * 3);
    const ends = new Uint32Array(this.reencoded.length);
    let offset = 0;
    this.reencoded.forEach((json, k) => {
      offset += encoder.encodeInto(json, buffer.subarray(offset)).written;
      ends[k] = offset;
    });
    return { reencoded: buffer.slice(0, offset), reencodedEnds: ends };
  }

  finish(from: number): CheckedBatch {
    const kept = this.kept;
    return {
      from,
      count: this.count,
      ids: this.ids.join("\n"),
      resolved: this.resolvedFlags,
      mappingProblems: this.mappingProblems,
      problems: this.problems,
      replacementProblems: this.replacementProblems,
      columns: sliceLoadColumns(this.columns, kept),
      actorNames: this.actors.names,
      targetNames: this.targets.names,
      actorOffsets: Uint32Array.from(this.actors.offsets),
      actorIds: Uint32Array.from(this.actors.ids),
      targetOffsets: Uint32Array.from(this.targets.offsets),
      targetIds: Uint32Array.from(this.targets.ids),
      placeNames: this.places.names,
      searchText: this.searchTexts.join(""),
      searchLengths: this.searchLengths.slice(0, kept),
      start: this.start.slice(0, kept),
      end: this.end.slice(0, kept),
      ...this.encodeReencoded(),
    };
  }
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
  const batch = new CheckedBatchBuilder(count);
  for (let k = 0; k < count; k++) {
    const index = job.from + k;
    const raw = records[k];
    batch.add(k, checkRecordContent(raw, index, locator), [ranges[2 * k] as number, ranges[2 * k + 1] as number]);
    if (replacementChars) {
      const id = isPlainObject(raw) && typeof raw.id === "string" ? raw.id.slice(0, 120) : undefined;
      const problem = replacementCharProblem(raw, index, id);
      if (problem) batch.replacementProblems.push(problem);
    }
  }
  return batch.finish(job.from);
}

const encoder = new TextEncoder();

/** The buffers to transfer with a checked batch: every typed array in it. */
export function batchTransferables(batch: CheckedBatch): ArrayBuffer[] {
  return buffersOf(batch);
}
