import type { Messages } from "../../i18n/use-language.ts";

interface OfflineMessages {
  newVersion: string;
  reload: string;
  later: string;
}

export const OFFLINE_MESSAGES: Messages<OfflineMessages> = {
  en: {
    newVersion: "A newer version is available — reload to use it. The view is kept.",
    reload: "Reload",
    later: "Later",
  },
  ar: {
    newVersion: "يتوفر إصدار أحدث — أعد تحميل الصفحة لاستخدامه. يبقى العرض كما هو.",
    reload: "إعادة التحميل",
    later: "لاحقًا",
  },
};
