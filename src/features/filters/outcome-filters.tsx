import { useId } from "react";
import { OUTCOME_KINDS, type OutcomeKind } from "../../domain/outcome-filter.ts";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { ANALYST_FILTER_MESSAGES } from "./analyst-filter-messages.ts";

const MAX_LEAST = 1_000_000;

/**
 * "Arrests reported", "Deaths reported", "Wounded reported" (has=…), each with an "at least N"
 * box (atleast=kind:N). Checking a kind asks for a figure above zero; a number raises the bar.
 */
export function OutcomeFilters() {
  const t = useMessages(ANALYST_FILTER_MESSAGES);
  const atLeast = useAppStore((s) => s.filters.outcomes.atLeast);
  const setAtLeast = useAppStore((s) => s.setOutcomeAtLeast);
  const hintId = useId();
  const idBase = useId();

  const row = (kind: OutcomeKind) => {
    const least = atLeast[kind];
    const on = least !== undefined;
    const inputId = `${idBase}-${kind}`;
    return (
      <li key={kind} className="outcome-filter">
        <label className="scope-option">
          <input type="checkbox" checked={on} onChange={(e) => setAtLeast(kind, e.target.checked ? 1 : null)} />{" "}
          <span className="facet-label">{t.reported[kind]}</span>
        </label>
        <span className="outcome-least">
          <label htmlFor={inputId} className="visually-hidden">
            {t.atLeastLabel(t.reported[kind])}
          </label>
          <span aria-hidden="true">≥</span>
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_LEAST}
            step={1}
            placeholder="1"
            value={on && least !== 1 ? least : ""}
            onChange={(e) => {
              const text = e.target.value.trim();
              if (text === "") {
                setAtLeast(kind, on ? 1 : null);
                return;
              }
              const value = Number(text);
              if (Number.isInteger(value) && value >= 0 && value <= MAX_LEAST) setAtLeast(kind, value);
            }}
          />
        </span>
      </li>
    );
  };

  return (
    <fieldset className="facet facet-outcomes" aria-describedby={hintId}>
      <legend className="facet-legend">{t.outcomes}</legend>
      <p className="facet-hint" id={hintId}>
        {t.outcomesHint}
      </p>
      <ul className="outcome-filters">{OUTCOME_KINDS.map(row)}</ul>
    </fieldset>
  );
}
