import Papa from "papaparse";
import type { RegionLocator } from "../../domain/region-locator.ts";
import { OWN_CSV_REQUIRED_COLUMNS } from "../export/csv-layout.ts";
import { type CsvTable, guessDelimiter, readCsv, readCsvHeader, splitCsvTable } from "../import/csv-table.ts";
import {
  type CsvDelimiter,
  type FileDescription,
  type OutsideSyria,
  OutsideSyriaTally,
} from "../import/file-description.ts";
import {
  baseName,
  FORMAT_OF_SOURCE,
  noEventInSyria,
  OWN_CSV_FORMAT,
  ownCsvMetadata,
  PLAN_SAMPLE_ROWS,
  sourceMetadata,
} from "../import/parse-dataset-file.ts";
import { type DetectedSource, detectSource, planRows } from "../import/source-formats.ts";
import type { FatalLoadError, LoadProblem } from "../load-problem.ts";
import { checkMetadata, type DatasetFormat, RecordChecker } from "../validate-dataset.ts";
import {
  type CheckedCsvBatch,
  type CsvBatchJob,
  type CsvReading,
  type CsvRowsLayout,
  checkCsvRows,
  readCsvBatch,
} from "./check-csv-batch.ts";
import { type CsvNewline, CsvRowsScanner } from "./csv-rows-scanner.ts";
import { DatasetBuilder } from "./dataset-builder.ts";
import type { StreamedDataset, StreamPreview } from "./json-v1-stream.ts";

/** Bytes per batch of rows: about 2,000 rows of an ACLED export, as format v1 batches hold. */
const BATCH_BYTES = 1 << 20;
/** PapaParse settles a file's line end from its first 1 MB (in characters) of text. */
const NEWLINE_SAMPLE_CHARS = 1024 * 1024;
/** The header is read from the first 64 KB (in characters), as the whole-file reader does. */
const HEADER_SAMPLE_CHARS = 64 * 1024;
/** The first bytes are checked for binary content. */
const SNIFF_BYTES = 4096;
/** A helper that falls this many batches behind gets no more until it catches up. */
const HELPER_QUEUE = 8;
/**
 * Rows checked before a first glimpse of a large file is shown: the first of the rows read for the
 * date plan are checked and shown before the others, as a format v1 file's first batch is.
 */
const PREVIEW_RECORDS = 500;
/** Extensions read by their signature, never as text. */
const BINARY_EXTENSIONS = new Set(["xlsx", "xlsm", "xls", "ods", "dbf", "zip", "pdf"]);

/** Checks CSV batches on other threads. */
export interface CsvBatchHelper {
  readonly pending: number;
  checkCsv?(job: CsvBatchJob): Promise<CheckedCsvBatch | null>;
}

/** What the stream settled from the file's first bytes. */
interface Head {
  bomLength: number;
  reading: CsvReading;
  format: DatasetFormat;
  detected: DetectedSource | null;
  description: Omit<FileDescription, "source">;
  /** Problems with the header (columns named twice). */
  fileProblems: LoadProblem[];
  scanner: CsvRowsScanner;
}

export type StreamedCsv = StreamedDataset & {
  format: DatasetFormat;
  description: FileDescription;
  outsideSyria?: OutsideSyria;
};

/**
 * PapaParse's line end when the first bytes already settle it: a line feed outside quotes before
 * any carriage return means "\n" whatever follows. Null when only the full sample can tell.
 */
function earlyNewline(text: string): CsvNewline | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c === 0x0d) return null;
    else if (!quoted && c === 0x0a) return "\n";
  }
  return null;
}

function newlineOf(linebreak: string): CsvNewline | null {
  return linebreak === "\n" || linebreak === "\r\n" || linebreak === "\r" ? linebreak : null;
}

/**
 * Reads an ACLED, UCDP GED or app CSV file while it arrives, like JsonV1Stream reads format v1:
 * a scanner cuts the bytes at row ends into batches, each parsed under the file's header, mapped
 * by the format's row mapper and checked (on helper threads when there are any), then admitted in
 * file order into the index builder. The result is the whole-file reader's, row for row; on
 * anything the stream cannot be sure of (not UTF-8, a broken quote, an unknown header) `finish`
 * gives null and the file is read whole, which words any error.
 */
export class CsvStream {
  private head: Head | null = null;
  private gaveUp = false;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly checker = new RecordChecker();
  private readonly builder = new DatasetBuilder();
  private readonly outside = new OutsideSyriaTally();
  private layout: CsvRowsLayout | null = null;
  /** Batches parsed here while the plan waits for its sample of rows, with their bytes. */
  private readonly sample: { table: CsvTable; bytes: Uint8Array }[] = [];
  private sampleRows = 0;
  private batchStart = 0;
  private nextCut = 0;
  private nextBatch = 0;
  private nextAdmit = 0;
  private readonly done = new Map<number, CheckedCsvBatch | null>();
  private readonly outstanding = new Set<Promise<void>>();
  private rows = 0;
  private hashtagRows = 0;
  private previewed = false;

