import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { distanceToRingsKm, type LonLat, pointInPolygon, type Ring } from "./geo-math.ts";
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

/** Exact answers kept per locator (a few MB at most); past that they are forgotten and kept anew. */
const MAX_EXACT_ANSWERS = 1 << 16;
/** Raster cell size in degrees (~1 km): interior cells answer at once, border cells test exactly. */
const CELL_DEGREES = 0.01;
const OUTSIDE = 0;
const BORDER = 255;

/** The governorates drawn on a grid of ~1 km cells: made once, and handed to other threads as is. */
export interface GovernorateRaster {
  west: number;
  south: number;
  cols: number;
  rows: number;
  /** 0 outside every shape, 255 on a border (test exactly), else the shape's index + 1. */
  cells: Uint8Array;
}

/**
 * Rasterises the shapes once by scanline (every edge crossed with every row), then marks the
 * cells that any edge passes through as borders. Loading a million events then costs one array
 * read per point instead of a polygon test.
 */
function rasterize(shapes: readonly IndexedShape[]): GovernorateRaster {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const shape of shapes) {
    west = Math.min(west, shape.bbox[0]);
    south = Math.min(south, shape.bbox[1]);
    east = Math.max(east, shape.bbox[2]);
    north = Math.max(north, shape.bbox[3]);
  }
  west -= CELL_DEGREES;
  south -= CELL_DEGREES;
  const cols = Math.ceil((east - west) / CELL_DEGREES) + 2;
  const rows = Math.ceil((north - south) / CELL_DEGREES) + 2;
  const cells = new Uint8Array(cols * rows);
  shapes.forEach((shape, s) => {
    const value = s + 1;
    const firstRow = Math.max(0, Math.floor((shape.bbox[1] - south) / CELL_DEGREES));
    const lastRow = Math.min(rows - 1, Math.ceil((shape.bbox[3] - south) / CELL_DEGREES));
    const crossings: number[] = [];
    for (let row = firstRow; row <= lastRow; row++) {
      const y = south + (row + 0.5) * CELL_DEGREES;
      for (const rings of shape.polygons) {
        crossings.length = 0;
        for (const ring of rings) {
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i] as LonLat;
            const [xj, yj] = ring[j] as LonLat;
            if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
          }
        }
        crossings.sort((a, b) => a - b);
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          const from = Math.ceil(((crossings[k] as number) - west) / CELL_DEGREES - 0.5);
          const to = Math.floor(((crossings[k + 1] as number) - west) / CELL_DEGREES - 0.5);
          for (let col = Math.max(0, from); col <= Math.min(cols - 1, to); col++) cells[row * cols + col] = value;
        }
      }
    }
  });
  for (const shape of shapes) {
    for (const rings of shape.polygons) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1] as LonLat;
          const [bx, by] = ring[i] as LonLat;
          const steps = Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / (CELL_DEGREES / 3)) + 1;
          for (let k = 0; k <= steps; k++) {
            const x = ax + ((bx - ax) * k) / steps;
            const y = ay + ((by - ay) * k) / steps;
            const col = Math.floor((x - west) / CELL_DEGREES);
            const row = Math.floor((y - south) / CELL_DEGREES);
            // Mark the neighbours too: a point near an edge may sit in the next cell.
            for (let dr = -1; dr <= 1; dr++)
              for (let dc = -1; dc <= 1; dc++) {
                const r = row + dr;
                const c = col + dc;
                if (r >= 0 && r < rows && c >= 0 && c < cols) cells[r * cols + c] = BORDER;
              }
          }
        }
      }
    }
  }
  return { west, south, cols, rows, cells };
}

function shapesOf(collection: GovernorateCollection): IndexedShape[] {
  const shapes: IndexedShape[] = [];
  for (const feature of collection.features) {
    const code = feature.properties.code;
    if (!isGovernorateCode(code)) continue;
    const polygons = polygonsOf(feature.geometry);
    shapes.push({ code, polygons, bbox: bboxOf(polygons) });
  }
  return shapes;
}

/** The raster a locator of these shapes uses, made now (a thread preparing for a load, while it is idle). */
export function rasterizeGovernorates(collection: GovernorateCollection): GovernorateRaster {
  return rasterize(shapesOf(collection));
}

/**
 * Builds a point-in-governorate locator once from the bundled shapes. Its raster is `raster`
 * when one was made from the same shapes (by another thread), else made on the first call.
 */
export function createRegionLocator(
  collection: GovernorateCollection,
  { raster: made }: { raster?: GovernorateRaster | undefined } = {},
): RegionLocator {
  const shapes = shapesOf(collection);
  let raster: GovernorateRaster | null = made ?? null;

  function exactLocate(lat: number, lon: number): RegionLocation | null {
    for (const shape of shapes) {
      const [west, south, east, north] = shape.bbox;
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (shape.polygons.some((rings) => pointInPolygon(lon, lat, rings))) return { code: shape.code, distanceKm: 0 };
    }
    return nearestWithinTolerance(lat, lon);
  }

  function nearestWithinTolerance(lat: number, lon: number): RegionLocation | null {
    const margin = BORDER_TOLERANCE_KM / 80; // degrees, generous at Syria's latitudes
    let nearest: RegionLocation | null = null;
    for (const shape of shapes) {
      const [west, south, east, north] = shape.bbox;
      if (lon < west - margin || lon > east + margin || lat < south - margin || lat > north + margin) continue;
      for (const rings of shape.polygons) {
        const distance = distanceToRingsKm(lon, lat, rings);
        if (distance <= BORDER_TOLERANCE_KM && (!nearest || distance < nearest.distanceKm))
          nearest = { code: shape.code, distanceKm: distance };
      }
    }
    return nearest;
  }

  /**
   * Answers that took an exact test (border cells, points outside), by latitude then longitude:
   * files name the same places again and again, and a town on a border costs polygon tests.
   */
  const exactAnswers = new Map<number, Map<number, RegionLocation | null>>();
  let exactAnswerCount = 0;

  function remembered(lat: number, lon: number, test: typeof exactLocate): RegionLocation | null {
    let byLon = exactAnswers.get(lat);
    const known = byLon?.get(lon);
    if (known !== undefined) return known;
    const found = test(lat, lon);
    if (exactAnswerCount >= MAX_EXACT_ANSWERS) {
      exactAnswers.clear();
      exactAnswerCount = 0;
      byLon = undefined;
    }
    if (!byLon) {
      byLon = new Map();
      exactAnswers.set(lat, byLon);
    }
    byLon.set(lon, found);
    exactAnswerCount++;
    return found;
  }

  return {
    locate(lat, lon) {
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
      raster ??= rasterize(shapes);
      const col = Math.floor((lon - raster.west) / CELL_DEGREES);
      const row = Math.floor((lat - raster.south) / CELL_DEGREES);
      if (col < 0 || row < 0 || col >= raster.cols || row >= raster.rows)
        return remembered(lat, lon, nearestWithinTolerance);
      const cell = raster.cells[row * raster.cols + col] as number;
      if (cell === BORDER) return remembered(lat, lon, exactLocate);
      if (cell === OUTSIDE) return remembered(lat, lon, nearestWithinTolerance);
      return { code: (shapes[cell - 1] as IndexedShape).code, distanceKm: 0 };
    },
  };
}
