import type { StorageFailure } from "../data/storage/idb-connection.ts";
import { isolate, type MessageOf, type MessageTable } from "../i18n/message.ts";

type LocalDatasetMessageParams = {
  /** A file from disk is shown but the browser would not keep it. */
  "storage.not-kept": { name: string; reason: StorageFailure };
};

export type LocalDatasetNotice = MessageOf<LocalDatasetMessageParams>;

const WHY_EN: Record<StorageFailure, string> = {
  quota: "the browser's storage for this site is full (Forget a dataset in the Data menu to make room).",
  unavailable: "this browser does not let the site keep files (a private window, or storage blocked).",
  failed: "the browser could not store it.",
};

const WHY_AR: Record<StorageFailure, string> = {
  quota: "امتلأ تخزين المتصفح لهذا الموقع (احذف مجموعة بيانات من قائمة البيانات لإفساح المجال).",
  unavailable: "لا يسمح هذا المتصفح للموقع بحفظ الملفات (نافذة خاصة، أو التخزين محظور).",
  failed: "تعذّر على المتصفح تخزينه.",
};

export const LOCAL_DATASET_MESSAGES: MessageTable<LocalDatasetMessageParams> = {
  en: {
    "storage.not-kept": ({ name, reason }) =>
      `${name} is shown but not kept, so a reload will not bring it back: ${WHY_EN[reason]}`,
  },
  ar: {
    "storage.not-kept": ({ name, reason }) =>
      `${isolate(name)} معروض لكنه غير محفوظ، فلن يعيده تحديث الصفحة: ${WHY_AR[reason]}`,
  },
};
