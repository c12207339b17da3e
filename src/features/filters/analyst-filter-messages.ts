import type { OutcomeKind } from "../../domain/outcome-filter.ts";
import type { Messages } from "../../i18n/use-language.ts";

interface AnalystFilterMessages {
  exclude: (label: string) => string;
  restore: (label: string) => string;
  excludedChip: (label: string) => string;
  outcomes: string;
  outcomesHint: string;
  reported: Record<OutcomeKind, string>;
  atLeast: string;
  atLeastLabel: (kind: string) => string;
  outcomeChip: (kind: OutcomeKind, least: number, formatted: string) => string;
}

export const ANALYST_FILTER_MESSAGES: Messages<AnalystFilterMessages> = {
  en: {
    exclude: (label) => `Exclude ${label}`,
    restore: (label) => `Stop excluding ${label}`,
    excludedChip: (label) => `Excluded: ${label}`,
    outcomes: "Outcome reported",
    outcomesHint: "Events that give a figure; a missing figure is unknown, not zero",
    reported: { arrested: "Arrests reported", killed: "Deaths reported", wounded: "Wounded reported" },
    atLeast: "at least",
    atLeastLabel: (kind) => `${kind}: at least`,
    outcomeChip: (kind, least, n) =>
      least === 0
        ? { arrested: "Arrested figure given", killed: "Killed figure given", wounded: "Wounded figure given" }[kind]
        : least === 1
          ? { arrested: "Arrests reported", killed: "Deaths reported", wounded: "Wounded reported" }[kind]
          : { arrested: `At least ${n} arrested`, killed: `At least ${n} killed`, wounded: `At least ${n} wounded` }[
              kind
            ],
  },
  ar: {
    exclude: (label) => `استبعاد ${label}`,
    restore: (label) => `إلغاء استبعاد ${label}`,
    excludedChip: (label) => `مستبعد: ${label}`,
    outcomes: "الحصيلة المذكورة",
    outcomesHint: "الأحداث التي تذكر رقمًا؛ الرقم الغائب مجهول وليس صفرًا",
    reported: { arrested: "ذُكرت اعتقالات", killed: "ذُكر قتلى", wounded: "ذُكر جرحى" },
    atLeast: "على الأقل",
    atLeastLabel: (kind) => `${kind}: على الأقل`,
    outcomeChip: (kind, least, n) =>
      least === 0
        ? { arrested: "ذُكر عدد المعتقلين", killed: "ذُكر عدد القتلى", wounded: "ذُكر عدد الجرحى" }[kind]
        : least === 1
          ? { arrested: "ذُكرت اعتقالات", killed: "ذُكر قتلى", wounded: "ذُكر جرحى" }[kind]
          : { arrested: `${n} معتقلين على الأقل`, killed: `${n} قتلى على الأقل`, wounded: `${n} جرحى على الأقل` }[kind],
  },
};
