import type { EventType } from "../../domain/event.ts";
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
}

export const MAP_MESSAGES: Messages<MapMessages> = {
  en: {
    mapLabel: "Map of Syria showing reported security operations",
    legend: "Legend",
    showLegend: "Show legend",
    hideLegend: "Hide legend",
    types: {
      raid: "Raid",
      arrest: "Arrest",
      "cell-dismantled": "Cell dismantled",
      strike: "Strike",
      clash: "Clash",
      seizure: "Seizure",
      "foiled-plot": "Foiled plot",
      campaign: "Campaign / aggregate",
      other: "Other",
    },
    precise: "Place known (town or exact)",
    imprecise: "Approximate: district, governorate or region",
    undated: "Date unknown",
    cluster: "Several events: click to zoom or list",
    selected: "Selected event",
    shadeRegions: "Shade governorates by count",
    shadeScale: "Events in view of the filters",
    offlineNote: "Base map tiles unavailable: showing bundled borders only.",
    unlocated: (count) => `${count} without a location (in the list only)`,
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
  },
};
