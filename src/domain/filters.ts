import type { RegionKey } from "./areas.ts";
import type { EventType } from "./event.ts";
import type { ForceGroup } from "./force-groups.ts";

/** [south, west, north, east] in degrees. */
export type Bounds = readonly [number, number, number, number];

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
  text: string;
  includeUndated: boolean;
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
  text: "",
  includeUndated: true,
  onlyInView: false,
};

export function hasDateRange(filters: Filters): boolean {
  return filters.from !== null || filters.to !== null;
}
