import type { ConfidenceLevel, LocationPrecision } from "../../domain/event.ts";
import type { Messages } from "../../i18n/use-language.ts";

interface DetailsMessages {
  panelLabel: string;
  close: string;
  date: string;
  place: string;
  governorate: string;
  /** The governorate line of an event placed only in an area spanning governorates. */
  areaOnly: (area: string) => string;
  forceGroups: string;
  noLocation: string;
  precision: Record<LocationPrecision, string>;
  coordinates: string;
  coordinateSource: string;
  actors: string;
  targets: string;
  outcome: string;
  arrested: string;
  killed: string;
  wounded: string;
  seized: string;
  notReported: string;
  summary: string;
  confidence: string;
  confidenceLevels: Record<ConfidenceLevel, string>;
  sources: string;
  published: string;
  opensInNewTab: string;
  unsafeLink: string;
  tags: string;
  earlier: string;
  later: string;
  positionOf: (rank: string, total: string) => string;
  notInFilters: string;
  related: string;
  noRelated: (km: string, days: string) => string;
  samePlace: string;
  noSamePlace: string;
  sameSource: string;
  noSameSource: string;
  undatedLimits: string;
  unlocatedLimits: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  /** Copy link on a dataset opened from this computer: the link works only where the file is. */
  copiedLocal: string;
  localOnly: string;
  linkPending: string;
  synthetic: string;
  none: string;
  unknownEvent: (id: string) => string;
  unknownEventHint: string;
  dismiss: string;
  expandSheet: string;
  collapseSheet: string;
}

export const DETAILS_MESSAGES: Messages<DetailsMessages> = {
  en: {
    panelLabel: "Event details",
    close: "Close details",
    date: "Date",
    place: "Place",
    governorate: "Governorate",
    areaOnly: (area) => `None: region-level (${area})`,
    forceGroups: "Who acted",
    noLocation: "No location given in the reports",
    precision: {
      exact: "exact location",
      town: "town or city",
      district: "approximate: district",
      governorate: "approximate: governorate only",
      region: "approximate: region",
    },
    coordinates: "Coordinates",
    coordinateSource: "Coordinates from",
    actors: "Operating forces",
    targets: "Targets",
    outcome: "Outcome",
    arrested: "Arrested",
    killed: "Killed",
    wounded: "Wounded",
    seized: "Seized",
    notReported: "not reported",
    summary: "What was reported",
    confidence: "Confidence",
    confidenceLevels: { high: "High", medium: "Medium", low: "Low" },
    sources: "Sources",
    published: "published",
    opensInNewTab: "(opens in a new tab)",
    unsafeLink: "link withheld: not an http(s) address",
    tags: "Tags",
    earlier: "Earlier",
    later: "Later",
    positionOf: (rank, total) => `${rank} of ${total} in date order`,
    notInFilters: "Not among the filtered events",
    related: "Nearby in place and time",
    noRelated: (km, days) => `No other events within ${km} km and ${days} days.`,
    samePlace: "Other events at the same place",
    noSamePlace: "No other events at this place.",
    sameSource: "Other reports from the same source",
    noSameSource: "No other reports from these sources.",
    undatedLimits:
      "No date is reported, so this event has no place in date order and no list of events near it in time.",
    unlocatedLimits: "No place is reported, so this event is not on the map and has no events near it.",
    copyLink: "Copy link",
    copied: "Link copied",
    copyFailed: "Copy failed: select the address bar and copy",
    copiedLocal: "Link copied. It reopens this file in this browser only; others are asked for the file.",
    localOnly: "Not copied: this browser could not keep the file, so no link can reopen it.",
    linkPending: "Not copied yet: the link to this file is still being made. Try again in a moment.",
    synthetic: "Synthetic test record: not a real event",
    none: "none reported",
    unknownEvent: (id) => `The event “${id}” is not in the loaded dataset.`,
    unknownEventHint: "The link may be older than the data, or point at another dataset. The rest of the view is kept.",
    dismiss: "Dismiss",
    expandSheet: "Show all details",
    collapseSheet: "Show less",
  },
  ar: {
    panelLabel: "تفاصيل الحدث",
    close: "إغلاق التفاصيل",
    date: "التاريخ",
    place: "المكان",
    governorate: "المحافظة",
    areaOnly: (area) => `لا محافظة: على مستوى منطقة (${area})`,
    forceGroups: "الجهة المنفذة",
    noLocation: "لم تذكر التقارير موقعًا",
    precision: {
      exact: "موقع دقيق",
      town: "بلدة أو مدينة",
      district: "تقريبي: منطقة",
      governorate: "تقريبي: المحافظة فقط",
      region: "تقريبي: إقليم",
    },
    coordinates: "الإحداثيات",
    coordinateSource: "مصدر الإحداثيات",
    actors: "القوى المنفذة",
    targets: "المستهدفون",
    outcome: "النتيجة",
    arrested: "معتقلون",
    killed: "قتلى",
    wounded: "جرحى",
    seized: "مضبوطات",
    notReported: "لم يُذكر",
    summary: "ما أُبلغ عنه",
    confidence: "درجة الثقة",
    confidenceLevels: { high: "عالية", medium: "متوسطة", low: "منخفضة" },
    sources: "المصادر",
    published: "نُشر",
    opensInNewTab: "(يفتح في علامة تبويب جديدة)",
    unsafeLink: "الرابط محجوب: ليس عنوان http(s)",
    tags: "وسوم",
    earlier: "الأقدم",
    later: "الأحدث",
    positionOf: (rank, total) => `${rank} من ${total} بترتيب التاريخ`,
    notInFilters: "ليس ضمن الأحداث المصفّاة",
    related: "أحداث قريبة مكانًا وزمانًا",
    noRelated: (km, days) => `لا أحداث أخرى ضمن ${km} كم و${days} يومًا.`,
    samePlace: "أحداث أخرى في المكان نفسه",
    noSamePlace: "لا أحداث أخرى في هذا المكان.",
    sameSource: "تقارير أخرى من المصدر نفسه",
    noSameSource: "لا تقارير أخرى من هذه المصادر.",
    undatedLimits: "لم يُذكر تاريخ، لذا لا مكان لهذا الحدث في ترتيب التاريخ ولا قائمة بأحداث قريبة منه زمنيًا.",
    unlocatedLimits: "لم يُذكر مكان، لذا لا يظهر هذا الحدث على الخريطة ولا أحداث قريبة منه.",
    copyLink: "نسخ الرابط",
    copied: "تم نسخ الرابط",
    copyFailed: "تعذّر النسخ: انسخ العنوان من شريط المتصفح",
    copiedLocal: "تم نسخ الرابط. يعيد فتح هذا الملف في هذا المتصفح فقط، ويُطلب الملف من غيرك.",
    localOnly: "لم يُنسخ: تعذّر على المتصفح حفظ الملف، فلا رابط يعيد فتحه.",
    linkPending: "لم يُنسخ بعد: ما زال رابط هذا الملف قيد الإعداد. أعد المحاولة بعد لحظة.",
    synthetic: "سجل اختباري مصطنع: ليس حدثًا حقيقيًا",
    none: "لم يُذكر شيء",
    unknownEvent: (id) => `الحدث «${id}» غير موجود في البيانات المحمّلة.`,
    unknownEventHint: "قد يكون الرابط أقدم من البيانات أو يشير إلى مجموعة بيانات أخرى. بقية العرض محفوظة.",
    dismiss: "إغلاق",
    expandSheet: "عرض كل التفاصيل",
    collapseSheet: "عرض أقل",
  },
};
