import { type ReactNode, useEffect, useRef } from "react";
import { REGION_LEVEL, type RegionKey } from "../../domain/areas.ts";
import { EVENT_TYPES, type EventType } from "../../domain/event.ts";
import { type Filters, NO_FILTERS } from "../../domain/filters.ts";
import { FORCE_GROUP_NAMES, FORCE_GROUPS } from "../../domain/force-groups.ts";
import { governorateByCode } from "../../domain/governorates.ts";
import { OUTCOME_KINDS } from "../../domain/outcome-filter.ts";
import { formatNumber, formatShortDay } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import type { AppActions } from "../../state/store.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import { ANALYST_FILTER_MESSAGES } from "./analyst-filter-messages.ts";
import { FILTERS_MESSAGES } from "./filters-messages.ts";
import "./filters.css";
import "./analyst-filters.css";

export interface FilterChip {
  key: string;
  label: string;
  mark?: ReactNode;
  /** An excluded value: drawn struck through (the label says "Excluded: …" in words). */
  struck?: { display: string } | undefined;
  /** Resets what the chip stands for, against the store's current state. */
  remove: (store: AppActions) => void;
}

type FiltersText = (typeof FILTERS_MESSAGES)[Language];

/** A region filter value as shown: a governorate's name, or the region-level line's. */
export function regionName(key: RegionKey, lang: Language, t: FiltersText): string {
  if (key === REGION_LEVEL) return t.regionLevel;
  const governorate = governorateByCode(key);
  return lang === "ar" ? governorate.nameAr : governorate.name;
}

/** One chip per active filter value, in the order the panel shows the filters. */
export function filterChips(
  filters: Filters,
  lang: Language,
  t: FiltersText,
  typeNames: Record<EventType, string>,
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.from !== null || filters.to !== null) {
    const from = filters.from === null ? null : formatShortDay(filters.from, lang);
    const to = filters.to === null ? null : formatShortDay(filters.to, lang);
    const label =
      from !== null && to !== null ? t.dateRange(from, to) : from !== null ? t.dateFrom(from) : t.dateTo(to ?? "");
    chips.push({ key: "date", label, remove: (s) => s.setFilters({ from: null, to: null }) });
  }
  if (filters.text.trim() !== "")
    chips.push({ key: "text", label: t.searchChip(filters.text.trim()), remove: (s) => s.setFilters({ text: "" }) });
  for (const code of filters.regions)
    chips.push({
      key: `region:${code}`,
      label: regionName(code, lang, t),
      remove: (s) => s.toggleFacetValue("regions", code),
    });
  // Types in their fixed order, whatever order they were chosen in.
  for (const type of EVENT_TYPES)
    if (filters.types.includes(type))
      chips.push({
        key: `type:${type}`,
        label: typeNames[type],
        mark: <TypeSymbol type={type} size={12} />,
        remove: (s) => s.toggleFacetValue("types", type),
      });
  for (const group of FORCE_GROUPS)
    if (filters.forceGroups.includes(group))
      chips.push({
        key: `force:${group}`,
        label: FORCE_GROUP_NAMES[group][lang],
        remove: (s) => s.toggleFacetValue("forceGroups", group),
      });
  for (const actor of filters.actors)
    chips.push({ key: `actor:${actor}`, label: actor, remove: (s) => s.toggleFacetValue("actors", actor) });
  for (const target of filters.targets)
    chips.push({
      key: `target:${target}`,
      label: target,
      remove: (s) => s.toggleFacetValue("targets", target),
    });
  const ta = ANALYST_FILTER_MESSAGES[lang];
  const struck = (key: string, name: string, remove: FilterChip["remove"], mark?: ReactNode) =>
    chips.push({ key, label: ta.excludedChip(name), struck: { display: name }, mark, remove });
  for (const code of filters.exclude.regions)
    struck(`exclude-region:${code}`, regionName(code, lang, t), (s) => s.toggleExcluded("regions", code));
  for (const type of EVENT_TYPES)
    if (filters.exclude.types.includes(type))
      struck(
        `exclude-type:${type}`,
        typeNames[type],
        (s) => s.toggleExcluded("types", type),
        <TypeSymbol type={type} size={12} />,
      );
  for (const actor of filters.exclude.actors)
    struck(`exclude-actor:${actor}`, actor, (s) => s.toggleExcluded("actors", actor));
  for (const target of filters.exclude.targets)
    struck(`exclude-target:${target}`, target, (s) => s.toggleExcluded("targets", target));
  for (const kind of OUTCOME_KINDS) {
    const least = filters.outcomes.atLeast[kind];
    if (least !== undefined)
      chips.push({
        key: `outcome:${kind}`,
        label: ta.outcomeChip(kind, least, formatNumber(least, lang)),
        remove: (s) => s.setOutcomeAtLeast(kind, null),
      });
  }
  if (!filters.includeUndated)
    if (filters.includeUndated !== null)
      chips.push({
        key: "undated",
        label: filters.includeUndated ? t.undatedIncluded : t.undatedExcluded,
        remove: (s) => s.setFilters({ includeUndated: NO_FILTERS.includeUndated }),
      });
  if (filters.onlyInView)
    chips.push({ key: "view", label: t.inMapView, remove: (s) => s.setFilters({ onlyInView: false }) });
  return chips;
}

/**
 * Removable chips for every active filter value, and "Clear all". Renders nothing when no
 * filter is set. After a chip is removed, focus moves to its neighbour.
 */
export function ActiveFilterChips({ className }: { className?: string | undefined }) {
  const t = useMessages(FILTERS_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const lang = useLanguage();
  const filters = useAppStore((s) => s.filters);
  const store = useAppStoreApi();
  const clearFilters = useAppStore((s) => s.clearFilters);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);
  const chips = filterChips(filters, lang, t, typeNames);

  useEffect(() => {
    const wanted = focusAfterRemoval.current;
    if (wanted === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button");
    if (!buttons || buttons.length === 0) return;
    buttons[Math.min(wanted, buttons.length - 1)]?.focus();
  });

  if (chips.length === 0) return null;
  return (
    <div className={`active-filters${className ? ` ${className}` : ""}`}>
      <ul className="filter-chips" aria-label={t.activeFilters} ref={listRef}>
        {chips.map((chip, i) => (
          <li key={chip.key}>
            <button
              type="button"
              className={`filter-chip filter-chip-${chip.key.split(":")[0]}${chip.struck ? " is-struck" : ""}`}
              aria-label={t.removeFilter(chip.label)}
              title={t.removeFilter(chip.label)}
              onClick={() => {
                focusAfterRemoval.current = i;
                chip.remove(store.getState());
              }}
            >
              {chip.mark}
              {chip.struck ? (
                <span className="filter-chip-label">
                  <s>{chip.struck.display}</s>
                </span>
              ) : (
                <span className="filter-chip-label">{chip.label}</span>
              )}
              <span className="filter-chip-x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="filter-clear-all" onClick={clearFilters}>
        {t.clearAll}
      </button>
    </div>
  );
}
