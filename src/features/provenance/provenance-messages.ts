import type { Messages } from "../../i18n/use-language.ts";

interface ProvenanceMessages {
  /** Names the banner for assistive technology. */
  label: string;
  /** The load report's line naming the origin. */
  source: string;
  bundled: string;
  /** Follows the dataset's name, with its separator. */
  updated: (date: string) => string;
  notBundled: string;
  loadedFrom: string;
  yourFile: string;
  /** Follows the file's name, with its separator. */
  opened: (date: string) => string;
  backToBundled: string;
}

export const PROVENANCE_MESSAGES: Messages<ProvenanceMessages> = {
  en: {
    label: "Where this data comes from",
    source: "Opened from",
    bundled: "Bundled dataset of this map",
    updated: (date) => `, updated ${date}`,
    notBundled: "Not the bundled dataset.",
    loadedFrom: "Loaded from",
    yourFile: "Your file:",
    opened: (date) => `, opened ${date}`,
    backToBundled: "Back to the bundled dataset",
  },
  ar: {
    label: "مصدر هذه البيانات",
    source: "فُتحت من",
    bundled: "مجموعة البيانات المرفقة بهذه الخريطة",
    updated: (date) => `، حُدّثت في ${date}`,
    notBundled: "ليست مجموعة البيانات المرفقة.",
    loadedFrom: "حُمّلت من",
    yourFile: "ملفك:",
    opened: (date) => `، فُتح في ${date}`,
    backToBundled: "العودة إلى مجموعة البيانات المرفقة",
  },
};
