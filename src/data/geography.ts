import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GovernorateCollection } from "../domain/region-locator.ts";

export interface NeighbourProperties {
  name: string;
  nameAr: string;
  isSyria: boolean;
}
export type NeighbourCollection = FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;

/** The bundled vector geography, drawn whether or not any tile server answers. */
export interface Geography {
  governorates: GovernorateCollection;
  neighbours: NeighbourCollection;
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
  const [governorates, neighbours] = await Promise.all([
    fetchCollection(`${baseUrl}geo/governorates.json`, fetchImpl),
    fetchCollection(`${baseUrl}geo/neighbours.json`, fetchImpl),
  ]);
  return {
    governorates: governorates as GovernorateCollection,
    neighbours: neighbours as NeighbourCollection,
  };
}
