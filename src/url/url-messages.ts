import { EVENT_TYPES } from "../domain/event.ts";
import { FORCE_GROUPS } from "../domain/force-groups.ts";
import { isolate, type MessageOf, type MessageTable } from "../i18n/message.ts";
import { LIST_SORTS } from "../state/list-sort.ts";
import { MAX_SEARCH_TEXT, type UrlRefusal } from "./url-params.ts";

type UrlMessageParams = {
  "url.ignored": { param: string; value: string; reason: UrlRefusal };
  "url.dates-swapped": Record<string, never>;
};

/** What the URL codec tells the person about the address it read. */
export type UrlNotice = MessageOf<UrlMessageParams>;

const EXAMPLE_VIEW = "7/35.0/38.5";

const REASONS_EN: Record<UrlRefusal, string> = {
  "data-address": "only http(s) addresses or paths on this site can be loaded",
  "local-key": "not a key of a file kept in this browser",
  "event-id": "not a valid event id",
  date: "not a real date (YYYY-MM-DD)",
  region: "not a governorate code (e.g. HL for Aleppo) or area",
  "event-type": `not one of ${EVENT_TYPES.join(", ")}`,
  "force-group": `not one of ${FORCE_GROUPS.join(", ")}`,
  name: "empty or too long",
  "text-length": `longer than ${MAX_SEARCH_TEXT} characters`,
  flag: "expected 0 or 1",
  sort: `not one of ${LIST_SORTS.join(", ")}`,
  language: "only en and ar are available",
  "map-view": `expected zoom/latitude/longitude, e.g. ${EXAMPLE_VIEW}`,
  "outcome-kind": "expected arrested, killed or wounded",
  "outcome-least": "expected arrested:N, killed:N or wounded:N",
  "bin-unit": "expected day, week, month or year",
  stack: "expected type",
  compare: "expected region, type or force",
  "story-id": "not a valid story id",
  "story-step": "expected a step number from 1",
  "step-without-story": "a step needs a story (story=…)",
};

const REASONS_AR: Record<UrlRefusal, string> = {
  "data-address": "يمكن تحميل عناوين http(s) أو مسارات هذا الموقع فقط",
  "local-key": "ليس مفتاح ملف محفوظ في هذا المتصفح",
  "event-id": "ليس معرّف حدث صالحًا",
  date: "ليس تاريخًا صحيحًا (YYYY-MM-DD)",
  region: "ليس رمز محافظة (مثل HL لحلب) ولا area",
  "event-type": `ليس من بين: ${isolate(EVENT_TYPES.join(", "))}`,
  "force-group": `ليس من بين: ${isolate(FORCE_GROUPS.join(", "))}`,
  name: "فارغ أو طويل جدًا",
  "text-length": `أطول من ${MAX_SEARCH_TEXT} حرفًا`,
  flag: "المتوقع 0 أو 1",
  sort: `ليس من بين: ${isolate(LIST_SORTS.join(", "))}`,
  language: "اللغتان المتاحتان هما en وar فقط",
  "map-view": `المتوقع: التكبير/خط العرض/خط الطول، مثل ${isolate(EXAMPLE_VIEW)}`,
  "outcome-kind": `المتوقع: ${isolate("arrested, killed, wounded")}`,
  "outcome-least": `المتوقع: ${isolate("arrested:N, killed:N, wounded:N")}`,
  "bin-unit": `المتوقع: ${isolate("day, week, month, year")}`,
  stack: `المتوقع: ${isolate("type")}`,
  compare: `المتوقع: ${isolate("region, type, force")}`,
  "story-id": "ليس معرّف قصة صالحًا",
  "story-step": "المتوقع رقم خطوة يبدأ من 1",
  "step-without-story": `الخطوة تحتاج إلى قصة (${isolate("story=…")})`,
};

export const URL_MESSAGES: MessageTable<UrlMessageParams> = {
  en: {
    "url.ignored": ({ param, value, reason }) => `Ignored ${param}=${value}: ${REASONS_EN[reason]}.`,
    "url.dates-swapped": () => "The start date was after the end date; they were swapped.",
  },
  ar: {
    "url.ignored": ({ param, value, reason }) => `تم تجاهل ${isolate(`${param}=${value}`)}: ${REASONS_AR[reason]}.`,
    "url.dates-swapped": () => "كان تاريخ البداية بعد تاريخ النهاية، فتم تبديلهما.",
  },
};
