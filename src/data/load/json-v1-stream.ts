import type { DatasetMetadata } from "../../domain/event.ts";
import type { RegionLocator } from "../../domain/region-locator.ts";
import { own, stripBom } from "../import/import-text.ts";
import type { LoadProblem } from "../load-problem.ts";
import { isPlainObject } from "../plain-object.ts";
import { checkMetadata, RecordChecker } from "../validate-dataset.ts";
import { type BatchJob, type CheckedBatch, checkBatch } from "./check-batch.ts";
import type { CheckedCsvBatch, CsvBatchJob } from "./check-csv-batch.ts";
import { DatasetBuilder } from "./dataset-builder.ts";
import { JsonEventsScanner } from "./json-events-scanner.ts";

/** Records parsed per JSON.parse call: large enough to amortise the call, small enough to stream. */
const BATCH_RECORDS = 2_000;
/** The first bytes are checked for binary content, as the whole-file path does. */
const SNIFF_BYTES = 4096;
/**
 * Every batch but the first goes to a helper (reading, scanning and admitting keep this thread
 * busy enough), unless the least busy helper is this many batches behind: this thread then
 * checks the batch itself rather than wait.
 */
const HELPER_QUEUE = 8;

/**
 * The first batch is smaller, and a large file's first glimpse is shown as soon as it is checked
 * (on this thread, while the helpers take the next ones): first events on the map soon after the
 * first byte.
 */
const FIRST_BATCH_RECORDS = 500;
const PREVIEW_RECORDS = FIRST_BATCH_RECORDS;

/** The first records of a file still loading, for a first paint long before the last byte. */
export interface StreamPreview {
  builder: DatasetBuilder;
  /** The bytes the builder's records lie in (a copy of the start of the file). */
  bytes: Uint8Array;
  metadata: DatasetMetadata;
  problems: LoadProblem[];
  recordCount: number;
}

export interface StreamedDataset {
  builder: DatasetBuilder;
  metadata: DatasetMetadata;
  problems: LoadProblem[];
  recordCount: number;
}

/** Checks batches on other threads. */
export interface BatchHelper {
  readonly threads: number;
  /** Batches waiting on the least busy thread. */
  readonly pending: number;
  check(job: BatchJob): Promise<CheckedBatch | null>;
  /** The same for rows of a CSV file (see csv-stream.ts); without it, they are checked on the loading thread. */
  checkCsv?(job: CsvBatchJob): Promise<CheckedCsvBatch | null>;
}

function looksBinary(bytes: Uint8Array, end: number): boolean {
  const head = Math.min(end, SNIFF_BYTES);
  for (let i = 0; i < head; i++) {
    const byte = bytes[i] as number;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) return true;
  }
  return false;
}

/**
 * Reads a format v1 file while it arrives: records are found by the scanner, parsed and checked
 * in batches (here, and on a helper thread when there is one) and admitted in file order into the
 * index builder, so reading, parsing and indexing overlap and the file is never held as one string
 * or as a million objects. Gives up (null from `finish`) on anything unusual; the caller then
 * reads the file whole, the ordinary way, which words any error.
 */
export class JsonV1Stream {
  private readonly scanner = new JsonEventsScanner();
  private readonly decoder = new TextDecoder();
  private readonly checker = new RecordChecker();
  private readonly builder = new DatasetBuilder();
  /** Next record to put in a batch, next batch number, next batch to admit. */
  private nextRecord = 0;
  private nextBatch = 0;
  private nextAdmit = 0;
  private readonly done = new Map<number, CheckedBatch | null>();
  private readonly outstanding = new Set<Promise<void>>();
  private admitted = 0;
  private gaveUp = false;

  private previewed = false;

  constructor(
    /** The file's name or address, for messages and as the title when the head has none. */
    private readonly file: string,
    private readonly locator: RegionLocator,
    private readonly helper: BatchHelper | null = null,
    private readonly batchRecords = BATCH_RECORDS,
    private readonly onPreview: ((preview: StreamPreview) => void) | null = null,
  ) {}

  /** Records checked and admitted so far, for progress. */
  get recordsChecked(): number {
    return this.admitted;
  }

  /** Scans bytes[0 .. end) (earlier bytes unchanged) and sends every complete batch to be checked. */
  feed(bytes: Uint8Array, end: number): void {
    if (this.gaveUp) return;
    if (this.scanner.arrayOpen < 0 && looksBinary(bytes, end)) {
      this.gaveUp = true;
      return;
    }
    this.scanner.feed(bytes, end);
    this.dispatch(bytes, false);
  }

