import type { StorageFailure } from "../data/storage/idb-connection.ts";
import { isolate, type MessageOf, type MessageTable } from "../i18n/message.ts";

type LocalDatasetMessageParams = {
  /** A file from disk is shown but the browser would not keep it. */
  "storage.not-kept": { name: string; reason: StorageFailure };
};

export type LocalDatasetNotice = MessageOf<LocalDatasetMessageParams>;

const WHY_EN: Record<StorageFailure, string> = {
  quota: "this browser's storage for the site is full. Forget a recent dataset in the Data menu to make room.",
  unavailable:
    "this browser does not let the site keep files (a private window, or storage is blocked). A reload will not bring it back.",
  failed: "the browser could not store it. A reload will not bring it back.",
};

const WHY_AR: Record<StorageFailure, string> = {
  quota: "امتلأ تخزين هذا المتصفح للموقع. احذف مجموعة بيانات حديثة من قائمة البيانات لإفساح المجال.",
  unavailable: "لا يسمح هذا المتصفح للموقع بحفظ الملفات (نافذة خاصة، أو التخزين محظور). لن يعيده تحديث الصفحة.",
  failed: "تعذّر على المتصفح تخزينه. لن يعيده تحديث الصفحة.",
};

export const LOCAL_DATASET_MESSAGES: MessageTable<LocalDatasetMessageParams> = {
  en: {
    "storage.not-kept": ({ name, reason }) => `${name} is shown but not kept: ${WHY_EN[reason]}`,
  },
  ar: {
    "storage.not-kept": ({ name, reason }) => `${isolate(name)} معروض لكنه غير محفوظ: ${WHY_AR[reason]}`,
  },
};
