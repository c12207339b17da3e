import type { TextEncoding } from "./file-description.ts";

/** The encoding a byte order mark declares, and the mark's length; null without one. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8-bom", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a mark: text in Latin script has a NUL in every other byte. Decided from the
 * first 4 KB; null when the bytes do not look like that.
 */
function unmarkedUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

const DECODER_LABEL: Record<TextEncoding, string> = {
  "utf-8": "utf-8",
  "utf-8-bom": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-1252": "windows-1252",
  "windows-1256": "windows-1256",
};

/**
 * Windows-1252's characters for bytes 0x80–0x9F (’ “ ” – € …), where Latin-1 has control codes.
 * Browsers decode "windows-1252" with them; Node's decoder (without full ICU) gives Latin-1, so
 * they are put right here, the same everywhere. The five bytes 1252 leaves undefined stay as read.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string)
    : text;
}

/**
 * Whether bytes that are not UTF-8 are Arabic Windows text (Windows-1256, what Excel on Arabic
 * Windows writes as "CSV") rather than Western (Windows-1252). Both give a character to nearly
 * every byte, so the text decides: Arabic words are runs of high bytes (حلب is C3 E1 C8) that
 * Windows-1256 reads as Arabic letters, where Western text has an accented letter alone between
 * ASCII ones (café, Sénégal). True when most high bytes sit in such Arabic runs.
 */
function looksArabic(bytes: Uint8Array): boolean {
  const sample = bytes.length > 1 << 20 ? bytes.subarray(0, 1 << 20) : bytes;
  const text = new TextDecoder("windows-1256").decode(sample);
  let high = 0;
  for (let i = 0; i < sample.length; i++) if ((sample[i] as number) >= 0x80) high++;
  if (high === 0) return false;
  let inArabicRuns = 0;
  for (const run of text.matchAll(/[\u0600-\u06FF\u200C\u200D]{2,}/g)) inArabicRuns += run[0].length;
  return inArabicRuns >= high * 0.6;
}

/**
 * Decodes a text file's bytes, naming how: a byte order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, UTF-8 when every byte sequence is valid UTF-8, else Windows-1256 when the text
 * reads as Arabic words in it (Excel's "CSV" on Arabic Windows), else Windows-1252 (old ACLED
 * files, Excel's "CSV" on Western Windows). The mark is never part of the text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = bomEncoding(bytes)?.encoding ?? unmarkedUtf16(bytes);
  if (encoding) return { text: new TextDecoder(DECODER_LABEL[encoding]).decode(bytes), encoding };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    if (looksArabic(bytes)) return { text: new TextDecoder("windows-1256").decode(bytes), encoding: "windows-1256" };
    return { text: windows1252(bytes), encoding: "windows-1252" };
  }
}
