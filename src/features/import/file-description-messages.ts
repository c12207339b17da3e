import type { CsvDelimiter, FileDescription, TextEncoding } from "../../data/import/file-description.ts";
import { sourceNameIn } from "../../data/import/import-problem-messages.ts";
import type { DateStyle } from "../../data/import/spreadsheet-dates.ts";
import type { Language } from "../../i18n/language.ts";
import { isolate } from "../../i18n/message.ts";
import type { Messages } from "../../i18n/use-language.ts";

/** Words for what the loader found a file to be (see FileDescription), in both languages. */
interface FileDescriptionMessages {
  dateStyles: Record<DateStyle, string>;
  hashtagRow: string;
  workbookSheet: (sheet: string) => string;
  encodings: Record<TextEncoding, string>;
  delimiters: Record<CsvDelimiter, string>;
  encoding: string;
  delimiter: string;
  separator: string;
  outsideHeading: string;
  outsideLine: (rows: string, countries: string) => string;
  countryCount: (country: string, rows: string) => string;
  moreCountries: (count: number, n: string) => string;
}

export const FILE_DESCRIPTION_MESSAGES: Messages<FileDescriptionMessages> = {
  en: {
    dateStyles: {
      iso: "ISO dates (2020-05-09)",
      "day-month-name": "ACLED dates (09 May 2020)",
      "excel-short": "Excel dates (9-May-20)",
      "month-name-day": "US dates (May 9, 2020)",
      "slash-day-first": "day-first dates (09/05/2020)",
      "slash-month-first": "month-first dates (5/9/2020)",
    },
    hashtagRow: "HDX copy (its HXL hashtag row was dropped)",
    workbookSheet: (sheet) => `Excel workbook (.xlsx), sheet “${sheet}”`,
    encodings: {
      "utf-8": "UTF-8",
      "utf-8-bom": "UTF-8 with byte order mark",
      "utf-16le": "UTF-16 (little-endian, with byte order mark)",
      "utf-16be": "UTF-16 (big-endian, with byte order mark)",
      "windows-1252": "Windows-1252",
      "windows-1256": "Windows-1256 (Arabic)",
    },
    delimiters: { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" },
    encoding: "Encoding",
    delimiter: "Delimiter",
    separator: ", ",
    outsideHeading: "Outside Syria",
    outsideLine: (rows, countries) => `${rows} rows outside Syria skipped: ${countries}`,
    countryCount: (country, rows) => `${country} ${rows}`,
    moreCountries: (count, n) => `${n} more ${count === 1 ? "country" : "countries"}`,
  },
  ar: {
    dateStyles: {
      iso: "تواريخ ISO \u2068(2020-05-09)\u2069",
      "day-month-name": "تواريخ ACLED \u2068(09 May 2020)\u2069",
      "excel-short": "تواريخ Excel \u2068(9-May-20)\u2069",
      "month-name-day": "تواريخ أمريكية \u2068(May 9, 2020)\u2069",
      "slash-day-first": "تواريخ يسبق فيها اليوم الشهر \u2068(09/05/2020)\u2069",
      "slash-month-first": "تواريخ يسبق فيها الشهر اليوم \u2068(5/9/2020)\u2069",
    },
    hashtagRow: "نسخة HDX (حُذف صف وسوم HXL)",
    workbookSheet: (sheet) => `مصنّف Excel ${isolate("(.xlsx)")}، الورقة «${isolate(sheet)}»`,
    encodings: {
      "utf-8": "UTF-8",
      "utf-8-bom": "UTF-8 مع علامة ترتيب البايتات",
      "utf-16le": "UTF-16 (ترتيب صغير النهاية، مع علامة ترتيب البايتات)",
      "utf-16be": "UTF-16 (ترتيب كبير النهاية، مع علامة ترتيب البايتات)",
      "windows-1252": "Windows-1252",
      "windows-1256": "Windows-1256 (العربية)",
    },
    delimiters: { ",": "فاصلة", ";": "فاصلة منقوطة", "\t": "جدولة (Tab)", "|": "خط عمودي" },
    encoding: "الترميز",
    delimiter: "الفاصل",
    separator: "، ",
    outsideHeading: "خارج سوريا",
    outsideLine: (rows, countries) => `صفوف خارج سوريا استُبعدت (${rows}): ${countries}`,
    // Country names come from the file, in Latin script: isolated so each stays beside its count.
    countryCount: (country, rows) => `\u2068${country}\u2069 ${rows}`,
    // Arabic counts: 3–10 take the plural, 11 and more the singular.
    moreCountries: (count, n) =>
      count === 1 ? "ودولة أخرى" : count === 2 ? "ودولتان أخريان" : count <= 10 ? `و${n} دول أخرى` : `و${n} دولة أخرى`,
  },
};

type Text = FileDescriptionMessages;

/** "ACLED, 2020 layout, Excel dates (9-May-20)", "UCDP GED 23.1 as GeoJSON": what the file was read as. */
export function describeSource(description: FileDescription, t: Text, lang: Language): string | null {
  const source = description.source;
  if (!source) return null;
  const parts = [
    sourceNameIn(
      {
        kind: source.kind,
        layout: source.layout,
        release: source.release ?? "",
        geojson: description.container === "geojson" ? 1 : 0,
      },
      lang,
    ),
  ];
  // ISO dates are what both sources write; only other styles are worth naming.
  if (
    source.dateStyle &&
    source.dateStyle !== "iso" &&
    !(source.kind === "acled" && source.dateStyle === "day-month-name")
  )
    parts.push(t.dateStyles[source.dateStyle]);
  if (description.hashtagRowDropped) parts.push(t.hashtagRow);
  return parts.join(t.separator);
}
