import { OUTCOME_KINDS, type OutcomeFilter, type OutcomeKind } from "../../src/domain/outcome-filter.ts";
import type { SearchClause } from "../../src/domain/search-synonyms.ts";

/*
 * The filters' rules written plainly over one event at a time: the references the index's fast
 * predicates must agree with in the property tests.
 */

/** Whether one event's reported outcome meets an outcome filter (an unreported count meets nothing). */
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

/** Whether a folded text satisfies a search clause. */
export function textSatisfies(foldedText: string, clause: SearchClause): boolean {
  return clause.some((alt) => {
    if (!alt.wholeWord) return foldedText.includes(alt.text);
    return ` ${foldedText.replace(/\n/g, " ")} `.includes(` ${alt.text} `);
  });
}
