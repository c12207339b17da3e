import { EVENT_TYPE_LABELS, type EventType } from "../../domain/event.ts";
import type { Messages } from "../../i18n/use-language.ts";

interface MapMessages {
  mapLabel: string;
  legend: string;
  showLegend: string;
  hideLegend: string;
  types: Record<EventType, string>;
  precise: string;
  imprecise: string;
  undated: string;
  cluster: string;
  selected: string;
  shadeRegions: string;
  shadeScale: string;
  offlineNote: string;
  unlocated: (count: string) => string;
  /** Events placed only in an area spanning governorates: drawn as approximate points, never shaded. */
  regionLevel: (count: string) => string;
  /** Marker title: what a screen reader says on a focused marker, and the hover hint. */
  eventMarker: (type: string, title: string, date: string) => string;
  clusterMarker: (count: number, formatted: string, samePoint: boolean) => string;
  clusterHeading: (count: number, formatted: string) => string;
  closeClusterList: string;
  zoomIn: string;
  zoomOut: string;
  governorateTooltip: (name: string, count: number, formatted: string, filtered: boolean) => string;
}

export const MAP_MESSAGES: Messages<MapMessages> = {
  en: {
    mapLabel: "Map of Syria showing reported security operations",
    legend: "Legend",
    showLegend: "Show legend",
    hideLegend: "Hide legend",
    types: EVENT_TYPE_LABELS,
    precise: "Place known (town or exact)",
    imprecise: "Approximate: district, governorate or region",
    undated: "Date unknown",
    cluster: "Several events: click to zoom or list",
    selected: "Selected event",
    shadeRegions: "Shade governorates by count",
    shadeScale: "Events in view of the filters",
    offlineNote: "Base map tiles unavailable: showing bundled borders only.",
    unlocated: (count) => `${count} without a location (in the list only)`,
    regionLevel: (count) =>
      `${count} region-level (an area, no single governorate): approximate points, not counted in any governorate`,
    eventMarker: (type, title, date) => `${type}: ${title} (${date})`,
    clusterMarker: (count, formatted, samePoint) =>
      `${count === 1 ? "1 event" : `${formatted} events`} here: ${samePoint ? "show the list" : "zoom in"}`,
    clusterHeading: (count, formatted) => (count === 1 ? "1 event at this place" : `${formatted} events at this place`),
    closeClusterList: "Close the list",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    governorateTooltip: (name, count, formatted, filtered) =>
      `${name}: ${formatted} ${count === 1 ? "event" : "events"} · ${filtered ? "click to remove filter" : "click to filter"}`,
  },
  ar: {
    mapLabel: "خريطة سوريا تعرض العمليات الأمنية المبلغ عنها",
    legend: "مفتاح الخريطة",
    showLegend: "إظهار المفتاح",
    hideLegend: "إخفاء المفتاح",
    types: {
      raid: "مداهمة",
      arrest: "اعتقال",
      "cell-dismantled": "تفكيك خلية",
      strike: "ضربة",
      clash: "اشتباك",
      seizure: "مصادرة",
      "foiled-plot": "إحباط مخطط",
      campaign: "حملة / حصيلة مجمّعة",
      other: "أخرى",
    },
    precise: "المكان معروف (بلدة أو موقع دقيق)",
    imprecise: "تقريبي: منطقة أو محافظة أو إقليم",
    undated: "التاريخ غير معروف",
    cluster: "عدة أحداث: انقر للتكبير أو للقائمة",
    selected: "الحدث المحدد",
    shadeRegions: "تلوين المحافظات حسب العدد",
    shadeScale: "الأحداث المطابقة للمرشحات",
    offlineNote: "بلاطات الخريطة غير متاحة: تُعرض الحدود المضمّنة فقط.",
    unlocated: (count) => `${count} بلا موقع (في القائمة فقط)`,
    regionLevel: (count) => `${count} على مستوى منطقة (دون محافظة واحدة): نقاط تقريبية لا تُحسب في أي محافظة`,
    eventMarker: (type, title, date) => `${type}: ${title} (${date})`,
    clusterMarker: (_count, formatted, samePoint) =>
      `عدد الأحداث هنا: ${formatted} · ${samePoint ? "انقر لعرض القائمة" : "انقر للتكبير"}`,
    clusterHeading: (_count, formatted) => `الأحداث في هذا المكان: ${formatted}`,
    closeClusterList: "إغلاق القائمة",
    zoomIn: "تكبير",
    zoomOut: "تصغير",
    governorateTooltip: (name, _count, formatted, filtered) =>
      `${name} — الأحداث: ${formatted} · ${filtered ? "انقر لإزالة التصفية" : "انقر للتصفية"}`,
  },
};