  constructor(
    private readonly file: string,
    private readonly locator: RegionLocator,
    private readonly helper: CsvBatchHelper | null = null,
    private readonly onPreview: ((preview: StreamPreview & { format: DatasetFormat }) => void) | null = null,
    private readonly batchBytes = BATCH_BYTES,
  ) {}

  get recordsChecked(): number {
    return this.rows;
  }

  feed(bytes: Uint8Array, end: number): void {
    if (this.gaveUp) return;
    if (!this.head && !this.readHead(bytes, end, false)) return;
    this.scanAndDispatch(bytes, end, false);
  }

  async finish(bytes: Uint8Array): Promise<StreamedCsv | { error: FatalLoadError } | null> {
    if (!this.gaveUp && (this.head || this.readHead(bytes, bytes.length, true)))
      this.scanAndDispatch(bytes, bytes.length, true);
    await Promise.all(this.outstanding);
    const head = this.head;
    if (this.gaveUp || !head) return null;
    const source = head.detected;
    const { metadata, problems: metadataProblems } = checkMetadata(
      source ? sourceMetadata(source, this.file) : ownCsvMetadata(this.file),
      this.file,
    );
    const recordCount = this.rows - this.hashtagRows;
    const outsideSyria = this.outside.result();
    const description: FileDescription = {
      ...head.description,
      ...(source && this.layout?.kind === "source"
        ? {
            source: {
              kind: source.source,
              layout: source.layout,
              release: source.release,
              dateStyle: this.layout.plan.dates.style,
            },
          }
        : {}),
      ...(this.hashtagRows ? { hashtagRowDropped: true } : {}),
    };
    if (source) {
      const refused = noEventInSyria(source, head.description, this.file, {
        events: { length: this.builder.size },
        outsideSyria,
        recordCount,
      });
      if (refused && !refused.ok) return { error: refused.error };
    }
    return {
      format: head.format,
      builder: this.builder,
      metadata,
      problems: [...head.fileProblems, ...metadataProblems, ...this.checker.problems],
      recordCount,
      description,
      ...(outsideSyria ? { outsideSyria } : {}),
    };
  }

