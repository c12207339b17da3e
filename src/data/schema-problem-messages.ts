import { formatNumber } from "../i18n/format.ts";
import type { Language } from "../i18n/language.ts";
import { isolate, type MessageOf, type MessageTable } from "../i18n/message.ts";
import { listIn } from "./import/import-problem-messages.ts";

/*
 * What the format v1 schema finds wrong with a field (schema-problems.ts turns zod's issues into
 * these codes), said in English and Arabic. The field's path is the problem's `field`, and the
 * value, when short, its `got`: neither is part of the text, so rows with the same fault group.
 */

/** Which part of the file the field belongs to: what is left out because of it. */
export type SchemaPart = "record" | "story" | "metadata";

/** What a field should have been or was: zod's names, plus `non-finite` for ±Infinity and NaN. */
type ValueKind = "string" | "number" | "boolean" | "object" | "array" | "null" | "non-finite";

type In = { part: SchemaPart };

export type SchemaProblemParams = {
  "schema.missing": In;
  "schema.wrong-type": In & { expected: string; actual: string };
  "schema.not-whole-number": In;
  "schema.empty": In;
  "schema.text-too-long": In & { maximum: number };
  "schema.too-few-items": In & { minimum: number };
  "schema.too-many-items": In & { maximum: number };
  "schema.below-minimum": In & { minimum: number };
  "schema.above-maximum": In & { maximum: number };
  "schema.not-one-of": In & { allowed: string };
  "schema.not-iso-date": In;
  "schema.bad-id": In;
  "schema.not-http-link": In;
  "schema.unknown-fields": In & { names: string };
  "schema.invalid": In;
};

export type SchemaProblemReason = MessageOf<SchemaProblemParams>;

const KINDS: Record<Language, Record<ValueKind, string>> = {
  en: {
    string: "text",
    number: "a number",
    boolean: "true or false",
    object: "an object ({…})",
    array: "a list ([…])",
    null: "null",
    "non-finite": "an infinite number",
  },
  ar: {
    string: "نصًا",
    number: "رقمًا",
    boolean: `${isolate("true")} أو ${isolate("false")}`,
    object: `كائنًا (${isolate("{…}")})`,
    array: `قائمة (${isolate("[…]")})`,
    null: isolate("null"),
    "non-finite": "رقمًا غير منتهٍ",
  },
};

function kindIn(kind: string, lang: Language): string {
  return (KINDS[lang] as Record<string, string>)[kind] ?? (lang === "en" ? kind : isolate(kind));
}

/** What the problem costs, said before it: a story or the metadata is left out whole. */
const PART: Record<Language, Record<SchemaPart, string>> = {
  en: {
    record: "",
    story: "story left out: ",
    metadata: "metadata not read (the file name is the title): ",
  },
  ar: {
    record: "",
    story: "تُركت القصة جانبًا: ",
    metadata: "لم تُقرأ البيانات الوصفية (اسم الملف هو العنوان): ",
  },
};

/** What a problem in a part costs, said before the problem ("story left out: "); empty for a record. */
export function partIn(part: SchemaPart, lang: Language): string {
  return PART[lang][part];
}

type Texts = MessageTable<SchemaProblemParams>[Language];

/** Each text of a language with what its part costs said first. */
function withPart(lang: Language, texts: Texts): Texts {
  const said = {} as Record<string, (params: In) => string>;
  for (const [code, text] of Object.entries(texts) as [string, (params: In) => string][])
    said[code] = (params) => partIn(params.part, lang) + text(params);
  return said as unknown as Texts;
}

const ar = (n: number) => formatNumber(n, "ar");

export const SCHEMA_PROBLEM_MESSAGES: MessageTable<SchemaProblemParams> = {
  en: withPart("en", {
    "schema.missing": () => "required, but missing",
    "schema.wrong-type": ({ expected, actual }) => `must be ${kindIn(expected, "en")}, not ${kindIn(actual, "en")}`,
    "schema.not-whole-number": () => "must be a whole number",
    "schema.empty": () => "must not be empty (or only spaces)",
    "schema.text-too-long": ({ maximum }) => `is longer than the ${maximum.toLocaleString("en")} characters allowed`,
    "schema.too-few-items": ({ minimum }) =>
      minimum === 1 ? "must list at least one item" : `must list at least ${minimum.toLocaleString("en")} items`,
    "schema.too-many-items": ({ maximum }) => `lists more than the ${maximum.toLocaleString("en")} items allowed`,
    "schema.below-minimum": ({ minimum }) => `must be at least ${minimum.toLocaleString("en")}`,
    "schema.above-maximum": ({ maximum }) => `must be at most ${maximum.toLocaleString("en")}`,
    "schema.not-one-of": ({ allowed }) => `must be one of ${listIn(allowed, "en", 20)}`,
    "schema.not-iso-date": () => "must be a date written YYYY-MM-DD, YYYY-MM or YYYY",
    "schema.bad-id": () =>
      "must be 1 to 120 URL-safe characters (letters, digits, . _ ~ -), starting with a letter or digit",
    "schema.not-http-link": () => "must be an http(s) URL",
    "schema.unknown-fields": ({ names }) =>
      `unknown field(s): ${listIn(names, "en")} (format v1 has no such field: check the spelling)`,
    "schema.invalid": () => "is not valid in format v1",
  }),
  ar: withPart("ar", {
    "schema.missing": () => "حقل مطلوب لكنه غير موجود",
    "schema.wrong-type": ({ expected, actual }) => `يجب أن يكون ${kindIn(expected, "ar")}، لا ${kindIn(actual, "ar")}`,
    "schema.not-whole-number": () => "يجب أن يكون عددًا صحيحًا",
    "schema.empty": () => "يجب ألا يكون فارغًا (أو مسافات فقط)",
    "schema.text-too-long": ({ maximum }) => `النص أطول من الحد المسموح به (${ar(maximum)} محرف)`,
    "schema.too-few-items": ({ minimum }) =>
      minimum === 1
        ? "يجب أن تحتوي القائمة على عنصر واحد على الأقل"
        : `عدد عناصر القائمة أقل من الحد الأدنى (${ar(minimum)})`,
    "schema.too-many-items": ({ maximum }) => `عدد عناصر القائمة أكثر من الحد المسموح به (${ar(maximum)})`,
    "schema.below-minimum": ({ minimum }) => `يجب ألا يقل عن ${ar(minimum)}`,
    "schema.above-maximum": ({ maximum }) => `يجب ألا يزيد على ${ar(maximum)}`,
    "schema.not-one-of": ({ allowed }) => `يجب أن يكون إحدى القيم: ${listIn(allowed, "ar", 20)}`,
    "schema.not-iso-date": () =>
      `يجب أن يكون تاريخًا مكتوبًا بالصيغة ${isolate("YYYY-MM-DD")} أو ${isolate("YYYY-MM")} أو ${isolate("YYYY")}`,
    "schema.bad-id": () =>
      `يجب أن يتكون من ${ar(1)} إلى ${ar(120)} محرفًا صالحًا في الروابط (حروف لاتينية وأرقام و${isolate(". _ ~ -")})، أولها حرف أو رقم`,
    "schema.not-http-link": () => `يجب أن يكون رابط ${isolate("http(s)")}`,
    "schema.unknown-fields": ({ names }) =>
      `حقول مجهولة: ${listIn(names, "ar")} (لا حقل بهذا الاسم في الصيغة ${isolate("v1")}: تحقّق من الكتابة)`,
    "schema.invalid": () => `قيمة غير صالحة في الصيغة ${isolate("v1")}`,
  }),
};
