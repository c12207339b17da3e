import { useId, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { REGION_LEVEL, type RegionKey } from "../../domain/areas.ts";
import { EVENT_TYPES, type EventType } from "../../domain/event.ts";
import type { NameFacet } from "../../domain/event-index.ts";
import { FORCE_GROUP_NAMES, FORCE_GROUPS, type ForceGroup } from "../../domain/force-groups.ts";
import { GOVERNORATES } from "../../domain/governorates.ts";
import { REGION_AREA } from "../../domain/index-columns.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { useDeferredQuery } from "../../state/use-deferred-query.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import { TotalsSection } from "../publish/totals-section.tsx";
import { StoryList } from "../story/story-list.tsx";
import { ActiveFilterChips } from "./active-filter-chips.tsx";
import { FacetList, type FacetOption } from "./facet-list.tsx";
import { FILTERS_MESSAGES } from "./filters-messages.ts";
import { OutcomeFilters } from "./outcome-filters.tsx";
import { SearchBox } from "./search-box.tsx";
import "./filters.css";
import "./analyst-filters.css";

const NO_COUNTS = new Uint32Array(0);

/**
 * Operating forces or targets, most matches first (ties keep the dataset-wide frequency order,
 * which is the order of `names`). Counts exclude the facet's own selection, so checking a value
 * never reorders its list. Selected names missing from the dataset are listed with 0.
 */
function nameOptions(facet: NameFacet | undefined, counts: Uint32Array, selected: readonly string[]): FacetOption[] {
  const options: FacetOption[] = (facet?.names ?? []).map((name, id) => ({
    value: name,
    label: name,
    count: counts[id] ?? 0,
  }));
  options.sort((a, b) => b.count - a.count);
  for (const name of selected) if (!facet?.idByName.has(name)) options.push({ value: name, label: name, count: 0 });
  return options;
}

/** The left sidebar: search, facets with live counts, scope toggles and the active filter chips. */
export function FiltersPanel() {
  const t = useMessages(FILTERS_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const lang = useLanguage();
  const { index, query } = useDeferredQuery();
  // The facets' own choices only: a brush step changes the dates alone and leaves this panel be
  // until its counts follow (deferred).
  const filters = useAppStore(
    useShallow((s) => ({
      regions: s.filters.regions,
      types: s.filters.types,
      forceGroups: s.filters.forceGroups,
      actors: s.filters.actors,
      targets: s.filters.targets,
      exclude: s.filters.exclude,
      onlyInView: s.filters.onlyInView,
    })),
  );
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const exclude = useAppStore((s) => s.toggleExcluded);
  const setFilters = useAppStore((s) => s.setFilters);
  const headingId = useId();
  const viewHintId = useId();
  const counts = query?.counts;

  // Governorates in a fixed order (south to north, as GOVERNORATES lists them): places stay put
  // while counts change, so the list can be scanned from memory.
  // Events placed only in an area spanning governorates get a line of their own, after them,
  // when the dataset has any: they are never counted as the governorate their point falls in.
  const hasAreaEvents = (index?.totals.regions[REGION_AREA] ?? 0) > 0 || filters.regions.includes(REGION_LEVEL);
  const regionOptions = useMemo<FacetOption[]>(() => {
    const options: FacetOption[] = GOVERNORATES.map((g, i) => ({
      value: g.code,
      label: lang === "ar" ? g.nameAr : g.name,
      secondary: lang === "ar" ? { text: g.name, lang: "en" } : { text: g.nameAr, lang: "ar" },
      count: counts?.regions[i + 1] ?? 0,
    }));
    if (hasAreaEvents)
      options.push({ value: REGION_LEVEL, label: t.regionLevel, count: counts?.regions[REGION_AREA] ?? 0 });
    return options;
  }, [counts, lang, hasAreaEvents, t]);

  // Shown when the dataset states who acted for any event (imported files often do not).
  const hasForceGroups = (index?.totals.forces.some((n) => n > 0) ?? false) || filters.forceGroups.length > 0;
  const forceOptions = useMemo<FacetOption[]>(
    () =>
      FORCE_GROUPS.map((group, i) => ({
        value: group,
        label: FORCE_GROUP_NAMES[group][lang],
        count: counts?.forces[i] ?? 0,
      })),
    [counts, lang],
  );

  const typeOptions = useMemo<FacetOption[]>(
    () =>
      EVENT_TYPES.map((type, i) => ({
        value: type,
        label: typeNames[type],
        mark: <TypeSymbol type={type} size={14} />,
        count: counts?.types[i] ?? 0,
      })),
    [counts, typeNames],
  );

  const actorOptions = useMemo(
    () => nameOptions(index?.actors, counts?.actors ?? NO_COUNTS, filters.actors),
    [index, counts, filters.actors],
  );
  const targetOptions = useMemo(
    () => nameOptions(index?.targets, counts?.targets ?? NO_COUNTS, filters.targets),
    [index, counts, filters.targets],
  );

  const noGovernorate = counts?.regions[0] ?? 0;

  return (
    <aside className="filters-panel" aria-labelledby={headingId}>
      <header className="filters-header">
        <h2 id={headingId} className="filters-heading">
          {t.heading}
        </h2>
        <ActiveFilterChips className="in-panel" />
      </header>

      <TotalsSection />

      <StoryList />

      <SearchBox />

      <FacetList
        legend={t.regions}
        hint={t.regionsHint}
        options={regionOptions}
        selected={filters.regions}
        onToggle={(key) => toggle("regions", key as RegionKey)}
        excluded={filters.exclude.regions}
        onExclude={(key) => exclude("regions", key as RegionKey)}
        collapseAbove={Number.POSITIVE_INFINITY}
      >
        {noGovernorate > 0 && (
          <p className="facet-info" title={t.noGovernorateHint}>
            <span>{t.noGovernorate}</span>
            <span className="facet-count">
              {formatNumber(noGovernorate, lang)} <span className="visually-hidden">{t.events(noGovernorate)}</span>
            </span>
          </p>
        )}
      </FacetList>

      <FacetList
        legend={t.types}
        options={typeOptions}
        selected={filters.types}
        onToggle={(type) => toggle("types", type as EventType)}
        excluded={filters.exclude.types}
        onExclude={(type) => exclude("types", type as EventType)}
      />

      {hasForceGroups && (
        <FacetList
          legend={t.forceGroups}
          options={forceOptions}
          selected={filters.forceGroups}
          onToggle={(group) => toggle("forceGroups", group as ForceGroup)}
        />
      )}

      <FacetList
        legend={t.actors}
        options={actorOptions}
        selected={filters.actors}
        onToggle={(name) => toggle("actors", name)}
        excluded={filters.exclude.actors}
        onExclude={(name) => exclude("actors", name)}
      />

      <FacetList
        legend={t.targets}
        options={targetOptions}
        selected={filters.targets}
        onToggle={(name) => toggle("targets", name)}
        excluded={filters.exclude.targets}
        onExclude={(name) => exclude("targets", name)}
      />

      <OutcomeFilters />

      <fieldset className="facet facet-scope">
        <legend className="facet-legend">{t.scope}</legend>
        <label className="scope-option">
          <input
            type="checkbox"
            checked={filters.onlyInView}
            aria-describedby={viewHintId}
            onChange={(e) => setFilters({ onlyInView: e.target.checked })}
          />{" "}
          <span className="facet-label">{t.onlyInView}</span>
        </label>
        <p className="scope-hint" id={viewHintId}>
          {t.onlyInViewHint}
        </p>
      </fieldset>
    </aside>
  );
}
