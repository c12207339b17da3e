import type { GovernorateCode } from "./governorates.ts";

/**
 * Areas that span governorates: where a report places an event only in "the Badia" or "the
 * north-west", the event belongs to that area and to no single governorate (format v1
 * `location.area`). Its point is representative, never counted as one governorate's event.
 */
export const AREA_CODES = ["central-syria", "badia", "north-west", "north-east", "south", "coast"] as const;
export type AreaCode = (typeof AREA_CODES)[number];

export const AREA_NAMES: Readonly<Record<AreaCode, { en: string; ar: string }>> = {
  "central-syria": { en: "Central Syria", ar: "وسط سوريا" },
  badia: { en: "The Badia (Syrian desert)", ar: "البادية السورية" },
  "north-west": { en: "North-west Syria", ar: "شمال غرب سوريا" },
  "north-east": { en: "North-east Syria", ar: "شمال شرق سوريا" },
  south: { en: "Southern Syria", ar: "جنوب سوريا" },
  coast: { en: "The Syrian coast", ar: "الساحل السوري" },
};

/** The region filter's value for events placed in an area, not in one governorate (`region=area` in links). */
export const REGION_LEVEL = "area";
export type RegionKey = GovernorateCode | typeof REGION_LEVEL;
