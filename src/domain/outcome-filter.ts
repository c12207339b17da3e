/**
 * Filters on reported outcomes. A count that was not reported is unknown, never zero: an event
 * without an arrested figure passes no arrested condition.
 */
export const OUTCOME_KINDS = ["arrested", "killed", "wounded"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomeFilter {
  /**
   * Per kind, the least reported count an event must have. "Arrests reported" (has=arrested)
   * is at least 1: a reported zero is not an arrest.
   */
  atLeast: Readonly<Partial<Record<OutcomeKind, number>>>;
}

/** Per position, the reported count of each kind; NaN when the event did not report it (index columns). */
export type OutcomeColumns = Readonly<Record<OutcomeKind, Float64Array>>;

export function hasOutcomeFilter(filter: OutcomeFilter): boolean {
  return OUTCOME_KINDS.some((kind) => filter.atLeast[kind] !== undefined);
}

/** Conditions as [column, least count] pairs, for a tight loop. */
function conditions(columns: OutcomeColumns, filter: OutcomeFilter): [Float64Array, number][] {
  return OUTCOME_KINDS.flatMap((kind) => {
    const least = filter.atLeast[kind];
    return least === undefined ? [] : [[columns[kind], least] as [Float64Array, number]];
  });
}

/** A predicate over positions; null when the filter sets no condition. NaN >= n is false, as wanted. */
export function outcomePredicate(columns: OutcomeColumns, filter: OutcomeFilter): ((p: number) => boolean) | null {
  const list = conditions(columns, filter);
  if (list.length === 0) return null;
  return (p) => {
    for (const [column, least] of list) if (!((column[p] as number) >= least)) return false;
    return true;
  };
}
