import { formatNumber } from "../i18n/format.ts";
import type { Language } from "../i18n/language.ts";
import { isolate, type MessageOf, type MessageTable } from "../i18n/message.ts";
import {
  governorateIn,
  IMPORT_FATAL_MESSAGES,
  IMPORT_PROBLEM_MESSAGES,
  type ImportFatalParams,
  type ImportProblemParams,
} from "./import/import-problem-messages.ts";
import { REPLACEMENT_CHAR_MESSAGE } from "./import/import-text.ts";
import { SCHEMA_PROBLEM_MESSAGES, type SchemaProblemParams } from "./schema-problem-messages.ts";

/*
 * What the loaders say, as codes with parameters (see src/i18n/message.ts), said here in English
 * and Arabic. A fatal reason says what went wrong and, under `.hint`, what the person can do.
 * Every problem and fatal error has a code: none is shown in English in the Arabic interface.
 */

type CoreFatalParams = {
  "fatal.too-large": { megabytes: number; limit: number };
  "fatal.download-failed": { detail: string };
  "fatal.http-status": { status: number; statusText: string };
  "fatal.loader-failed": { detail: string };
  "fatal.loader-stopped": { detail: string };
  "fatal.not-an-object": { holds: "array" | "other"; type: string };
  "fatal.no-events": Record<string, never>;
  "fatal.empty-file": Record<string, never>;
  "fatal.not-json": { detail: string };
  "fatal.too-deep": Record<string, never>;
  "fatal.cancelled": Record<string, never>;
  "fatal.geography": { detail: string };
};

type FatalParams = CoreFatalParams & ImportFatalParams;

export type FatalReason = MessageOf<FatalParams>;

/** A fatal reason said in one language: what went wrong, and what to do. */
export interface FatalText {
  message: string;
  hint: string;
}

type FatalTable = Record<Language, { [C in keyof FatalParams]: (params: FatalParams[C]) => FatalText }>;

