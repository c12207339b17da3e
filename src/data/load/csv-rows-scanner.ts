const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export type CsvNewline = "\n" | "\r\n" | "\r";

/** The next position of one byte value, remembered so a search is never repeated over the same bytes. */
class NextByte {
  private at = -1;
  private searchedFrom = 0;
  private searchedTo = 0;

  constructor(private readonly byte: number) {}

  find(view: Uint8Array, from: number): number {
    const known = this.searchedFrom <= from && (this.at >= from || (this.at < 0 && this.searchedTo === view.length));
    if (!known) {
      this.at = view.indexOf(this.byte, from);
      this.searchedFrom = from;
      this.searchedTo = view.length;
    }
    return this.at;
  }
}

/**
 * Finds where rows end in CSV bytes as they arrive, as PapaParse reads them: a quote opens a
 * quoted field only at the start of a field, `""` inside one is a quote, and a row ends at the
 * file's newline outside quotes. Cuts are row ends at least `minBytes` apart, where a file can be
 * split into batches that parse exactly as the whole would. Uses the native `indexOf` to jump
 * from quote to newline, so it costs little next to parsing.
 *
 * A quote closed before anything but a delimiter or a newline makes PapaParse report an error
 * and read on in its own way; the scanner then says `unusual` and stops (the file is read whole).
 */
export class CsvRowsScanner {
  /** Row ends where the bytes may be cut, in order. */
  readonly cuts: number[] = [];
  unusual = false;
  private pos: number;
  private rowStart: number;
  private lastCut: number;
  private inQuotes = false;
  private readonly quotes = new NextByte(QUOTE);
  private readonly newlines: NextByte;
  private readonly newlineByte: number;

  constructor(
    private readonly delimiter: number,
    private readonly newline: CsvNewline,
    /** Where the first data row starts (after the header line). */
    start: number,
    private readonly minBytes: number,
  ) {
    this.pos = start;
    this.rowStart = start;
    this.lastCut = start;
    this.newlineByte = newline === "\r" ? CR : LF;
    this.newlines = new NextByte(this.newlineByte);
  }

  /** Scans bytes[.. end) (earlier bytes unchanged); `final` when no more will come. */
  feed(bytes: Uint8Array, end: number, final = false): void {
    if (this.unusual) return;
    const view = bytes.subarray(0, end);
    while (this.pos < end) {
      if (this.inQuotes) {
        const q = this.quotes.find(view, this.pos);
        if (q < 0) {
          this.pos = end;
          return;
        }
        if (q + 1 >= end) {
          // The quote ends the input, or the byte after it has not arrived yet.
          this.pos = final ? end : q;
          return;
        }
        const next = bytes[q + 1] as number;
        if (next === QUOTE) {
          this.pos = q + 2;
          continue;
        }
        this.inQuotes = false;
        if (next === this.delimiter) {
          this.pos = q + 2;
          continue;
        }
        if (next === this.newlineByte || (this.newline === "\r\n" && next === CR)) {
          this.pos = q + 1;
          continue;
        }
        this.unusual = true;
        return;
      }
      const n = this.newlines.find(view, this.pos);
      const q = this.quotes.find(view, this.pos);
      if (q >= 0 && (n < 0 || q < n)) {
        // A quote before the row's end: it opens a quoted field only at a field's start.
        if (q === this.rowStart || bytes[q - 1] === this.delimiter) this.inQuotes = true;
        this.pos = q + 1;
        continue;
      }
      if (n < 0) {
        this.pos = end;
        return;
      }
      this.pos = n + 1;
      if (this.newline === "\r\n" && (n === 0 || bytes[n - 1] !== CR)) continue;
      this.rowStart = n + 1;
      if (this.rowStart - this.lastCut >= this.minBytes) {
        this.cuts.push(this.rowStart);
        this.lastCut = this.rowStart;
      }
    }
  }
}
