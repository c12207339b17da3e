import { strFromU8, unzipSync } from "fflate";
import type { FatalReason } from "../load-problem-messages.ts";
import { columnKey } from "./source-row.ts";

/*
 * The first sheet of an Excel workbook (.xlsx) as CSV text, for the same readers as a CSV file
 * (ACLED, UCDP, the app's own layout). Loaded on demand with fflate (the unzipper, 8 KB), only
 * when a workbook is opened. An .xlsx is a ZIP of XML parts; what is read here is the small part
 * of the format a sheet of values uses: shared strings (plain and rich text), inline strings,
 * numbers, booleans, formula results, and dates, which Excel stores as day numbers with a date
 * format (or as ISO text), written back as YYYY-MM-DD. Pure: runs in the loader's Web Worker.
 */

/** What a workbook gave: the CSV text of its first sheet and that sheet's name. */
export type WorkbookSheet = { csv: string; sheet: string; rows: number } | { error: FatalReason };

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text as the characters it stands for (entities, and OOXML's `_x000D_` escapes). */
function xmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#")
        return String.fromCodePoint(
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
        );
      return XML_ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? xmlText(match[1] as string) : undefined;
}

/** The text of a string item: its `<t>` elements joined (rich text runs), phonetic runs left out. */
function itemText(xml: string): string {
  let text = "";
  for (const match of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += xmlText(match[1] ?? "");
  return text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((match) => itemText(match[1] ?? ""));
}

/** Built-in number formats that show a date (Excel's ids 14–22 and 45–47). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format code that shows a date: d, m or y outside quoted text and [colour] brackets. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return !/^general$/i.test(bare.trim()) && /[dy]/i.test(bare);
}

/** For each cell style (`s="3"`), whether it shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attribute(match[1] as string, "numFmtId"));
    const code = attribute(match[1] as string, "formatCode");
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((match) => {
    const id = Number(attribute(match[1] as string, "numFmtId") ?? "0");
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormatCode(code);
  });
}

/** Columns ACLED and UCDP write dates in: a day number there is a date even without a date format. */
const DATE_COLUMNS = new Set(["event_date", "date_start", "date_end"]);

/** Excel's day number (1900 system, or 1904 for old Mac workbooks) as YYYY-MM-DD. */
function dayOfSerial(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Day 0 is 1899-12-30: Excel counts a 29 February 1900 that never was, which this absorbs.
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Column index of a cell reference: `A1` → 0, `AB7` → 27. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The target of the workbook's first sheet, from the workbook part and its relationships. */
function firstSheet(files: Record<string, Uint8Array>): { name: string; path: string } | null {
  const workbook = files["xl/workbook.xml"];
  if (!workbook) return null;
  const xml = strFromU8(workbook);
  const sheet = /<sheet\b([^>]*?)\/?>/.exec(xml);
  if (!sheet) return null;
  const name = attribute(sheet[1] as string, "name") ?? "Sheet1";
  const relationId = /\br:id="([^"]*)"/.exec(sheet[1] as string)?.[1];
  const rels = files["xl/_rels/workbook.xml.rels"];
  let target: string | undefined;
  if (rels && relationId)
    for (const match of strFromU8(rels).matchAll(/<Relationship\b([^>]*?)\/?>/g))
      if (attribute(match[1] as string, "Id") === relationId) target = attribute(match[1] as string, "Target");
  if (!target) return files["xl/worksheets/sheet1.xml"] ? { name, path: "xl/worksheets/sheet1.xml" } : null;
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  return { name, path };
}

/** Reads the first sheet of an .xlsx workbook as CSV text; a refusal when it cannot. */
export function workbookToCsv(bytes: Uint8Array): WorkbookSheet {
  let files: Record<string, Uint8Array>;
  try {
    // Only the parts a sheet of values needs are inflated, never images or pivot caches.
    files = unzipSync(bytes, {
      filter: (file) =>
        file.name === "xl/workbook.xml" ||
        file.name === "xl/_rels/workbook.xml.rels" ||
        file.name === "xl/sharedStrings.xml" ||
        file.name === "xl/styles.xml" ||
        file.name.startsWith("xl/worksheets/sheet"),
    });
  } catch (error) {
    return {
      error: {
        code: "import.workbook-unreadable",
        params: { detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
  const sheet = firstSheet(files);
  const sheetBytes = sheet ? files[sheet.path] : undefined;
  if (!sheet || !sheetBytes) return { error: { code: "import.workbook-no-sheet", params: {} } };
  const workbookXml = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const strings = sharedStrings(files["xl/sharedStrings.xml"] && strFromU8(files["xl/sharedStrings.xml"]));
  const styles = dateStyles(files["xl/styles.xml"] && strFromU8(files["xl/styles.xml"]));
  const xml = strFromU8(sheetBytes);

  const lines: string[] = [];
  let header: string[] = [];
  for (const row of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: string[] = [];
    let next = 0;
    for (const cell of (row[1] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] as string;
      const inner = cell[2] ?? "";
      const reference = attribute(attributes, "r");
      const column = reference ? columnIndex(reference) : next;
      next = column + 1;
      const type = attribute(attributes, "t") ?? "n";
      const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value = "";
      if (type === "s") value = strings[Number(raw)] ?? "";
      else if (type === "inlineStr") value = itemText(inner);
      else if (type === "b") value = raw === "1" ? "true" : raw === "0" ? "false" : "";
      else if (type === "e") value = "";
      else if (raw !== undefined) {
        value = xmlText(raw);
        const number = Number(value);
        const style = Number(attribute(attributes, "s") ?? "0");
        const asDate = styles[style] === true || (lines.length > 0 && DATE_COLUMNS.has(header[column] ?? ""));
        if (type === "n" && asDate && Number.isFinite(number) && number >= 1 && number < 2_958_466)
          value = dayOfSerial(number, date1904);
        else if (type === "d") value = value.slice(0, 10);
      }
      while (cells.length < column) cells.push("");
      cells[column] = value;
    }
    if (lines.length === 0) header = cells.map(columnKey);
    if (cells.some((value) => value.trim() !== "")) lines.push(cells.map(csvCell).join(","));
  }
  if (lines.length < 2) return { error: { code: "import.workbook-no-sheet", params: {} } };
  return { csv: `${lines.join("\r\n")}\r\n`, sheet: sheet.name, rows: lines.length - 1 };
}
