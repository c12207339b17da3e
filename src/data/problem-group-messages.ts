import type { MessageTable } from "../i18n/message.ts";
import { partIn, type SchemaPart } from "./schema-problem-messages.ts";

/*
 * The load report counts problems by code and field ("41 rows: no coordinates"). Most codes'
 * texts hold no row's values, so their text names the group as it is. The codes below carry a
 * row's own values in their parameters (a date as written, a distance, the governorates named):
 * their group keeps only the parameters listed in GROUP_PARAMS and is named by this table.
 */

type None = Record<string, never>;

type GroupParams = {
  "problem.not-a-date": None;
  "problem.outside-syria": None;
  "problem.admin1-mismatch": None;
  "problem.duplicate-id": None;
  "problem.story-duplicate-id": None;
  "row.border-kept": None;
  "row.too-many-fields": None;
  "row.quote-never-closed": None;
  "row.area-no-governorate": None;
  "schema.unknown-fields": { part: SchemaPart };
};

/** For each code whose parameters hold a row's values, the parameters its group is still told by. */
export const GROUP_PARAMS: { [C in keyof GroupParams]: readonly (keyof GroupParams[C])[] } = {
  "problem.not-a-date": [],
  "problem.outside-syria": [],
  "problem.admin1-mismatch": [],
  "problem.duplicate-id": [],
  "problem.story-duplicate-id": [],
  "row.border-kept": [],
  "row.too-many-fields": [],
  "row.quote-never-closed": [],
  "row.area-no-governorate": [],
  "schema.unknown-fields": ["part"],
};

export const PROBLEM_GROUP_MESSAGES: MessageTable<GroupParams> = {
  en: {
    "problem.not-a-date": () => "not a real date",
    "problem.outside-syria": () => "coordinates outside Syria",
    "problem.admin1-mismatch": () => "the governorate named differs from the one the coordinates fall in",
    "problem.duplicate-id": () => "duplicate id (the later record was skipped)",
    "problem.story-duplicate-id": () => `${partIn("story", "en")}its id is used by an earlier story`,
    "row.border-kept": () =>
      "the point is just outside the bundled outline of Syria (a border town?): kept in the nearest governorate",
    "row.too-many-fields": () => "too many fields for the header",
    "row.quote-never-closed": () => "a quoted field is never closed",
    "row.area-no-governorate": () => "ignored: the place is an area, which belongs to no single governorate",
    "schema.unknown-fields": ({ part }) => `${partIn(part, "en")}unknown fields`,
  },
  ar: {
    "problem.not-a-date": () => "ليس تاريخًا صحيحًا",
    "problem.outside-syria": () => "إحداثيات خارج سوريا",
    "problem.admin1-mismatch": () => "المحافظة المذكورة غير التي تقع فيها الإحداثيات",
    "problem.duplicate-id": () => "معرّف مكرر (تم تخطي السجل اللاحق)",
    "problem.story-duplicate-id": () => `${partIn("story", "ar")}معرّفها مستخدم في قصة سابقة`,
    "row.border-kept": () => "تقع النقطة خارج حدود سوريا المرفقة بقليل (بلدة حدودية؟): أُبقيت في أقرب محافظة",
    "row.too-many-fields": () => "حقول أكثر مما في سطر العناوين",
    "row.quote-never-closed": () => "حقل مقتبس لا يُغلق أبدًا",
    "row.area-no-governorate": () => "تم تجاهله: المكان منطقة لا تتبع محافظة واحدة",
    "schema.unknown-fields": ({ part }) => `${partIn(part, "ar")}حقول مجهولة`,
  },
};
