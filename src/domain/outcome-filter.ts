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

/** Per position, the reported count of each kind; NaN when the event did not report it. */
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

/** The same test on one event's outcome: the reference the index predicate must equal. */
export function outcomePasses(
  outcome: Partial<Record<OutcomeKind, number | null | undefined>>,
  filter: OutcomeFilter,
): boolean {
  return OUTCOME_KINDS.every((kind) => {
    const least = filter.atLeast[kind];
    if (least === undefined) return true;
    const value = outcome[kind];
    return typeof value === "number" && value >= least;
  });
}

const built = new WeakMap<object, OutcomeColumns>();

/**
 * The outcome columns of an index, read once from its events and kept with it.
 * Positions follow the index (`eventAt`).
 */
export function outcomeColumnsOf(index: {
  size: number;
  eventAt(position: number): { outcome: Partial<Record<OutcomeKind, number | null | undefined>> };
}): OutcomeColumns {
  let columns = built.get(index);
  if (!columns) {
    const made = {
      arrested: new Float64Array(index.size),
      killed: new Float64Array(index.size),
      wounded: new Float64Array(index.size),
    };
    for (let p = 0; p < index.size; p++) {
      const { outcome } = index.eventAt(p);
      for (const kind of OUTCOME_KINDS) {
        const value = outcome[kind];
        made[kind][p] = typeof value === "number" ? value : Number.NaN;
      }
    }
    columns = made;
    built.set(index, columns);
  }
  return columns;
}
