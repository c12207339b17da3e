import type { Messages } from "../../i18n/use-language.ts";

interface FiltersMessages {
  panelLabel: string;
  heading: string;
  searchLabel: string;
  searchPlaceholder: string;
  clearSearch: string;
  regions: string;
  regionsHint: string;
  noGovernorate: string;
  noGovernorateHint: string;
  /** Events a report places only in an area spanning governorates (the Badia, the north-west…). */
  regionLevel: string;
  types: string;
  forceGroups: string;
  actors: string;
  targets: string;
  noValues: string;
  showAll: (count: string) => string;
  showFewer: string;
  /** Spoken after a count: "1 event", "3 events". */
  events: (count: number) => string;
  scope: string;
  onlyInView: string;
  onlyInViewHint: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearAll: string;
  dateRange: (from: string, to: string) => string;
  dateFrom: (from: string) => string;
  dateTo: (to: string) => string;
  searchChip: (text: string) => string;
  undatedExcluded: string;
  undatedIncluded: string;
  inMapView: string;
}

export const FILTERS_MESSAGES: Messages<FiltersMessages> = {
  en: {
    panelLabel: "Filters",
    heading: "Filters",
    searchLabel: "Search events",
    searchPlaceholder: "Title, place, force, target…",
    clearSearch: "Clear search",
    regions: "Region",
    regionsHint: "South to north",
    noGovernorate: "No governorate",
    noGovernorateHint: "Events without a location, or placed outside every governorate",
    regionLevel: "Region-level (area)",
    types: "Type",
    forceGroups: "Who acted",
    actors: "Operating force",
    targets: "Target group",
    noValues: "None in this dataset",
    showAll: (count) => `Show all (${count})`,
    showFewer: "Show fewer",
    events: (count) => (count === 1 ? "event" : "events"),
    scope: "Map area",
    onlyInView: "Only events in the map view",
    onlyInViewHint: "Follows the map as you pan and zoom",
    activeFilters: "Active filters",
    removeFilter: (label) => `Remove filter: ${label}`,
    clearAll: "Clear all",
    dateRange: (from, to) => `${from} – ${to}`,
    dateFrom: (from) => `From ${from}`,
    dateTo: (to) => `Until ${to}`,
    searchChip: (text) => `“${text}”`,
    undatedExcluded: "Undated excluded",
    undatedIncluded: "Undated included",
    inMapView: "In map view",
  },
  ar: {
    panelLabel: "المرشحات",
    heading: "المرشحات",
    searchLabel: "البحث في الأحداث",
    searchPlaceholder: "العنوان، المكان، القوة، الجهة المستهدفة…",
    clearSearch: "مسح البحث",
    regions: "المنطقة",
    regionsHint: "من الجنوب إلى الشمال",
    noGovernorate: "بلا محافظة",
    noGovernorateHint: "أحداث بلا موقع، أو واقعة خارج كل المحافظات",
    regionLevel: "على مستوى منطقة",
    types: "النوع",
    forceGroups: "الجهة المنفذة",
    actors: "القوة المنفذة",
    targets: "الجهة المستهدفة",
    noValues: "لا شيء في هذه البيانات",
    showAll: (count) => `عرض الكل (${count})`,
    showFewer: "عرض أقل",
    events: (count) => {
      const rest = count % 100;
      if (count === 0 || count === 1) return "حدث";
      if (count === 2) return "حدثان";
      return rest >= 3 && rest <= 10 ? "أحداث" : "حدثًا";
    },
    scope: "نطاق الخريطة",
    onlyInView: "الأحداث الظاهرة في الخريطة فقط",
    onlyInViewHint: "يتبع الخريطة عند التحريك والتكبير",
    activeFilters: "المرشحات النشطة",
    removeFilter: (label) => `إزالة المرشح: ${label}`,
    clearAll: "مسح الكل",
    dateRange: (from, to) => `${from} – ${to}`,
    dateFrom: (from) => `من ${from}`,
    dateTo: (to) => `حتى ${to}`,
    searchChip: (text) => `«${text}»`,
    undatedExcluded: "دون غير المؤرخة",
    undatedIncluded: "مع غير المؤرخة",
    inMapView: "ضمن الخريطة",
  },
};
