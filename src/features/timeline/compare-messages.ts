import type { CompareDimension } from "../../domain/compare-series.ts";
import type { BinUnit } from "../../domain/time-bins.ts";
import type { Messages } from "../../i18n/use-language.ts";

export type TimelineView = "histogram" | "stacked" | CompareDimension;

interface CompareMessages {
  barUnit: string;
  auto: (unit: string) => string;
  unitNames: Record<BinUnit, string>;
  view: string;
  views: Record<TimelineView, string>;
  heading: (dimension: string, unit: string) => string;
  dimensions: Record<CompareDimension, string>;
  chart: string;
  table: string;
  downloadCsv: string;
  period: string;
  total: string;
  chosenHint: string;
  topHint: (count: string, dimension: string) => string;
  nothing: string;
  seriesLabel: (name: string, total: string, unit: string) => string;
  barTitle: (period: string, name: string, count: string) => string;
  caption: (dimension: string, unit: string, range: string) => string;
  undatedLeftOut: (count: string) => string;
  stackedLegend: string;
}

export const COMPARE_MESSAGES: Messages<CompareMessages> = {
  en: {
    barUnit: "Bars",
    auto: (unit) => `Auto (${unit})`,
    unitNames: { day: "Days", week: "Weeks", month: "Months", year: "Years" },
    view: "View",
    views: {
      histogram: "One histogram",
      stacked: "Stacked by type",
      region: "Compare governorates",
      type: "Compare types",
      force: "Compare forces",
    },
    heading: (dimension, unit) => `${dimension} compared, per ${unit}`,
    dimensions: { region: "Governorates", type: "Operation types", force: "Operating forces" },
    chart: "Chart",
    table: "Table",
    downloadCsv: "Download CSV",
    period: "Period",
    total: "Total",
    chosenHint: "The values chosen in the filters, on one scale.",
    topHint: (count, dimension) =>
      `The ${count} ${dimension} with the most matches. Choose two or more in the filters to compare those.`,
    nothing: "No dated events match these filters.",
    seriesLabel: (name, total, unit) => `${name}: ${total} events, per ${unit}`,
    barTitle: (period, name, count) => `${period} · ${name}: ${count}`,
    caption: (dimension, unit, range) => `${dimension} compared, matching events per ${unit}, ${range}`,
    undatedLeftOut: (count) => `${count} undated matching events have no bar and are not counted here.`,
    stackedLegend: "Bars stacked by type",
  },
  ar: {
    barUnit: "الأعمدة",
    auto: (unit) => `تلقائي (${unit})`,
    unitNames: { day: "أيام", week: "أسابيع", month: "أشهر", year: "سنوات" },
    view: "العرض",
    views: {
      histogram: "مخطط واحد",
      stacked: "مكدّس حسب النوع",
      region: "مقارنة المحافظات",
      type: "مقارنة الأنواع",
      force: "مقارنة القوى",
    },
    heading: (dimension, unit) => `مقارنة ${dimension}، لكل ${unit}`,
    dimensions: { region: "المحافظات", type: "أنواع العمليات", force: "القوى المنفذة" },
    chart: "مخطط",
    table: "جدول",
    downloadCsv: "تنزيل CSV",
    period: "الفترة",
    total: "المجموع",
    chosenHint: "القيم المختارة في المرشّحات، على مقياس واحد.",
    topHint: (count, dimension) => `${dimension} الأكثر مطابقة (${count}). اختر اثنتين أو أكثر في المرشّحات لمقارنتها.`,
    nothing: "لا أحداث مؤرخة تطابق هذه المرشّحات.",
    seriesLabel: (name, total, unit) => `${name}: ${total} حدثًا، لكل ${unit}`,
    barTitle: (period, name, count) => `${period} · ${name}: ${count}`,
    caption: (dimension, unit, range) => `مقارنة ${dimension}، الأحداث المطابقة لكل ${unit}، ${range}`,
    undatedLeftOut: (count) => `${count} من الأحداث المطابقة بلا تاريخ، فلا عمود لها ولا تُحسب هنا.`,
    stackedLegend: "أعمدة مكدّسة حسب النوع",
  },
};

/** Singular unit names for "per month". */
export const UNIT_SINGULAR: Messages<Record<BinUnit, string>> = {
  en: { day: "day", week: "week", month: "month", year: "year" },
  ar: { day: "يوم", week: "أسبوع", month: "شهر", year: "سنة" },
};