export const FATAL_MESSAGES: FatalTable = {
  en: {
    ...IMPORT_FATAL_MESSAGES.en,
    "fatal.too-large": ({ megabytes, limit }) => ({
      message: `The file is ${megabytes.toFixed(0)} MB, more than the ${limit} MB this page can read.`,
      hint: "Split it into smaller files, or filter it before loading.",
    }),
    "fatal.download-failed": ({ detail }) => ({
      message: `The dataset could not be downloaded: ${detail}`,
      hint: "Check your connection and that the address is right, then reload. A file on another site must allow cross-origin requests (CORS).",
    }),
    "fatal.http-status": ({ status, statusText }) => ({
      message: `The server answered ${status} ${statusText}`.trim(),
      hint:
        status === 404
          ? "No file exists at that address. Check the path, or that the dataset was deployed with the app."
          : "Try again later, or ask whoever hosts the file.",
    }),
    "fatal.loader-failed": ({ detail }) => ({
      message: `Loading failed unexpectedly: ${detail}`,
      hint: "The file may be too large for this device, or malformed in a way the loader did not foresee.",
    }),
    "fatal.loader-stopped": ({ detail }) => ({
      message: `The loader stopped: ${detail}`,
      hint: "Reload the page and try again.",
    }),
    "fatal.not-an-object": ({ holds, type }) => ({
      message: `The file holds ${holds === "array" ? "an array" : type}, not a dataset object.`,
      hint: DATASET_SHAPE_EN,
    }),
    "fatal.no-events": () => ({ message: 'The file has no "events" array.', hint: DATASET_SHAPE_EN }),
    "fatal.empty-file": () => ({ message: "The file is empty.", hint: "Check that the right file was chosen." }),
    "fatal.not-json": ({ detail }) => ({
      message: `The file is not valid JSON: ${detail}`,
      hint: "Open it in a JSON validator or editor to find the broken line, or export it again.",
    }),
    "fatal.too-deep": () => ({
      message: "The file is nested too deeply to be read (JSON inside JSON, thousands of levels down).",
      hint: "A dataset is a flat list of events; this file is broken or was made to break readers.",
    }),
    "fatal.cancelled": () => ({
      message: "Loading was cancelled.",
      hint: "Reload the page to load the dataset again, or open another file.",
    }),
    "fatal.geography": ({ detail }) => ({
      message: `The bundled map geography could not be loaded: ${detail}`,
      hint: "The app was deployed without its public/geo folder, or the server is down. Reload, or redeploy the whole build.",
    }),
  },
  ar: {
    ...IMPORT_FATAL_MESSAGES.ar,
    "fatal.too-large": ({ megabytes, limit }) => ({
      message: `حجم الملف ${formatNumber(Math.round(megabytes), "ar")} ميغابايت، وهذا أكثر من ${formatNumber(limit, "ar")} ميغابايت يمكن لهذه الصفحة قراءتها.`,
      hint: "قسّمه إلى ملفات أصغر، أو رشّحه قبل التحميل.",
    }),
    "fatal.download-failed": ({ detail }) => ({
      message: `تعذّر تنزيل مجموعة البيانات: ${isolate(detail)}`,
      hint: "تحقّق من الاتصال ومن صحة العنوان، ثم أعد التحميل. يجب أن يسمح الملف الموجود على موقع آخر بالطلبات من مواقع أخرى (CORS).",
    }),
    "fatal.http-status": ({ status, statusText }) => ({
      message: `أجاب الخادم: ${isolate(`${status} ${statusText}`.trim())}`,
      hint:
        status === 404
          ? "لا يوجد ملف على هذا العنوان. تحقّق من المسار، أو من أن مجموعة البيانات نُشرت مع التطبيق."
          : "حاول مرة أخرى لاحقًا، أو اسأل من يستضيف الملف.",
    }),
    "fatal.loader-failed": ({ detail }) => ({
      message: `فشل التحميل على نحو غير متوقع: ${isolate(detail)}`,
      hint: "قد يكون الملف أكبر مما يحتمله هذا الجهاز، أو تالفًا على نحو لم يتوقعه المحمِّل.",
    }),
    "fatal.loader-stopped": ({ detail }) => ({
      message: `توقّف المحمِّل: ${isolate(detail)}`,
      hint: "أعد تحميل الصفحة وحاول مرة أخرى.",
    }),
    "fatal.not-an-object": ({ holds, type }) => ({
      message: `يحتوي الملف على ${holds === "array" ? "مصفوفة" : isolate(type)}، لا على كائن مجموعة بيانات.`,
      hint: DATASET_SHAPE_AR,
    }),
    "fatal.no-events": () => ({ message: 'لا يحتوي الملف على مصفوفة "events".', hint: DATASET_SHAPE_AR }),
    "fatal.empty-file": () => ({ message: "الملف فارغ.", hint: "تحقّق من اختيار الملف الصحيح." }),
    "fatal.not-json": ({ detail }) => ({
      message: `الملف ليس JSON صالحًا: ${isolate(detail)}`,
      hint: "افتحه في محرّر أو مدقّق JSON لإيجاد السطر المكسور، أو صدّره من جديد.",
    }),
    "fatal.too-deep": () => ({
      message: "الملف متداخل إلى عمق لا يمكن قراءته (JSON داخل JSON، آلاف المستويات).",
      hint: "مجموعة البيانات قائمة مسطّحة من الأحداث؛ هذا الملف تالف أو صُنع لتعطيل القارئات.",
    }),
    "fatal.cancelled": () => ({
      message: "أُلغي التحميل.",
      hint: "أعد تحميل الصفحة لتحميل مجموعة البيانات من جديد، أو افتح ملفًا آخر.",
    }),
    "fatal.geography": ({ detail }) => ({
      message: `تعذّر تحميل جغرافيا الخريطة المرفقة: ${isolate(detail)}`,
      hint: "نُشر التطبيق دون مجلد public/geo، أو الخادم متوقف. أعد التحميل، أو أعد نشر البناء كاملًا.",
    }),
  },
};

const DATASET_SHAPE_EN =
  'A dataset is a JSON object with a "title" and an "events" array (format v1, described in the README and public/schema/events.v1.json).';
