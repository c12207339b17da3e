import { type CSSProperties, type ReactNode, useId, useState } from "react";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { ANALYST_FILTER_MESSAGES } from "./analyst-filter-messages.ts";
import { FILTERS_MESSAGES } from "./filters-messages.ts";

export interface FacetOption {
  value: string;
  label: string;
  /** A second name in the other script (e.g. the Arabic name of a governorate). */
  secondary?: { text: string; lang: "ar" | "en" } | undefined;
  /** Decorative mark before the label (a type's shape and colour). */
  mark?: ReactNode;
  count: number;
}

interface Props {
  legend: string;
  hint?: string | undefined;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Values struck out of the results, and how to strike or restore one (-type=… in the URL). */
  excluded?: readonly string[] | undefined;
  onExclude?: ((value: string) => void) | undefined;
  /** Lists longer than this show only `collapsedSize` options until "Show all". */
  collapseAbove?: number | undefined;
  collapsedSize?: number | undefined;
  children?: ReactNode;
}

/**
 * A multi-select checkbox list with a count per value. Options come in the order given; when
 * the list is collapsed, checked values beyond the first few stay visible so they can be unchecked.
 */
export function FacetList({
  legend,
  hint,
  options,
  selected,
  onToggle,
  excluded = [],
  onExclude,
  collapseAbove = 10,
  collapsedSize = 8,
  children,
}: Props) {
  const t = useMessages(FILTERS_MESSAGES);
  const ta = useMessages(ANALYST_FILTER_MESSAGES);
  const lang = useLanguage();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const collapsible = options.length > collapseAbove;
  const visible =
    collapsible && !expanded
      ? options.filter(
          (option, i) => i < collapsedSize || selected.includes(option.value) || excluded.includes(option.value),
        )
      : options;
  let max = 0;
  for (const option of options) max = Math.max(max, option.count);

  return (
    <fieldset className="facet">
      <legend className="facet-legend">
        {legend}
        {selected.length > 0 && (
          <span className="facet-selected-count" aria-hidden="true">
            {formatNumber(selected.length, lang)}
          </span>
        )}
      </legend>
      {hint && <p className="facet-hint">{hint}</p>}
      {options.length === 0 ? (
        <p className="facet-empty">{t.noValues}</p>
      ) : (
        <ul className="facet-options" id={listId}>
          {visible.map((option) => {
            const checked = selected.includes(option.value);
            const isExcluded = excluded.includes(option.value);
            const share = max > 0 && !isExcluded ? option.count / max : 0;
            return (
              <li key={option.value} className={onExclude ? "has-exclude" : undefined}>
                <label
                  className={`facet-option${option.count === 0 ? " is-zero" : ""}${checked ? " is-checked" : ""}${isExcluded ? " is-excluded" : ""}`}
                  style={{ "--share": share.toFixed(3) } as CSSProperties}
                >
                  <input
                    type="checkbox"
                    className="facet-checkbox"
                    checked={checked}
                    onChange={() => onToggle(option.value)}
                  />
                  {option.mark}{" "}
                  <span className="facet-label">
                    <span className="facet-name" title={option.label}>
                      {option.label}
                    </span>{" "}
                    {option.secondary && (
                      <span
                        className="facet-secondary"
                        lang={option.secondary.lang}
                        dir={option.secondary.lang === "ar" ? "rtl" : "ltr"}
                      >
                        {option.secondary.text}
                      </span>
                    )}
                  </span>{" "}
                  <span className="facet-count">
                    {formatNumber(option.count, lang)} <span className="visually-hidden">{t.events(option.count)}</span>
                  </span>
                </label>
                {onExclude && (
                  <button
                    type="button"
                    className="facet-exclude"
                    aria-pressed={isExcluded}
                    aria-label={isExcluded ? ta.restore(option.label) : ta.exclude(option.label)}
                    title={isExcluded ? ta.restore(option.label) : ta.exclude(option.label)}
                    onClick={() => onExclude(option.value)}
                  >
                    <span aria-hidden="true">{isExcluded ? "↺" : "⊘"}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {collapsible && (
        <button
          type="button"
          className="facet-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t.showFewer : t.showAll(formatNumber(options.length, lang))}
        </button>
      )}
      {children}
    </fieldset>
  );
}
