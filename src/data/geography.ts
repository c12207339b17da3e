import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { GovernorateCollection } from "../domain/region-locator.ts";

export interface NeighbourProperties {
  name: string;
  nameAr: string;
  isSyria: boolean;
}
export type NeighbourCollection = FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;

export type PlaceRank = 1 | 2 | 3 | 4;

export interface PlaceProperties {
  name: string;
  nameAr: string;
  /** 1: the largest cities, labelled at every zoom; 2: other cities; 3: towns; 4: suburbs (see map-labels). */
  rank: PlaceRank;
}
export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;

/** The bundled vector geography, drawn whether or not any tile server answers. */
export interface Geography {
  governorates: GovernorateCollection;
  neighbours: NeighbourCollection;
  places: PlaceCollection;
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "FeatureCollection" &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

async function fetchCollection(url: string, fetchImpl: typeof fetch): Promise<FeatureCollection> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data: unknown = await response.json();
  if (!isFeatureCollection(data)) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
  return data;
}

export async function fetchGeography(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Geography> {
  const [governorates, neighbours, places] = await Promise.all([
    fetchCollection(`${baseUrl}geo/governorates.json`, fetchImpl),
    fetchCollection(`${baseUrl}geo/neighbours.json`, fetchImpl),
    fetchCollection(`${baseUrl}geo/places.json`, fetchImpl),
  ]);
  return {
    governorates: governorates as GovernorateCollection,
    neighbours: neighbours as NeighbourCollection,
    places: places as PlaceCollection,
  };
}
