import type { Messages } from "../i18n/use-language.ts";

interface DataMenuMessages {
  button: string;
  panel: string;
  open: string;
  openHint: string;
  export: string;
  report: string;
  close: string;
}

export const DATA_MENU_MESSAGES: Messages<DataMenuMessages> = {
  en: {
    button: "Data",
    panel: "Data: open, export, load report",
    open: "Open another dataset",
    openHint: "JSON, CSV, Excel (.xlsx), GeoJSON, ACLED or UCDP files — or drop a file anywhere on the page.",
    export: "Export",
    report: "Load report",
    close: "Close",
  },
  ar: {
    button: "البيانات",
    panel: "البيانات: فتح، تصدير، تقرير التحميل",
    open: "فتح مجموعة بيانات أخرى",
    openHint:
      "ملفات JSON أو CSV أو Excel \u2068(.xlsx)\u2069 أو GeoJSON أو ACLED أو UCDP، أو أفلت ملفًا في أي مكان من الصفحة.",
    export: "تصدير",
    report: "تقرير التحميل",
    close: "إغلاق",
  },
};
