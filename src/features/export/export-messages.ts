import type { Messages } from "../../i18n/use-language.ts";

interface ExportMessages {
  groupLabel: string;
  heading: (count: string) => string;
  nothing: string;
  csv: string;
  geojson: string;
  json: string;
  csvTitle: string;
  geojsonTitle: string;
  jsonTitle: string;
}

export const EXPORT_MESSAGES: Messages<ExportMessages> = {
  en: {
    groupLabel: "Export the events shown",
    heading: (count) => `Export ${count} shown`,
    nothing: "No events to export",
    csv: "CSV",
    geojson: "GeoJSON",
    json: "JSON",
    csvTitle: "A spreadsheet (CSV, UTF-8), one row per event",
    geojsonTitle: "GeoJSON points, for GIS tools (QGIS, ArcGIS)",
    jsonTitle: "A dataset file in format v1, which this app loads",
  },
  ar: {
    groupLabel: "تصدير الأحداث المعروضة",
    heading: (count) => `تصدير ${count} من المعروض`,
    nothing: "لا أحداث للتصدير",
    csv: "CSV",
    geojson: "GeoJSON",
    json: "JSON",
    csvTitle: "جدول بيانات (CSV بترميز UTF-8)، صف لكل حدث",
    geojsonTitle: "نقاط GeoJSON لبرامج نظم المعلومات الجغرافية (QGIS، ArcGIS)",
    jsonTitle: "ملف بيانات بالصيغة ١، يحمّله هذا التطبيق",
  },
};
