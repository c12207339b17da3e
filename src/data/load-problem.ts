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
  message: string;
}

/** A file that could not be read as a dataset at all. */
export interface FatalLoadError {
  /** What the file was: a URL, a path or a file name. */
  file: string;
  message: string;
  /** What the person can do about it. */
  hint: string;
}

export function describeProblem(problem: LoadProblem): string {
  const where = [
    problem.index === undefined ? null : `record ${problem.index + 1}`,
    problem.id ? `"${problem.id}"` : null,
    problem.field ? `field ${problem.field}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${problem.message}` : problem.message;
}
