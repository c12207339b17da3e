import type { Language } from "../i18n/language.ts";

/**
 * Notices are written in English where they arise (the address codec, loaders). The ones this
 * table knows are said in Arabic too; any other notice is shown as written.
 */
const REASONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^not a valid event id$/, () => "ليس معرّف حدث صالحًا"],
  [
    /^expected zoom\/latitude\/longitude, e\.g\. (.+)$/,
    (m) => `المتوقع: التكبير/خط العرض/خط الطول، مثل ${isolate(m[1])}`,
  ],
  [/^not a real date \(YYYY-MM-DD\)$/, () => "ليس تاريخًا صحيحًا (YYYY-MM-DD)"],
  [/^not a governorate code \(e\.g\. HL for Aleppo\) or area$/, () => "ليس رمز محافظة (مثل HL لحلب) ولا area"],
  [/^not one of (.+)$/, (m) => `ليس من بين: ${isolate(m[1])}`],
  [/^empty or too long$/, () => "فارغ أو طويل جدًا"],
  [/^longer than (\d+) characters$/, (m) => `أطول من ${m[1]} حرفًا`],
  [/^expected 0 or 1$/, () => "المتوقع 0 أو 1"],
  [/^only en and ar are available$/, () => "اللغتان المتاحتان هما en وar فقط"],
  [
    /^only http\(s\) addresses or paths on this site can be loaded$/,
    () => "يمكن تحميل عناوين http(s) أو مسارات هذا الموقع فقط",
  ],
];

const WHOLE: Record<string, string> = {
  "The start date was after the end date; they were swapped.": "كان تاريخ البداية بعد تاريخ النهاية، فتم تبديلهما.",
};

/** Keeps left-to-right fragments (parameters, codes) in one piece inside Arabic text. */
function isolate(text: string | undefined): string {
  return `\u2068${text ?? ""}\u2069`;
}

export interface NoticeText {
  text: string;
  /** The language the text is in, when known. */
  lang: Language | null;
}

export function noticeText(text: string, lang: Language): NoticeText {
  if (lang === "en") return { text, lang: null };
  const whole = WHOLE[text];
  if (whole) return { text: whole, lang: "ar" };
  const ignored = /^Ignored ([a-z]+)=([\s\S]*): ([^:]+)\.$/.exec(text);
  if (ignored) {
    const [, name, value, why] = ignored;
    for (const [pattern, say] of REASONS) {
      const match = pattern.exec(why ?? "");
      if (match) return { text: `تم تجاهل ${isolate(`${name}=${value}`)}: ${say(match)}.`, lang: "ar" };
    }
  }
  return { text, lang: null };
}
