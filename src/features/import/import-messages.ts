import type { DatasetAddressRefusal } from "../../data/dataset-address.ts";
import type { Messages } from "../../i18n/use-language.ts";

/** What one row of a file is called in the load report, by kind of file. */
export type RowUnit = "row" | "record" | "feature";

interface ImportMessages {
  openDataset: string;
  fileInputLabel: string;
  dropOverlay: string;
  addressLabel: string;
  addressPlaceholder: string;
  loadFromAddress: string;
  addressErrors: Record<DatasetAddressRefusal, string>;
  reportTitle: string;
  format: string;
  datasetTitle: string;
  rowsRead: (unit: RowUnit) => string;
  eventsLoaded: string;
  rowsSkipped: (unit: RowUnit) => string;
  warnings: string;
  skippedHeading: string;
  warningsHeading: string;
  nothingSkipped: string;
  groupLine: (count: number, countText: string, unit: RowUnit, reason: string) => string;
  fileWide: string;
  example: (where: string, message: string) => string;
  rowLabel: (unit: RowUnit, number: string) => string;
  downloadReport: string;
  formatLabels: Partial<Record<string, string>>;
}

const EN_UNITS: Record<RowUnit, [string, string]> = {
  row: ["row", "rows"],
  record: ["record", "records"],
  feature: ["feature", "features"],
};

/** Arabic count nouns: 1, 2, 3–10, 11 and more. */
const AR_UNITS: Record<RowUnit, [string, string, string, string]> = {
  row: ["صف", "صفّان", "صفوف", "صفًا"],
  record: ["سجل", "سجلان", "سجلات", "سجلًا"],
  feature: ["معلم", "معلمان", "معالم", "معلمًا"],
};

function arabicUnit(unit: RowUnit, count: number): string {
  const [one, two, few, many] = AR_UNITS[unit];
  if (count === 1) return one;
  if (count === 2) return two;
  if (count >= 3 && count <= 10) return few;
  return many;
}

export const IMPORT_MESSAGES: Messages<ImportMessages> = {
  en: {
    openDataset: "Open a dataset…",
    fileInputLabel: "Dataset file (JSON, GeoJSON, CSV or Excel .xlsx)",
    dropOverlay: "Drop a dataset file to load it",
    addressLabel: "Dataset address",
    addressPlaceholder: "https://… or data/file.json",
    loadFromAddress: "Load from address",
    addressErrors: {
      empty: "Enter the address of a dataset file.",
      scheme: "Only http(s) addresses, or paths on this site, can be loaded.",
      invalid: "This is not an address that can be loaded: use an http(s) URL or a path on this site.",
      "too-long": "This address is too long to load (at most 2,048 characters).",
    },
    reportTitle: "Load report",
    format: "Format detected",
    datasetTitle: "Dataset",
    rowsRead: (unit) => ({ row: "Rows read", record: "Records read", feature: "Features read" })[unit],
    eventsLoaded: "Events loaded",
    rowsSkipped: (unit) => ({ row: "Rows skipped", record: "Records skipped", feature: "Features skipped" })[unit],
    warnings: "Warnings",
    skippedHeading: "Skipped, by reason",
    warningsHeading: "Warnings, by reason",
    nothingSkipped: "Every row was loaded, with nothing to note.",
    groupLine: (count, countText, unit, reason) => `${countText} ${EN_UNITS[unit][count === 1 ? 0 : 1]}: ${reason}`,
    fileWide: "whole file",
    example: (where, message) => `e.g. ${where}: ${message}`,
    rowLabel: (unit, number) => `${EN_UNITS[unit][0]} ${number}`,
    downloadReport: "Download report (CSV)",
    formatLabels: {},
  },
  ar: {
    openDataset: "فتح مجموعة بيانات…",
    fileInputLabel: "ملف البيانات (JSON أو GeoJSON أو CSV أو Excel \u2068.xlsx\u2069)",
    dropOverlay: "أفلت ملف البيانات لتحميله",
    addressLabel: "عنوان مجموعة البيانات",
    addressPlaceholder: "https://… أو data/file.json",
    loadFromAddress: "تحميل من العنوان",
    addressErrors: {
      empty: "أدخل عنوان ملف البيانات.",
      scheme: "لا يمكن التحميل إلا من عناوين http(s) أو من مسارات على هذا الموقع.",
      invalid: "لا يمكن التحميل من هذا العنوان: استخدم عنوان http(s) أو مسارًا على هذا الموقع.",
      "too-long": "هذا العنوان أطول من أن يُحمَّل (٢٬٠٤٨ حرفًا على الأكثر).",
    },
    reportTitle: "تقرير التحميل",
    format: "الصيغة المكتشفة",
    datasetTitle: "مجموعة البيانات",
    rowsRead: (unit) => ({ row: "الصفوف المقروءة", record: "السجلات المقروءة", feature: "المعالم المقروءة" })[unit],
    eventsLoaded: "الأحداث المحمّلة",
    rowsSkipped: (unit) =>
      ({ row: "الصفوف المستبعدة", record: "السجلات المستبعدة", feature: "المعالم المستبعدة" })[unit],
    warnings: "تنبيهات",
    skippedHeading: "المستبعد، حسب السبب",
    warningsHeading: "التنبيهات، حسب السبب",
    nothingSkipped: "حُمّلت كل الصفوف، ولا شيء يُذكر.",
    // One and two are said by the noun alone ("سجل واحد", "سجلان"): the dual already counts.
    groupLine: (count, countText, unit, reason) =>
      `${count === 1 ? `${arabicUnit(unit, 1)} واحد` : count === 2 ? arabicUnit(unit, 2) : `${countText} ${arabicUnit(unit, count)}`}: ${reason}`,
    fileWide: "الملف كله",
    example: (where, message) => `مثال: ${where}: ${message}`,
    rowLabel: (unit, number) => `${AR_UNITS[unit][0]} ${number}`,
    downloadReport: "تنزيل التقرير (CSV)",
    formatLabels: {
      "json-v1": "JSON مجموعة البيانات (الصيغة ١)",
      geojson: "GeoJSON (مجموعة معالم)",
      "acled-csv": "تصدير ACLED (CSV)",
      "ucdp-csv": "UCDP GED (CSV)",
      "csv-v1": "CSV مجموعة البيانات (الصيغة ١)",
    },
  },
};
