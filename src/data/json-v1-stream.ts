import type { DatasetMetadata } from "../domain/event.ts";
import type { RegionLocator } from "../domain/region-locator.ts";
import { DatasetBuilder } from "./dataset-builder.ts";
import { replacementCharProblem } from "./import/geojson.ts";
import { isPlainObject, own, stripBom } from "./import/import-text.ts";
import { JsonEventsScanner } from "./json-events-scanner.ts";
import type { LoadProblem } from "./load-problem.ts";
import { checkMetadata, RecordChecker } from "./validate-dataset.ts";

/** Records parsed per JSON.parse call: large enough to amortise the call, small enough to stream. */
const BATCH_RECORDS = 2_000;
/** The first bytes are checked for binary content, as the whole-file path does. */
const SNIFF_BYTES = 4096;

export interface StreamedDataset {
  builder: DatasetBuilder;
  metadata: DatasetMetadata;
  problems: LoadProblem[];
  recordCount: number;
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
 * Reads a format v1 file while it arrives: records are found by the scanner, parsed in
 * batches, checked and added to the index builder, so reading, parsing and indexing overlap and
 * the file is never held as one string or as a million objects. Gives up (returns null from
 * `finish`) on anything unusual; the caller then reads the file whole, the ordinary way.
 */
export class JsonV1Stream {
  private readonly scanner = new JsonEventsScanner();
  private readonly decoder = new TextDecoder();
  private readonly checker: RecordChecker;
  readonly builder = new DatasetBuilder();
  private next = 0;
  private gaveUp = false;

  constructor(locator: RegionLocator) {
    this.checker = new RecordChecker(locator);
  }

  get recordsChecked(): number {
    return this.next;
  }

  /** Scans bytes[0 .. end) (earlier bytes unchanged) and checks every complete batch. */
  feed(bytes: Uint8Array, end: number): void {
    if (this.gaveUp) return;
    if (this.scanner.arrayOpen < 0 && looksBinary(bytes, end)) {
      this.gaveUp = true;
      return;
    }
    this.scanner.feed(bytes, end);
    this.checkBatches(bytes, false);
  }

  /** After the last byte: the dataset, or null when the file must be read the ordinary way. */
  finish(bytes: Uint8Array, file: string): StreamedDataset | null {
    if (!this.gaveUp) this.checkBatches(bytes, true);
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
    const { metadata, problems } = checkMetadata(skeleton, file);
    return {
      builder: this.builder,
      metadata,
      problems: [...problems, ...this.checker.problems],
      recordCount: scanner.elements.length / 2,
    };
  }

  private checkBatches(bytes: Uint8Array, final: boolean): void {
    const elements = this.scanner.elements;
    const found = elements.length / 2;
    while (!this.gaveUp && (found - this.next >= BATCH_RECORDS || (final && this.next < found))) {
      const to = Math.min(found, this.next + BATCH_RECORDS);
      this.checkBatch(bytes, this.next, to);
      this.next = to;
    }
  }

  private checkBatch(bytes: Uint8Array, from: number, to: number): void {
    const elements = this.scanner.elements;
    const text = this.decoder.decode(bytes.subarray(elements[2 * from], elements[2 * to - 1]));
    let records: unknown[];
    try {
      records = JSON.parse(`[${text}]`);
    } catch {
      this.gaveUp = true; // the whole-file parse words the error
      return;
    }
    if (records.length !== to - from) {
      this.gaveUp = true;
      return;
    }
    const replacementChars = text.includes("\uFFFD");
    for (let k = 0; k < records.length; k++) {
      const index = from + k;
      const raw = records[k];
      const checked = this.checker.check(raw, index);
      if (replacementChars) {
        const id = isPlainObject(raw) && typeof raw.id === "string" ? raw.id.slice(0, 120) : undefined;
        const problem = replacementCharProblem(raw, index, id);
        if (problem) this.checker.problems.push(problem);
      }
      if (!checked) continue;
      const bytesRange = checked.asRead
        ? { start: elements[2 * index] as number, end: elements[2 * index + 1] as number }
        : null;
      this.builder.add(checked.record, checked.resolved, bytesRange);
    }
  }
}
