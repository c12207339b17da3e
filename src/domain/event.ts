import type { AreaCode } from "./areas.ts";
import type { ForceGroup } from "./force-groups.ts";
import type { GovernorateCode } from "./governorates.ts";
import type { Narrative } from "./narrative.ts";

/** An event id: 1-120 URL-safe characters (letters, digits, . _ ~ -), starting with a letter or digit. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,119}$/;

/** The fixed vocabulary of operation types (dataset format v1). */
export const EVENT_TYPES = [
  "raid",
  "arrest",
  "cell-dismantled",
  "strike",
  "clash",
  "seizure",
  "foiled-plot",
  "campaign",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  raid: "Raid",
  arrest: "Arrest",
  "cell-dismantled": "Cell dismantled",
  strike: "Strike",
  clash: "Clash",
  seizure: "Seizure",
  "foiled-plot": "Foiled plot",
  campaign: "Campaign / aggregate",
  other: "Other",
};

export const DATE_PRECISIONS = ["day", "month", "year", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How precisely the coordinates stand for the reported place, finest first. */
export const LOCATION_PRECISIONS = ["exact", "town", "district", "governorate", "region"] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** Precisions at which the point stands for an area, not a place: the legend's "district, governorate or region". */
const APPROXIMATE_PRECISIONS: ReadonlySet<LocationPrecision> = new Set(["district", "governorate", "region"]);

/**
 * The one rule for an approximate location: drawn hollow on the map, in the list and in the
 * panel, and marked "approx." in the list.
 */
export function isApproximateLocation(location: { precision: LocationPrecision } | null | undefined): boolean {
  return location ? APPROXIMATE_PRECISIONS.has(location.precision) : false;
}

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export interface EventLocation {
  name: string;
  nameAr?: string | undefined;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  /** ISO 3166-2:SY code; the loader fills it from the coordinates when the file omits it (never for an area). */
  admin1?: GovernorateCode | undefined;
  /** Set when the report places the event only in an area spanning governorates: it belongs to none. */
  area?: AreaCode | undefined;
  /** Where the coordinates came from (gazetteer and identifier), for provenance. */
  coordinateSource?: string | undefined;
}

/** Counts as reported; an absent or null count means "not reported", never zero. */
export interface EventOutcome {
  arrested?: number | null | undefined;
  killed?: number | null | undefined;
  wounded?: number | null | undefined;
  seized?: string[] | undefined;
  notes?: string | undefined;
}

export interface EventSource {
  name: string;
  url: string;
  /** ISO date the source was published, when known. */
  published?: string | undefined;
}

export interface EventConfidence {
  level: ConfidenceLevel;
  reason: string;
}

/** One record of a dataset file in format v1, as validated. */
export interface EventRecord {
  id: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when no report gives a date. */
  date: string | null;
  datePrecision?: DatePrecision | undefined;
  endDate?: string | undefined;
  title: string;
  titleAr?: string | undefined;
  summary: string;
  summaryAr?: string | undefined;
  type: EventType;
  actors: string[];
  /** Who acted, in the groups of FORCE_GROUPS; absent when the file does not say. */
  forceGroups?: ForceGroup[] | undefined;
  targets: string[];
  /** null when no report places the event anywhere more precise than "Syria". */
  location: EventLocation | null;
  outcome: EventOutcome;
  sources: EventSource[];
  confidence?: EventConfidence | undefined;
  tags?: string[] | undefined;
  /** Set on generated test and benchmark data; never on the shipped dataset. */
  synthetic?: boolean | undefined;
}

/** A record after loading: dates resolved to day numbers, precision and region settled. */
export interface SecurityEvent extends EventRecord {
  datePrecision: DatePrecision;
  /** Days since 1970-01-01 (UTC) of the first day the date covers; null when undated. */
  startDay: number | null;
  /** Last day covered (inclusive): the end date, or the end of the month or year for coarse dates. */
  endDay: number | null;
  /** Governorate from the file or the coordinates; null when unlocated or outside every governorate. */
  admin1: GovernorateCode | null;
}

export interface DatasetMetadata {
  title: string;
  description?: string | undefined;
  license?: string | undefined;
  updated?: string | undefined;
  sources?: string[] | undefined;
  /** Stories through the dataset's events (see narrative.ts). */
  narratives?: Narrative[] | undefined;
}
