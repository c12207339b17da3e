import type { Messages } from "../../i18n/use-language.ts";

interface CiteMessages {
  cite: string;
  citeView: string;
  heading: string;
  viewHeading: string;
  language: string;
  english: string;
  arabic: string;
  copyText: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  close: string;
}

export const CITE_MESSAGES: Messages<CiteMessages> = {
  en: {
    cite: "Cite",
    citeView: "Cite this view",
    heading: "Cite this event",
    viewHeading: "Cite the filtered events",
    language: "Citation language",
    english: "English",
    arabic: "العربية",
    copyText: "Copy text",
    copyMarkdown: "Copy Markdown",
    copied: "Copied",
    copyFailed: "Could not copy: select the text and copy it by hand",
    close: "Close citation",
  },
  ar: {
    cite: "استشهاد",
    citeView: "استشهد بهذا العرض",
    heading: "الاستشهاد بهذا الحدث",
    viewHeading: "الاستشهاد بالأحداث المصفّاة",
    language: "لغة الاستشهاد",
    english: "English",
    arabic: "العربية",
    copyText: "نسخ النص",
    copyMarkdown: "نسخ Markdown",
    copied: "نُسخ",
    copyFailed: "تعذّر النسخ: حدّد النص وانسخه يدويًا",
    close: "إغلاق الاستشهاد",
  },
};
