import type { Messages } from "../../i18n/use-language.ts";
import type { ListSort } from "../../state/list-sort.ts";

interface ListMessages {
  listLabel: string;
  count: (shown: string, total: string) => string;
  limited: (rows: string, matches: string) => string;
  sortLabel: string;
  sorts: Record<ListSort, string>;
  approx: string;
  approxTitle: string;
  noLocation: string;
  noLocationTitle: string;
  empty: string;
  emptyHint: string;
  preparingSearch: string;
  preparingSearchHint: (events: string) => string;
  clearFilters: string;
}

export const LIST_MESSAGES: Messages<ListMessages> = {
  en: {
    listLabel: "Filtered events",
    count: (shown, total) => `${shown} of ${total} events`,
    limited: (rows, matches) =>
      `The list shows the first ${rows} of ${matches} in this order; the map and timeline show them all. Narrow the filters or change the order to list others.`,
    sortLabel: "Sort",
    sorts: {
      newest: "Newest first",
      oldest: "Oldest first",
      place: "Place",
      outcome: "Outcome (arrested + killed)",
      "most-arrested": "Most arrested",
      "fewest-arrested": "Fewest arrested",
      "most-killed": "Most killed",
      "fewest-killed": "Fewest killed",
      "most-wounded": "Most wounded",
      "fewest-wounded": "Fewest wounded",
    },
    approx: "approx.",
    approxTitle: "Approximate location: only the district, governorate or region is known",
    noLocation: "no location",
    noLocationTitle: "No report places this event; it is not on the map",
    empty: "No events match these filters",
    emptyHint: "Remove a filter, widen the dates or clear the search.",
    preparingSearch: "Preparing search…",
    preparingSearchHint: (events) =>
      `The text of ${events} events is being indexed; the matches appear here in a moment. The map and other filters work meanwhile.`,
    clearFilters: "Clear all filters",
  },
  ar: {
    listLabel: "الأحداث المطابقة",
    count: (shown, total) => `${shown} من أصل ${total} حدثًا`,
    limited: (rows, matches) =>
      `تعرض القائمة أول ${rows} من ${matches} بهذا الترتيب، وتعرضها الخريطة والخط الزمني كلها. ضيّق المرشّحات أو غيّر الترتيب لعرض غيرها.`,
    sortLabel: "الترتيب",
    sorts: {
      newest: "الأحدث أولًا",
      oldest: "الأقدم أولًا",
      place: "المكان",
      outcome: "الحصيلة (معتقلون + قتلى)",
      "most-arrested": "الأكثر اعتقالًا",
      "fewest-arrested": "الأقل اعتقالًا",
      "most-killed": "الأكثر قتلى",
      "fewest-killed": "الأقل قتلى",
      "most-wounded": "الأكثر جرحى",
      "fewest-wounded": "الأقل جرحى",
    },
    approx: "تقريبي",
    approxTitle: "موقع تقريبي: المعروف هو المنطقة أو المحافظة أو الإقليم فقط",
    noLocation: "بلا موقع",
    noLocationTitle: "لا يحدد أي تقرير مكان هذا الحدث؛ ليس على الخريطة",
    empty: "لا أحداث تطابق هذه المرشحات",
    emptyHint: "أزل مرشحًا، أو وسّع نطاق التواريخ، أو امسح البحث.",
    preparingSearch: "جارٍ تجهيز البحث…",
    preparingSearchHint: (events) =>
      `تجري فهرسة نصوص ${events} حدثًا، وستظهر النتائج هنا بعد قليل. تعمل الخريطة وبقية المرشّحات في الأثناء.`,
    clearFilters: "مسح كل المرشحات",
  },
};
