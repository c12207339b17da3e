import type { BinUnit } from "../../domain/time-bins.ts";
import type { Messages } from "../../i18n/use-language.ts";
import type { PresetId } from "./presets.ts";

interface TimelineMessages {
  region: string;
  /** Plural names of the bar units, as in "Bars: months". */
  units: Record<BinUnit, string>;
  bars: (unit: string) => string;
  histogram: (bars: string, unit: string, events: string) => string;
  barTitle: (period: string, matching: string, all: string) => string;
  weekOf: (date: string) => string;
  legendMatching: string;
  legendAll: string;
  brush: string;
  brushHint: string;
  allDates: string;
  range: (from: string, to: string) => string;
  fromOnly: (from: string) => string;
  untilOnly: (to: string) => string;
  eventsInRange: (count: number, formatted: string) => string;
  outsideData: (span: string) => string;
  from: string;
  to: string;
  clear: string;
  invalidDate: string;
  datePlaceholder: string;
  toMoved: string;
  fromMoved: string;
  presets: string;
  presetLabels: Record<PresetId, string>;
  presetNote: (date: string) => string;
  play: string;
  pause: string;
  speed: string;
  undated: (count: number, formatted: string) => string;
  includeUndated: string;
  undatedHidden: string;
  undatedLeftOutOfRange: (count: number, formatted: string) => string;
  undatedShownInRange: (count: number, formatted: string) => string;
  noDatedEvents: string;
  noDatedShort: string;
  showTimeline: string;
  hideTimeline: string;
}

export const TIMELINE_MESSAGES: Messages<TimelineMessages> = {
  en: {
    region: "Timeline",
    units: { day: "days", week: "weeks", month: "months", year: "years" },
    bars: (unit) => `Bars: ${unit}`,
    histogram: (bars, unit, events) => `Events over time: ${bars} bars (${unit}), ${events} dated events`,
    barTitle: (period, matching, all) => `${period}: ${matching} matching the filters, ${all} in all`,
    weekOf: (date) => `Week of ${date}`,
    legendMatching: "Matching",
    legendAll: "All events",
    brush: "Date range",
    brushHint:
      "Drag on the chart to choose dates. Arrow keys move the range by one bar, Shift with arrows moves its end, Home and End jump to the first and last bars, Delete clears.",
    allDates: "All dates",
    range: (from, to) => `${from} – ${to}`,
    fromOnly: (from) => `From ${from}`,
    untilOnly: (to) => `Until ${to}`,
    eventsInRange: (count, formatted) => (count === 1 ? "1 dated event" : `${formatted} dated events`),
    outsideData: (span) => `No dated events in this range: the data runs ${span}`,
    from: "From",
    to: "To",
    clear: "Clear",
    invalidDate: "Enter a full date, or leave empty",
    datePlaceholder: "dd/mm/yyyy",
    toMoved: "“To” moved to match “From”.",
    fromMoved: "“From” moved to match “To”.",
    presets: "Quick ranges",
    presetLabels: {
      last30: "Last 30 days",
      last90: "Last 90 days",
      last12Months: "Last 12 months",
      thisYear: "This year",
      everything: "Everything",
    },
    presetNote: (date) => `Presets count back from the newest event, ${date}`,
    play: "Play",
    pause: "Pause",
    speed: "Speed",
    undated: (_count, formatted) => `${formatted} undated`,
    includeUndated: "Include undated",
    undatedHidden: "Hidden from the map and list",
    undatedLeftOutOfRange: (count, formatted) =>
      count === 1 ? "1 undated report not shown — include" : `${formatted} undated reports not shown — include`,
    undatedShownInRange: (count, formatted) =>
      count === 1 ? "1 undated report shown — leave out" : `${formatted} undated reports shown — leave out`,
    noDatedEvents: "No event in this dataset has a date, so there is no timeline to draw.",
    noDatedShort: "No dated events",
    showTimeline: "Timeline",
    hideTimeline: "Hide timeline",
  },
  ar: {
    region: "الخط الزمني",
    units: { day: "أيام", week: "أسابيع", month: "أشهر", year: "سنوات" },
    bars: (unit) => `الأعمدة: ${unit}`,
    histogram: (bars, unit, events) => `الأحداث عبر الزمن: ${bars} عموداً (${unit})، والأحداث المؤرخة: ${events}`,
    barTitle: (period, matching, all) => `${period}: ${matching} مطابقة للمرشحات من أصل ${all}`,
    weekOf: (date) => `الأسبوع المبتدئ في ${date}`,
    legendMatching: "المطابقة",
    legendAll: "كل الأحداث",
    brush: "النطاق الزمني",
    brushHint:
      "اسحب على الرسم لاختيار التواريخ. يجري الزمن من اليمين إلى اليسار: ينقل السهم الأيسر النطاق عموداً نحو الأحدث والسهم الأيمن نحو الأقدم، ومع Shift تتحرك نهايته، وينتقل Home وEnd إلى أول الأعمدة وآخرها، ويمسحه Delete.",
    allDates: "كل التواريخ",
    range: (from, to) => `${from} – ${to}`,
    fromOnly: (from) => `من ${from}`,
    untilOnly: (to) => `حتى ${to}`,
    eventsInRange: (_count, formatted) => `الأحداث المؤرخة: ${formatted}`,
    outsideData: (span) => `لا أحداث مؤرخة في هذا النطاق: تمتد البيانات ${span}`,
    from: "من",
    to: "إلى",
    clear: "مسح",
    invalidDate: "أدخل تاريخاً كاملاً أو اترك الحقل فارغاً",
    datePlaceholder: "يوم/شهر/سنة",
    toMoved: "نُقل تاريخ «إلى» ليطابق «من».",
    fromMoved: "نُقل تاريخ «من» ليطابق «إلى».",
    presets: "نطاقات جاهزة",
    presetLabels: {
      last30: "آخر ٣٠ يوماً",
      last90: "آخر ٩٠ يوماً",
      last12Months: "آخر ١٢ شهراً",
      thisYear: "هذه السنة",
      everything: "الكل",
    },
    presetNote: (date) => `تُحسب النطاقات الجاهزة رجوعاً من أحدث حدث، ${date}`,
    play: "تشغيل",
    pause: "إيقاف مؤقت",
    speed: "السرعة",
    undated: (_count, formatted) => `${formatted} بلا تاريخ`,
    includeUndated: "تضمين غير المؤرخة",
    undatedHidden: "مخفية من الخريطة والقائمة",
    undatedLeftOutOfRange: (_count, formatted) => `تقارير بلا تاريخ غير معروضة: ${formatted} — تضمينها`,
    undatedShownInRange: (_count, formatted) => `تقارير بلا تاريخ معروضة: ${formatted} — استبعادها`,
    noDatedEvents: "لا يحمل أي حدث في هذه البيانات تاريخاً، لذا لا يوجد خط زمني لرسمه.",
    noDatedShort: "لا أحداث مؤرخة",
    showTimeline: "الخط الزمني",
    hideTimeline: "إخفاء الخط الزمني",
  },
};
