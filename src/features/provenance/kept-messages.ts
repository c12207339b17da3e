import type { Messages } from "../../i18n/use-language.ts";

interface KeptMessages {
  /** A `data=local:` link whose file is not in this browser. */
  missingTitle: string;
  missingBody: string;
  missingKey: string;
  openFile: string;
  fileInput: string;
  showBundled: string;
  /** The Data menu's list of kept datasets. */
  recentTitle: string;
  recentEmpty: string;
  recentUnavailable: string;
  recentHint: string;
  facts: (size: string, events: string | null, opened: string) => string;
  megabytes: (value: string) => string;
  kilobytes: (value: string) => string;
  open: string;
  forget: string;
  openNamed: (name: string) => string;
  forgetNamed: (name: string) => string;
  forgotten: (name: string) => string;
  forgetFailed: (name: string) => string;
  onScreen: string;
}

/** What the Data menu's recent list and a `data=local:` link with no file here say. */
export const KEPT_MESSAGES: Messages<KeptMessages> = {
  en: {
    missingTitle: "This link opens a file that is not in this browser",
    missingBody:
      "It names a dataset file that someone opened from their own computer. Such files stay in the browser where they were opened (or were forgotten there). Ask whoever sent the link for the file, then open it here.",
    missingKey: "File key in the link:",
    openFile: "Open a file…",
    fileInput: "Dataset file",
    showBundled: "Show the bundled dataset",
    recentTitle: "Recent datasets in this browser",
    recentEmpty: "None yet: files you open are kept here so a reload or a link in this browser reopens them.",
    recentUnavailable: "This browser does not let the site keep files (a private window, or storage is blocked).",
    recentHint: "Kept only in this browser, until you forget them or clear the site's data.",
    facts: (size, events, opened) =>
      [size, events === null ? null : `${events} events`, `opened ${opened}`].filter(Boolean).join(" · "),
    megabytes: (value) => `${value} MB`,
    kilobytes: (value) => `${value} KB`,
    open: "Open",
    forget: "Forget",
    openNamed: (name) => `Open ${name}`,
    forgetNamed: (name) => `Forget ${name} (delete it from this browser)`,
    forgotten: (name) => `${name} was deleted from this browser.`,
    forgetFailed: (name) => `${name} could not be deleted: the browser refused. Clear the site's data to remove it.`,
    onScreen: "on screen",
  },
  ar: {
    missingTitle: "يفتح هذا الرابط ملفًا غير موجود في هذا المتصفح",
    missingBody:
      "يشير الرابط إلى ملف بيانات فتحه شخص ما من حاسوبه. تبقى هذه الملفات في المتصفح الذي فُتحت فيه (أو حُذفت منه). اطلب الملف ممن أرسل الرابط، ثم افتحه هنا.",
    missingKey: "مفتاح الملف في الرابط:",
    openFile: "فتح ملف…",
    fileInput: "ملف البيانات",
    showBundled: "عرض مجموعة البيانات المرفقة",
    recentTitle: "مجموعات البيانات الأخيرة في هذا المتصفح",
    recentEmpty: "لا شيء بعد: تُحفظ الملفات التي تفتحها هنا ليعيد فتحَها تحديثُ الصفحة أو رابطٌ في هذا المتصفح.",
    recentUnavailable: "لا يسمح هذا المتصفح للموقع بحفظ الملفات (نافذة خاصة، أو التخزين محظور).",
    recentHint: "محفوظة في هذا المتصفح فقط، إلى أن تحذفها أو تمسح بيانات الموقع.",
    facts: (size, events, opened) =>
      [size, events === null ? null : `الأحداث: ${events}`, `فُتح في ${opened}`].filter(Boolean).join(" · "),
    megabytes: (value) => `${value} م.ب`,
    kilobytes: (value) => `${value} ك.ب`,
    open: "فتح",
    forget: "حذف",
    openNamed: (name) => `فتح ${name}`,
    forgetNamed: (name) => `حذف ${name} من هذا المتصفح`,
    forgotten: (name) => `حُذف ${name} من هذا المتصفح.`,
    forgetFailed: (name) => `تعذّر حذف ${name}: رفض المتصفح ذلك. امسح بيانات الموقع لإزالته.`,
    onScreen: "معروض الآن",
  },
};
