import type { RegionKey } from "./areas.ts";
import type { EventType } from "./event.ts";
import type { ForceGroup } from "./force-groups.ts";
import type { OutcomeFilter } from "./outcome-filter.ts";

/** [south, west, north, east] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** Facet values a person has struck out: an event holding any of them is dropped. */
export interface ExcludedValues {
  regions: readonly RegionKey[];
  types: readonly EventType[];
  actors: readonly string[];
  targets: readonly string[];
}

export const NO_EXCLUSIONS: ExcludedValues = { regions: [], types: [], actors: [], targets: [] };

/** Everything a person can narrow the events by. Empty lists mean "no restriction". */
export interface Filters {
  /** Inclusive day numbers; null means open-ended. */
  from: number | null;
  to: number | null;
  /** Governorates, and REGION_LEVEL for events placed in an area spanning governorates. */
  regions: readonly RegionKey[];
  types: readonly EventType[];
  forceGroups: readonly ForceGroup[];
  actors: readonly string[];
  targets: readonly string[];
  /** Values excluded from each facet; a value is never both chosen and excluded. */
  exclude: ExcludedValues;
  /** Reported arrested / killed / wounded counts an event must have. */
  outcomes: OutcomeFilter;
  text: string;
  /**
   * Undated events: true includes them, false leaves them out, null follows the date range
   * (shown with no range; a range means dated events in that range, so they are left out).
   */
  includeUndated: boolean | null;
  /** Restrict to the visible map area (the bounds come from the map, not the URL). */
  onlyInView: boolean;
}

export const NO_FILTERS: Filters = {
  from: null,
  to: null,
  regions: [],
  types: [],
  forceGroups: [],
  actors: [],
  targets: [],
  exclude: NO_EXCLUSIONS,
  outcomes: { atLeast: {} },
  text: "",
  includeUndated: null,
  onlyInView: false,
};

export function hasDateRange(filters: Filters): boolean {
  return filters.from !== null || filters.to !== null;
}

/** Whether undated events are among the matches under these filters. */
export function undatedIncluded(filters: Pick<Filters, "from" | "to" | "includeUndated">): boolean {
  return filters.includeUndated ?? (filters.from === null && filters.to === null);
}

export function hasExclusions(exclude: ExcludedValues): boolean {
  return exclude.regions.length + exclude.types.length + exclude.actors.length + exclude.targets.length > 0;
}
