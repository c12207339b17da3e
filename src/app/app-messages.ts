import type { Language } from "../i18n/language.ts";
import type { Messages } from "../i18n/use-language.ts";

/** Parts of the page an error boundary guards, named as the person reads them. */
export type AppArea = "application" | "filters" | "map" | "timeline" | "sidePanel";

interface AppMessages {
  /** The page title and main heading. */
  title: string;
  /** Header counts: the label goes after the number in English, before it (with a colon) in Arabic. */
  numberFirst: boolean;
  reportedOperations: string;
  onTheMap: string;
  undated: string;
  /** What the loaded data covers, so the end of the data is not taken for the end of the operations. */
  coverage: (from: string, to: string, count: string, updated: string | null) => string;
  /** The language switch names the other language, in that language. */
  switchTo: { lang: Language; label: string; hint: string };
  headerActions: string;
  skipToList: string;
  skipToMap: string;
  /** Announced (politely, after a pause) when the filters change. */
  matches: (count: number, formatted: string) => string;
  /** Phone layout: the buttons over the map and the drawers they open. */
  phoneControls: string;
  filters: string;
  list: (count: string) => string;
  listTitle: string;
  closeFilters: string;
  closeList: string;
  areas: Record<AppArea, string>;
  dismissNotice: (text: string) => string;
}

export const APP_MESSAGES: Messages<AppMessages> = {
  en: {
    title: "Syria security operations map",
    numberFirst: true,
    reportedOperations: "reported operations",
    onTheMap: "on the map",
    undated: "undated",
    coverage: (from, to, count, updated) =>
      `Reports from ${from} to ${to} · ${count} operations${updated ? ` · updated ${updated}` : ""}`,
    switchTo: { lang: "ar", label: "العربية", hint: "Show the interface in Arabic" },
    headerActions: "Language and data",
    skipToList: "Skip to event list",
    skipToMap: "Skip to map",
    matches: (count, formatted) => (count === 1 ? "1 event matches" : `${formatted} events match`),
    phoneControls: "Panels",
    filters: "Filters",
    list: (count) => `List (${count})`,
    listTitle: "Event list",
    closeFilters: "Close filters",
    closeList: "Close list",
    areas: {
      application: "the application",
      filters: "the filters",
      map: "the map",
      timeline: "the timeline",
      sidePanel: "the side panel",
    },
    dismissNotice: (text) => `Dismiss: ${text}`,
  },
  ar: {
    title: "خريطة العمليات الأمنية في سوريا",
    numberFirst: false,
    reportedOperations: "العمليات المُبلَّغ عنها",
    onTheMap: "على الخريطة",
    undated: "بلا تاريخ",
    coverage: (from, to, count, updated) =>
      `تقارير من ${from} إلى ${to} · ${count} عملية${updated ? ` · حُدّثت في ${updated}` : ""}`,
    switchTo: { lang: "en", label: "English", hint: "اعرض الواجهة بالإنجليزية" },
    headerActions: "اللغة والبيانات",
    skipToList: "انتقل إلى قائمة الأحداث",
    skipToMap: "انتقل إلى الخريطة",
    matches: (_count, formatted) => `الأحداث المطابقة: ${formatted}`,
    phoneControls: "اللوحات",
    filters: "المرشحات",
    list: (count) => `القائمة (${count})`,
    listTitle: "قائمة الأحداث",
    closeFilters: "إغلاق المرشحات",
    closeList: "إغلاق القائمة",
    areas: {
      application: "التطبيق",
      filters: "المرشحات",
      map: "الخريطة",
      timeline: "الخط الزمني",
      sidePanel: "اللوحة الجانبية",
    },
    dismissNotice: (text) => `إغلاق: ${text}`,
  },
};
