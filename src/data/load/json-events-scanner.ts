const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const EVENTS_KEY = [101, 118, 101, 110, 116, 115]; // "events"

function isSpace(byte: number): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}

/**
 * Finds the records of a format v1 file in its bytes as they arrive, without parsing them: the
 * byte range of each element of the top-level "events" array.
 *
 * It does not judge the JSON: whatever it finds is parsed afterwards, and any doubt (`failed`,
 * or a parse of the pieces that fails) sends the file down the ordinary whole-file path, which
 * gives the same result or words the error.
 */
export class JsonEventsScanner {
  /** Element ranges found so far, flat: start, end, start, end… */
  readonly elements: number[] = [];
  /** Where the events array opens ("[") and closes ("]"); -1 until found. */
  arrayOpen = -1;
  arrayClose = -1;
  /** Just past the root object's closing brace; -1 until found. */
  rootEnd = -1;
  failed = false;

  private pos = 0;
  private depth = 0;
  private inString = false;
  private stringStart = 0;
  private keyStart = -1;
  private keyEnd = -1;
  /** Inside the events array, an element has started and not yet ended (its first byte). */
  private elementStart = -1;
  /** A comma was just read in the events array: an element must follow. */
  private expectElement = false;

  /** Scans bytes[pos .. end). Bytes before `end` must not change afterwards. */
  feed(bytes: Uint8Array, end: number): void {
    if (this.failed) return;
    let pos = this.pos;
    if (pos === 0 && bytes[0] === 0xef) {
      if (end < 3) return; // maybe a byte order mark, not yet whole
      if (bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    }
    // The state lives in locals while the loop runs: string bytes, most of any file, take the
    // short branch at the top and touch nothing else.
    let inString = this.inString;
    let depth = this.depth;
    let elementStart = this.elementStart;
    const inEventsAt = 2; // depth of the events array's elements
    // Searched only up to `end`: past it, a buffer still filling holds no quote to stop at.
    const arrived = bytes.subarray(0, end);
    for (; pos < end; pos++) {
      if (inString) {
        // Strings are most of any file: the closing quote is found by the engine's own search,
        // and it closes the string unless an odd run of backslashes stands before it.
        const quote = arrived.indexOf(QUOTE, pos);
        if (quote < 0) {
          pos = end;
          break;
        }
        let slashes = 0;
        while (quote - slashes - 1 >= this.stringStart && bytes[quote - slashes - 1] === BACKSLASH) slashes++;
        pos = quote;
        if (slashes % 2 === 1) continue;
        inString = false;
        if (depth === 1) {
          this.keyStart = this.stringStart;
          this.keyEnd = pos;
        }
        continue;
      }
      const byte = bytes[pos] as number;
      if (byte === 32 || byte === 10 || byte === 13 || byte === 9) continue;
      const inEvents = this.arrayOpen >= 0 && this.arrayClose < 0 && depth === inEventsAt;
      if (this.rootEnd >= 0) {
        this.failed = true; // anything after the root object
        break;
      }
      if (byte === QUOTE) {
        inString = true;
        this.stringStart = pos + 1;
        if (inEvents && elementStart < 0) elementStart = this.open(pos);
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (depth === 0 && byte !== OPEN_OBJECT) {
          this.failed = true;
          break;
        }
        if (depth === 1 && byte === OPEN_ARRAY && this.keyIsEvents(bytes)) {
          if (this.arrayOpen >= 0) {
            this.failed = true; // a second "events": the whole-file parse decides
            break;
          }
          this.arrayOpen = pos;
        } else if (inEvents && elementStart < 0) elementStart = this.open(pos);
        depth++;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth--;
        if (depth < 0) {
          this.failed = true;
          break;
        }
        if (depth === 1 && this.arrayOpen >= 0 && this.arrayClose < 0) {
          if (byte !== CLOSE_ARRAY || this.expectElement) {
            this.failed = true;
            break;
          }
          if (elementStart >= 0) elementStart = this.close(bytes, elementStart, pos);
          this.arrayClose = pos;
        }
        if (depth === 0) this.rootEnd = pos + 1;
      } else if (byte === COMMA) {
        if (inEvents) {
          if (elementStart < 0) {
            this.failed = true;
            break;
          }
          elementStart = this.close(bytes, elementStart, pos);
          this.expectElement = true;
        }
      } else if (depth === 0) {
        this.failed = true; // a value at the top level, outside any object
        break;
      } else if (inEvents && elementStart < 0) elementStart = this.open(pos);
    }
    this.inString = inString;
    this.depth = depth;
    this.elementStart = elementStart;
    this.pos = pos;
  }

  /** Whether the whole file was scanned as one object holding an events array. */
  get complete(): boolean {
    return !this.failed && !this.inString && this.rootEnd >= 0 && this.arrayClose >= 0;
  }

  private keyIsEvents(bytes: Uint8Array): boolean {
    if (this.keyEnd - this.keyStart !== EVENTS_KEY.length) return false;
    for (let k = 0; k < EVENTS_KEY.length; k++) if (bytes[this.keyStart + k] !== EVENTS_KEY[k]) return false;
    return true;
  }

  private open(pos: number): number {
    this.expectElement = false;
    return pos;
  }

  /** Records the element [start, pos) without trailing blanks; returns the new (closed) start. */
  private close(bytes: Uint8Array, start: number, pos: number): number {
    let end = pos;
    while (end > start && isSpace(bytes[end - 1] as number)) end--;
    this.elements.push(start, end);
    return -1;
  }
}