  /**
   * What is loaded so far. The metadata is read from the text before the events array when it
   * stands there, as it does in files this app writes; otherwise the file's name stands in.
   */
  private preview(bytes: Uint8Array): StreamPreview {
    const elements = this.scanner.elements;
    let metadata: DatasetMetadata = { title: this.file.split("/").pop() || "Dataset" };
    try {
      const head = JSON.parse(`${stripBom(this.decoder.decode(bytes.subarray(0, this.scanner.arrayOpen + 1)))}]}`);
      if (isPlainObject(head)) metadata = checkMetadata(head, this.file).metadata;
    } catch {
      // The head alone is not a complete object: keep the file's name as the title.
    }
    return {
      builder: this.builder,
      bytes: bytes.slice(0, elements[2 * this.admitted - 1] ?? 0),
      metadata,
      problems: [...this.checker.problems],
      recordCount: this.admitted,
    };
  }

  /** After the last byte: the dataset, or null when the file must be read the ordinary way. */
  async finish(bytes: Uint8Array): Promise<StreamedDataset | null> {
    if (!this.gaveUp) this.dispatch(bytes, true);
    await Promise.all(this.outstanding);
    const scanner = this.scanner;
    if (this.gaveUp || !scanner.complete) return null;
    let skeleton: unknown;
    try {
      const head = this.decoder.decode(bytes.subarray(0, scanner.arrayOpen + 1));
      const tail = this.decoder.decode(bytes.subarray(scanner.arrayClose, scanner.rootEnd));
      skeleton = JSON.parse(stripBom(head + tail));
    } catch {
      return null;
    }
    if (!isPlainObject(skeleton) || !Array.isArray(own(skeleton, "events"))) return null;
    const type = own(skeleton, "type");
    if (type === "FeatureCollection" || type === "Feature") return null;
    const { metadata, problems } = checkMetadata(skeleton, this.file);
    return {
      builder: this.builder,
      metadata,
      problems: [...problems, ...this.checker.problems],
      recordCount: scanner.elements.length / 2,
    };
  }

  private dispatch(bytes: Uint8Array, final: boolean): void {
    const elements = this.scanner.elements;
    const found = elements.length / 2;
    for (;;) {
      const size = this.nextBatch === 0 ? Math.min(this.batchRecords, FIRST_BATCH_RECORDS) : this.batchRecords;
      if (this.gaveUp || !(found - this.nextRecord >= size || (final && this.nextRecord < found))) break;
      const from = this.nextRecord;
      const to = Math.min(found, from + size);
      this.nextRecord = to;
      const batch = this.nextBatch++;
      const ranges = Float64Array.from(elements.slice(2 * from, 2 * to));
      const helper = this.helper;
      // The first batch is checked here: helpers may still be starting, and it makes the first paint.
      if (helper && batch > 0 && helper.pending < HELPER_QUEUE) {
        const first = ranges[0] as number;
        const last = ranges[ranges.length - 1] as number;
        // A copy of just these bytes: the buffer itself keeps growing here.
        const job: BatchJob = { from, base: first, bytes: bytes.slice(first, last), ranges };
        const settled = helper.check(job).then(
          (result) => this.settle(batch, result),
          () => this.settle(batch, null),
        );
        this.outstanding.add(settled);
        settled.then(() => this.outstanding.delete(settled));
      } else this.settle(batch, checkBatch({ from, base: 0, bytes, ranges }, this.locator, this.decoder));
      // Before any more batches go out: the page paints these while the rest is checked.
      if (!this.previewed && this.admitted >= PREVIEW_RECORDS && !this.gaveUp && this.onPreview) {
        this.previewed = true;
        this.onPreview(this.preview(bytes));
      }
    }
  }

  /** Records a checked batch (null: it did not parse) and admits every batch now next in order. */
  private settle(batch: number, result: CheckedBatch | null): void {
    this.done.set(batch, result);
    while (this.done.has(this.nextAdmit)) {
      const ready = this.done.get(this.nextAdmit);
      this.done.delete(this.nextAdmit);
      this.nextAdmit++;
      if (!ready) this.gaveUp = true;
      if (this.gaveUp) continue;
      this.builder.addBatch(ready as CheckedBatch, this.checker);
      this.admitted += (ready as CheckedBatch).count;
    }
  }
}