  /**
   * Settles how the file is read, from its first bytes, as the whole-file reader would from the
   * whole text: the delimiter and header from the first line, the line end from the first 1 MB.
   * False while more bytes are needed, or when the stream gives up.
   */
  private readHead(bytes: Uint8Array, end: number, final: boolean): boolean {
    const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (!final && end < bomLength + HEADER_SAMPLE_CHARS) return false;
    const giveUp = () => {
      this.gaveUp = true;
      return false;
    };
    const extension = /\.([A-Za-z0-9]{1,10})$/.exec(baseName(this.file).split("?")[0] ?? "")?.[1]?.toLowerCase();
    if (extension && BINARY_EXTENSIONS.has(extension)) return giveUp();
    for (let i = bomLength; i < Math.min(end, bomLength + SNIFF_BYTES); i++) {
      const byte = bytes[i] as number;
      if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) return giveUp();
    }
    // Characters may take several bytes: decode enough for the line-end sample, or all there is.
    const sampleEnd = Math.min(end, bomLength + 4 * NEWLINE_SAMPLE_CHARS + 4);
    const text = new TextDecoder().decode(bytes.subarray(bomLength, sampleEnd));
    const settled = final || text.length > NEWLINE_SAMPLE_CHARS;
    if (!settled && (text.length <= HEADER_SAMPLE_CHARS || earlyNewline(text) === null)) return false;
    if (!/^[A-Za-z_"]/.test(text)) return giveUp();
    const prefix = text.slice(0, NEWLINE_SAMPLE_CHARS);
    const delimiter = guessDelimiter(prefix);
    const columns = (readCsvHeader(prefix) ?? []).filter((c) => c !== "");
    const detected = detectSource(columns, baseName(this.file));
    const own = !detected && OWN_CSV_REQUIRED_COLUMNS.every((column) => columns.includes(column));
    if (!detected && !own) return giveUp();
    const newline = newlineOf(Papa.parse(prefix, { preview: 1, delimiter }).meta.linebreak);
    if (!newline) return giveUp();
    // The header line's end, found as any row's end.
    const headerScan = new CsvRowsScanner(delimiter.charCodeAt(0), newline, bomLength, 1);
    headerScan.feed(bytes, end, final);
    const headerEnd = headerScan.cuts[0];
    if (headerEnd === undefined || headerScan.unusual) return giveUp();
    let headerText: string;
    try {
      headerText = this.decoder.decode(bytes.subarray(bomLength, headerEnd));
    } catch {
      return giveUp();
    }
    const reading: CsvReading = { headerText, delimiter, newline };
    this.head = {
      bomLength,
      reading,
      format: detected ? FORMAT_OF_SOURCE[detected.source] : OWN_CSV_FORMAT,
      detected,
      description: {
        container: "csv",
        encoding: bomLength ? "utf-8-bom" : "utf-8",
        delimiter: delimiter as CsvDelimiter,
      },
      fileProblems: readCsv(headerText, reading).fileProblems,
      scanner: new CsvRowsScanner(delimiter.charCodeAt(0), newline, headerEnd, this.batchBytes),
    };
    if (own) this.layout = { kind: "own" };
    this.batchStart = headerEnd;
    return true;
  }

  private scanAndDispatch(bytes: Uint8Array, end: number, final: boolean): void {
    const head = this.head as Head;
    const scanner = head.scanner;
    scanner.feed(bytes, end, final);
    if (scanner.unusual) {
      this.gaveUp = true;
      return;
    }
    while (!this.gaveUp && this.nextCut < scanner.cuts.length) {
      const cut = scanner.cuts[this.nextCut++] as number;
      this.dispatch(bytes.slice(this.batchStart, cut));
      this.batchStart = cut;
    }
    if (final && !this.gaveUp) {
      if (this.batchStart < end) this.dispatch(bytes.slice(this.batchStart, end));
      this.batchStart = end;
      if (!this.layout) this.plan();
    }
  }

  /** Until the plan is known, batches are parsed here and kept; then each goes to a helper (or is checked here). */
  private dispatch(bytes: Uint8Array): void {
    const head = this.head as Head;
    if (!this.layout) {
      const table = readCsvBatch(head.reading, bytes, this.decoder);
      if (!table) {
        this.gaveUp = true;
        return;
      }
      this.sample.push({ table, bytes });
      this.sampleRows += table.rows.length;
      if (this.sampleRows >= PLAN_SAMPLE_ROWS) this.plan();
      return;
    }
    this.routeBatch(bytes, null);
  }

  /**
   * Sends a batch to a helper, unless it is the file's first or no helper is free; then it is
   * checked here (`parsed`: its rows, when they were already read for the date plan).
   */
  private routeBatch(bytes: Uint8Array, parsed: CsvTable | null): void {
    const head = this.head as Head;
    const layout = this.layout as CsvRowsLayout;
    const helper = this.helper;
    if (helper?.checkCsv && this.nextBatch > 0 && helper.pending < HELPER_QUEUE) {
      const batch = this.nextBatch++;
      const settled = helper.checkCsv({ reading: head.reading, layout, bytes }).then(
        (result) => this.settle(batch, result),
        () => this.settle(batch, null),
      );
      this.outstanding.add(settled);
      settled.then(() => this.outstanding.delete(settled));
      return;
    }
    const table = parsed ?? readCsvBatch(head.reading, bytes, this.decoder);
    if (table) this.checkHere(table);
    else this.settle(this.nextBatch++, null);
  }

  /** Checks rows on this thread; the file's first rows apart, so that its first glimpse need not wait for the rest. */
  private checkHere(table: CsvTable): void {
    const layout = this.layout as CsvRowsLayout;
    const parts =
      this.nextBatch === 0 && table.rows.length > PREVIEW_RECORDS ? splitCsvTable(table, PREVIEW_RECORDS) : [table];
    for (const part of parts) this.settle(this.nextBatch++, checkCsvRows(part, layout, this.locator));
  }

  /** The date plan from the file's first rows (a source format), then the batches held for it are checked. */
  private plan(): void {
    const head = this.head as Head;
    if (!this.layout) {
      const detected = head.detected as DetectedSource;
      const sampleRows = this.sample.flatMap(({ table }) => table.rows).slice(0, PLAN_SAMPLE_ROWS);
      this.layout = { kind: "source", plan: planRows(detected, sampleRows) };
    }
    // The sample's first batch is checked here (its first rows make the glimpse); helpers read the others again.
    for (const { table, bytes } of this.sample.splice(0)) this.routeBatch(bytes, table);
  }

  private settle(batch: number, result: CheckedCsvBatch | null): void {
    this.done.set(batch, result);
    while (this.done.has(this.nextAdmit)) {
      const ready = this.done.get(this.nextAdmit);
      this.done.delete(this.nextAdmit);
      this.nextAdmit++;
      if (!ready) this.gaveUp = true;
      if (this.gaveUp || !ready) continue;
      this.admit(ready);
    }
    this.maybePreview();
  }

  /** Row positions in a batch count from its first row: here they become the file's. */
  private admit(batch: CheckedCsvBatch): void {
    const base = this.rows;
    if (base)
      for (const list of [batch.mappingProblems, batch.problems, batch.replacementProblems])
        for (const problem of list) if (problem.index !== undefined) problem.index += base;
    batch.from = base;
    this.builder.addBatch(batch, this.checker);
    for (const country of batch.outside) this.outside.add(country);
    this.hashtagRows += batch.hashtagRows;
    this.rows += batch.count;
  }

  private maybePreview(): void {
    if (this.previewed || this.gaveUp || !this.onPreview || this.rows < PREVIEW_RECORDS || !this.head) return;
    this.previewed = true;
    const source = this.head.detected;
    const { metadata } = checkMetadata(
      source ? sourceMetadata(source, this.file) : ownCsvMetadata(this.file),
      this.file,
    );
    this.onPreview({
      format: this.head.format,
      builder: this.builder,
      bytes: new Uint8Array(0),
      metadata,
      problems: [...this.head.fileProblems, ...this.checker.problems],
      recordCount: this.rows - this.hashtagRows,
    });
  }
}
