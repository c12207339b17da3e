import type { Language } from "../i18n/language.ts";
import { say } from "../i18n/message.ts";
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

/** A problem's text from its code, in English (the report's language) and kept as a code. */
export function problemText(reason: ProblemReason): { message: string; reason: ProblemReason } {
  return { message: say(PROBLEM_MESSAGES, reason, "en"), reason };
}

/** A problem said in a language: coded problems by their table, the others as written (in English). */
export function problemSentence(problem: LoadProblem, lang: Language): { text: string; lang: Language } {
  if (!problem.reason || problem.reason.code === "problem.as-written") return { text: problem.message, lang: "en" };
  return { text: say(PROBLEM_MESSAGES, problem.reason, lang), lang };
}
