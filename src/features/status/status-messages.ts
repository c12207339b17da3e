import type { Messages } from "../../i18n/use-language.ts";

interface StatusMessages {
  // Fatal error screen. The error's own message and hint come from the loader, in English.
  fatalTitle: string;
  file: string;
  whatWentWrong: string;
  whatYouCanDo: string;
  backToCurrent: string;
  reload: string;
  // Loading progress
  loading: string;
  geography: string;
  starting: string;
  megabytes: (amount: string) => string;
  reading: (loaded: string, total: string | null, records: string | null) => string;
  checking: (done: string, total: string) => string;
  indexing: string;
  showingPart: string;
  cancel: string;
  // Load summary in the header
  eventsLoaded: (count: number, formatted: string) => string;
  recordsSkipped: (count: number, formatted: string) => string;
  warnings: (count: number, formatted: string) => string;
  showDetails: string;
  hideDetails: string;
  skipped: string;
  note: string;
  /** Where a problem is: the record's position and the field. */
  recordAt: (number: string) => string;
  fieldAt: (field: string) => string;
}

export const STATUS_MESSAGES: Messages<StatusMessages> = {
  en: {
    fatalTitle: "The dataset could not be loaded",
    file: "File",
    whatWentWrong: "What went wrong",
    whatYouCanDo: "What you can do",
    backToCurrent: "Back to the current dataset",
    reload: "Reload",
    loading: "Loading",
    geography: "map geography",
    starting: "Starting…",
    megabytes: (amount) => `${amount} MB`,
    reading: (loaded, total, records) =>
      `Reading: ${loaded}${total ? ` of ${total}` : ""}${records ? ` · ${records} records checked` : ""}`,
    checking: (done, total) => `Checking records: ${done} of ${total}`,
    indexing: "Indexing…",
    showingPart: "The map shows the first records; the rest appear when the whole file is read.",
    cancel: "Cancel",
    eventsLoaded: (count, n) => `${n} ${count === 1 ? "event" : "events"} loaded`,
    recordsSkipped: (count, n) => `${n} ${count === 1 ? "record" : "records"} skipped`,
    warnings: (count, n) => `${n} ${count === 1 ? "warning" : "warnings"}`,
    showDetails: "Show details",
    hideDetails: "Hide details",
    skipped: "Skipped",
    note: "Note",
    recordAt: (number) => `record ${number}`,
    fieldAt: (field) => `field ${field}`,
  },
  ar: {
    fatalTitle: "تعذّر تحميل مجموعة البيانات",
    file: "الملف",
    whatWentWrong: "ما الخطأ",
    whatYouCanDo: "ما يمكنك فعله",
    backToCurrent: "العودة إلى البيانات الحالية",
    reload: "إعادة التحميل",
    loading: "جارٍ تحميل",
    geography: "جغرافيا الخريطة",
    starting: "جارٍ البدء…",
    megabytes: (amount) => `${amount} ميغابايت`,
    reading: (loaded, total, records) =>
      `القراءة: ${loaded}${total ? ` من ${total}` : ""}${records ? ` · فُحص ${records} سجلًّا` : ""}`,
    checking: (done, total) => `فحص السجلات: ${done} من ${total}`,
    indexing: "جارٍ الفهرسة…",
    showingPart: "تعرض الخريطة السجلات الأولى، ويظهر الباقي عند اكتمال قراءة الملف.",
    cancel: "إلغاء",
    eventsLoaded: (_count, n) => `الأحداث المحمّلة: ${n}`,
    recordsSkipped: (_count, n) => `السجلات المتخطّاة: ${n}`,
    warnings: (_count, n) => `التنبيهات: ${n}`,
    showDetails: "عرض التفاصيل",
    hideDetails: "إخفاء التفاصيل",
    skipped: "تم تخطيه",
    note: "ملاحظة",
    recordAt: (number) => `السجل ${number}`,
    fieldAt: (field) => `الحقل \u2068${field}\u2069`,
  },
};
