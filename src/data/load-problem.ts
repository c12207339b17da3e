import type { Language } from "../i18n/language.ts";
import { say } from "../i18n/message.ts";
import { gotSuffix } from "./import/import-problem-messages.ts";
import { type FatalReason, fatalText, PROBLEM_MESSAGES, type ProblemReason } from "./load-problem-messages.ts";

/** A problem as the report lists and groups it: where, and what in English. */
export interface ReportedProblem {
  /** error: the record was skipped; warning: the record was kept, with this noted. */
  severity: "error" | "warning";
  /** Position of the record in the file's `events` array; absent for file-level problems. */
  index?: number;
  /** The record's id, when it had a readable one. */
  id?: string;
  /** Dotted path of the offending field, e.g. `location.lat`. */
  field?: string;
  /** The problem in English: the downloaded report's text. */
  message: string;
}

/** Something wrong with one record or field of a loaded file: says where and what. */
export interface LoadProblem extends ReportedProblem {
  /** The problem as a code, said in the interface's language (load-problem-messages.ts). */
  reason: ProblemReason;
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
  reason: FatalReason;
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

/** A problem said in a language, with the value it is about. */
export function problemSentence(problem: LoadProblem, lang: Language): string {
  return say(PROBLEM_MESSAGES, problem.reason, lang) + gotSuffix(problem.got, lang);
}

/** Distinct records with a problem of a severity: a record with three errors is one record. */
export function recordsWith(problems: readonly ReportedProblem[], severity: ReportedProblem["severity"]): number {
  const records = new Set<number>();
  for (const problem of problems)
    if (problem.severity === severity && problem.index !== undefined) records.add(problem.index);
  return records.size;
}

/**
 * Records a load left out, the one rule every count of them uses: each record with an error,
 * once however many it had, and the rows the file places in another country.
 */
export function skippedRecordCount(load: {
  problems: readonly ReportedProblem[];
  outsideSyria?: { rows: number } | undefined;
}): number {
  return recordsWith(load.problems, "error") + (load.outsideSyria?.rows ?? 0);
}
