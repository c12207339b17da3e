import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { distanceToRingsKm, pointInPolygon, type Ring } from "./geo-math.ts";
import { type GovernorateCode, isGovernorateCode } from "./governorates.ts";

/**
 * Places within this distance of Syria's outline but outside every shape still belong to the
 * nearest governorate: Natural Earth's 1:10m borders leave border towns (Tall Abyad, Kassab)
 * and Arwad island just outside.
 */
export const BORDER_TOLERANCE_KM = 12;

export type GovernorateGeometry = Polygon | MultiPolygon;
export interface GovernorateProperties {
  code: string;
  name: string;
  nameAr: string;
  labelLat: number;
  labelLon: number;
}
export type GovernorateFeature = Feature<GovernorateGeometry, GovernorateProperties>;
export type GovernorateCollection = FeatureCollection<GovernorateGeometry, GovernorateFeature["properties"]>;

interface IndexedShape {
  code: GovernorateCode;
  polygons: Ring[][];
  bbox: [number, number, number, number];
}

export interface RegionLocation {
  code: GovernorateCode;
  /** 0 when the point is inside the shape; otherwise how far outside it lies. */
  distanceKm: number;
}

export interface RegionLocator {
  /** The governorate holding the point, the nearest one within the border tolerance, or null (outside Syria). */
  locate(lat: number, lon: number): RegionLocation | null;
}

function polygonsOf(geometry: GovernorateGeometry): Ring[][] {
  const raw = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return raw.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [lon ?? 0, lat ?? 0] as const)));
}

function bboxOf(polygons: Ring[][]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [west, south, east, north];
}

/** Builds a point-in-governorate locator once from the bundled shapes. */
export function createRegionLocator(collection: GovernorateCollection): RegionLocator {
  const shapes: IndexedShape[] = [];
  for (const feature of collection.features) {
    const code = feature.properties.code;
    if (!isGovernorateCode(code)) continue;
    const polygons = polygonsOf(feature.geometry);
    shapes.push({ code, polygons, bbox: bboxOf(polygons) });
  }
  return {
    locate(lat, lon) {
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
      for (const shape of shapes) {
        const [west, south, east, north] = shape.bbox;
        if (lon < west || lon > east || lat < south || lat > north) continue;
        if (shape.polygons.some((rings) => pointInPolygon(lon, lat, rings))) return { code: shape.code, distanceKm: 0 };
      }
      let nearest: RegionLocation | null = null;
      for (const shape of shapes) {
        for (const rings of shape.polygons) {
          const distance = distanceToRingsKm(lon, lat, rings);
          if (distance <= BORDER_TOLERANCE_KM && (!nearest || distance < nearest.distanceKm))
            nearest = { code: shape.code, distanceKm: distance };
        }
      }
      return nearest;
    },
  };
}
