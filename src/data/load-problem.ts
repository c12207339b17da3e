import type { Language } from "../i18n/language.ts";
import { say } from "../i18n/message.ts";
import { gotSuffix, IMPORT_GROUP_MESSAGES } from "./import/import-problem-messages.ts";
import { type FatalReason, fatalText, PROBLEM_MESSAGES, type ProblemReason } from "./load-problem-messages.ts";

/** Something wrong with one record or field of a loaded file: says where and what. */
export interface LoadProblem {
  /** error: the record was skipped; warning: the record was kept, with this noted. */
  severity: "error" | "warning";
  /** Position of the record in the file's `events` array; absent for file-level problems. */
  index?: number;
  /** The record's id, when it had a readable one. */
  id?: string;
  /** Dotted path of the offending field, e.g. `location.lat`. */
  field?: string;
  /** The problem in English, as written: for reports, and for problems not yet given a code. */
  message: string;
  /** The problem as a code, said in the interface's language (load-problem-messages.ts). */
  reason?: ProblemReason;
  /** The value the problem is about, as quoted at the end of its text ("(got …)"). */
  got?: string;
}

/** A file that could not be read as a dataset at all. */
export interface FatalLoadError {
  /** What the file was: a URL, a path or a file name. */
  file: string;
  message: string;
  /** What the person can do about it. */
  hint: string;
  /** The same as a code, said in the interface's language (load-problem-messages.ts). */
  reason?: FatalReason;
}

/** A fatal error from its code: the English text comes from the same table as the Arabic. */
export function fatalError(file: string, reason: FatalReason): FatalLoadError {
  return { file, ...fatalText(reason, "en"), reason };
}

/**
 * A problem's text from its code, in English (the report's language) and kept as a code, with
 * the value it is about (already quoted) when there is one.
 */
export function problemText(
  reason: ProblemReason,
  got?: string,
): { message: string; reason: ProblemReason; got?: string } {
  const message = say(PROBLEM_MESSAGES, reason, "en") + gotSuffix(got, "en");
  return got === undefined ? { message, reason } : { message, reason, got };
}

function isCoded(problem: LoadProblem): problem is LoadProblem & { reason: ProblemReason } {
  return problem.reason !== undefined && problem.reason.code !== "problem.as-written";
}

/** A problem said in a language: coded problems by their table, the others as written (in English). */
export function problemSentence(problem: LoadProblem, lang: Language): { text: string; lang: Language } {
  if (!isCoded(problem)) return { text: problem.message, lang: "en" };
  return { text: say(PROBLEM_MESSAGES, problem.reason, lang) + gotSuffix(problem.got, lang), lang };
}

/**
 * What a problem's group is called in the load report, in a language: its code's text without
 * the row's values (`english`, the grouping key, for problems not given a code).
 */
export function problemGroupSentence(
  problem: LoadProblem,
  english: string,
  lang: Language,
): { text: string; lang: Language } {
  if (lang === "en" || !isCoded(problem)) return { text: english, lang: "en" };
  const reason = IMPORT_GROUP_MESSAGES[lang][problem.reason.code] ?? say(PROBLEM_MESSAGES, problem.reason, lang);
  return { text: problem.field ? `${problem.field.replace(/\.\d+(?=\.|$)/g, "[]")}: ${reason}` : reason, lang };
}