const DATASET_SHAPE_AR =
  'مجموعة البيانات كائن JSON فيه "title" ومصفوفة "events" (الصيغة v1، الموصوفة في README وفي public/schema/events.v1.json).';

/** Says a fatal reason in a language. */
export function fatalText(reason: FatalReason, lang: Language): FatalText {
  const texts = FATAL_MESSAGES[lang] as Record<string, (params: unknown) => FatalText>;
  return (texts[reason.code] as (params: unknown) => FatalText)(reason.params);
}

type CoreProblemParams = {
  "problem.not-a-date": { value: string };
  "problem.ends-before-start": Record<string, never>;
  "problem.end-without-start": Record<string, never>;
  "problem.outside-syria": { lat: number; lon: number };
  "problem.admin1-mismatch": { said: string; found: string };
  "problem.duplicate-id": { first: number };
  "problem.replacement-chars": Record<string, never>;
  "problem.stories-not-array": Record<string, never>;
  "problem.story-duplicate-id": { id: string };
};

type ProblemParams = CoreProblemParams & ImportProblemParams & SchemaProblemParams;

export type ProblemReason = MessageOf<ProblemParams>;

export const PROBLEM_MESSAGES: MessageTable<ProblemParams> = {
  en: {
    ...IMPORT_PROBLEM_MESSAGES.en,
    ...SCHEMA_PROBLEM_MESSAGES.en,
    "problem.not-a-date": ({ value }) => `"${value}" is not a real date`,
    "problem.ends-before-start": () => "ends before it starts",
    "problem.end-without-start": () => "ignored: the event has no start date",
    "problem.outside-syria": ({ lat, lon }) => `coordinates ${lat}, ${lon} are outside Syria`,
    "problem.admin1-mismatch": ({ said, found }) => `says ${said} but the coordinates fall in ${found}`,
    "problem.duplicate-id": ({ first }) => `duplicate id (first used by record ${first}); this record was skipped`,
    "problem.replacement-chars": () => REPLACEMENT_CHAR_MESSAGE,
    "problem.stories-not-array": () => "the dataset's stories (narratives) must be a list; none were read",
    "problem.story-duplicate-id": ({ id }) => `story left out: the id ${id} is used by an earlier story`,
  },
  ar: {
    ...IMPORT_PROBLEM_MESSAGES.ar,
    ...SCHEMA_PROBLEM_MESSAGES.ar,
    "problem.not-a-date": ({ value }) => `${isolate(`"${value}"`)} ليس تاريخًا صحيحًا`,
    "problem.ends-before-start": () => "ينتهي قبل أن يبدأ",
    "problem.end-without-start": () => "تم تجاهله: لا تاريخ بداية للحدث",
    "problem.outside-syria": ({ lat, lon }) =>
      `الإحداثيات ${isolate(`${formatNumber(lat, "ar")}، ${formatNumber(lon, "ar")}`)} خارج سوريا`,
    "problem.admin1-mismatch": ({ said, found }) =>
      `يذكر ${governorateIn(said, "ar")} لكن الإحداثيات تقع في ${governorateIn(found, "ar")}`,
    "problem.duplicate-id": ({ first }) =>
      `معرّف مكرر (استُخدم أولًا في السجل ${formatNumber(first, "ar")})؛ تم تخطي هذا السجل`,
    "problem.replacement-chars": () =>
      "يحتوي على محارف الاستبدال U+FFFD: الملف على الأرجح ليس بترميز UTF-8 (ربما Latin-1 أو Windows-1256)؛ تحقّق من الأسماء، أو احفظ الملف بترميز UTF-8 وحمّله من جديد",
    "problem.stories-not-array": () =>
      `يجب أن تكون قصص مجموعة البيانات (${isolate("narratives")}) قائمة؛ لم تُقرأ أي قصة`,
    "problem.story-duplicate-id": ({ id }) => `تُركت القصة جانبًا: المعرّف ${isolate(id)} مستخدم في قصة سابقة`,
  },
};
