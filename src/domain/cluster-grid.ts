import { EVENT_TYPES } from "./event.ts";
import type { EventIndex } from "./event-index.ts";
import { latOf, lonOf, worldSize } from "./web-mercator.ts";

/**
 * Screen-grid aggregation: the matching events inside the view are binned into square cells of
 * `cellPixels` at the current zoom. A cell with one event becomes that event's marker; a fuller
 * cell becomes a count bubble. Cells are anchored to the world pixel grid, so panning never
 * reshuffles them, and the work is one pass over the matches with typed arrays, whatever the
 * dataset size: the number of drawn items is bounded by the number of cells on screen.
 *
 * Bubbles sit at their members' mean, so two neighbouring cells can draw overlapping bubbles
 * (one hiding the other from the pointer). Given the drawn size of each item, cells whose
 * items would overlap are merged until none do.
 */

const MAX_CELLS = 4_000_000;

export interface GridOptions {
  zoom: number;
  /** Visible area in world units [0, 1): [minX, minY, maxX, maxY]. */
  view: readonly [number, number, number, number];
  /** Cell size in screen pixels. */
  cellPixels: number;
  /**
   * Drawn radius in pixels of an item holding this many events (1 = a single marker). When
   * given, items are merged until no two drawn items overlap.
   */
  radiusOf?: (count: number) => number;
  /** Space kept between drawn items, in pixels. */
  gapPixels?: number;
}

export interface EventItem {
  kind: "event";
  key: string;
  position: number;
  lat: number;
  lon: number;
}

export interface ClusterItem {
  kind: "cluster";
  /** Names the grid cells it holds: `c:<zoom>:<cx>,<cy>;<cx>,<cy>…`. */
  key: string;
  count: number;
  /** Mean position of the members. */
  lat: number;
  lon: number;
  /** Members per type, indexed like EVENT_TYPES. */
  typeCounts: Uint32Array;
  /** Extent of the members in world units: [minX, minY, maxX, maxY]. */
  extent: [number, number, number, number];
  /** True when every member sits on the same point: zooming cannot separate them. */
  samePoint: boolean;
}

export type MapItem = EventItem | ClusterItem;

/** Positions of the matches inside one cluster's cells, for a list of its members. */
export function clusterMembers(index: EventIndex, positions: Uint32Array, key: string, options: GridOptions): number[] {
  const [, zoomText, cellsText = ""] = key.split(":");
  const cells = new Set(cellsText.split(";"));
  const scale = worldSize(Number(zoomText)) / options.cellPixels;
  const members: number[] = [];
  for (const p of positions) {
    const x = index.worldX[p] as number;
    const y = index.worldY[p] as number;
    if (Number.isNaN(x)) continue;
    if (cells.has(`${Math.floor(x * scale)},${Math.floor(y * scale)}`)) members.push(p);
  }
  return members;
}

/** The occupied cells of the grid, as parallel columns. */
interface Cells {
  count: Uint32Array;
  first: Int32Array;
  sumX: Float64Array;
  sumY: Float64Array;
  extent: Float64Array;
  samePoint: Uint8Array;
  typeCounts: Uint32Array;
  /** Grid coordinates of each cell. */
  cx: Int32Array;
  cy: Int32Array;
}

export function clusterOnGrid(index: EventIndex, positions: Uint32Array, options: GridOptions): MapItem[] {
  const cells = binOnGrid(index, positions, options);
  const groups = options.radiusOf
    ? mergeOverlapping(cells, worldSize(options.zoom), options.radiusOf, options.gapPixels ?? 2)
    : Array.from({ length: cells.count.length }, (_, c) => [c]);
  return groups.map((group) => itemOf(index, cells, group, options.zoom));
}

function binOnGrid(index: EventIndex, positions: Uint32Array, options: GridOptions): Cells {
  const { zoom, cellPixels } = options;
  const scale = worldSize(zoom) / cellPixels;
  const [minX, minY, maxX, maxY] = options.view;
  const cx0 = Math.floor(minX * scale);
  const cy0 = Math.floor(minY * scale);
  const cols = Math.max(1, Math.floor(maxX * scale) - cx0 + 1);
  const rows = Math.max(1, Math.floor(maxY * scale) - cy0 + 1);
  const gridSize = cols * rows;
  // The view is the screen, so this only trips on a caller passing a world-sized view at high zoom.
  if (!Number.isFinite(gridSize) || gridSize > MAX_CELLS)
    throw new RangeError(`view spans ${gridSize} cells; at most ${MAX_CELLS}`);

  // Grid cell -> occupied cell number + 1 (0 = empty), so the columns hold occupied cells only.
  // The columns are read into locals: the first call after a large dataset opens runs over every
  // event before the JIT has optimised this loop, and unoptimised code pays for each property read.
  const slot = new Uint32Array(gridSize);
  const types = EVENT_TYPES.length;
  const { worldX, worldY, type } = index;
  const n = positions.length;
  // World units are never negative, so truncating is flooring.
  const cellAt = (x: number, y: number) => (((y * scale) | 0) - cy0) * cols + (((x * scale) | 0) - cx0);
  let occupied = 0;
  for (let i = 0; i < n; i++) {
    const p = positions[i] as number;
    const x = worldX[p] as number;
    const y = worldY[p] as number;
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) continue; // also skips NaN: unlocated
    const g = cellAt(x, y);
    if (slot[g] === 0) slot[g] = ++occupied;
  }
  const cells: Cells = {
    count: new Uint32Array(occupied),
    first: new Int32Array(occupied),
    sumX: new Float64Array(occupied),
    sumY: new Float64Array(occupied),
    extent: new Float64Array(occupied * 4),
    samePoint: new Uint8Array(occupied),
    typeCounts: new Uint32Array(occupied * types),
    cx: new Int32Array(occupied),
    cy: new Int32Array(occupied),
  };
  const { count, first, sumX, sumY, extent, samePoint, typeCounts, cx, cy } = cells;
  for (let i = 0; i < n; i++) {
    const p = positions[i] as number;
    const x = worldX[p] as number;
    const y = worldY[p] as number;
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) continue;
    const g = cellAt(x, y);
    const cell = (slot[g] as number) - 1;
    const c = count[cell] as number;
    const e = cell * 4;
    if (c === 0) {
      first[cell] = p;
      samePoint[cell] = 1;
      extent[e] = x;
      extent[e + 1] = y;
      extent[e + 2] = x;
      extent[e + 3] = y;
      cx[cell] = cx0 + (g % cols);
      cy[cell] = cy0 + Math.floor(g / cols);
    } else {
      const firstPosition = first[cell] as number;
      if (x !== worldX[firstPosition] || y !== worldY[firstPosition]) samePoint[cell] = 0;
      if (x < (extent[e] as number)) extent[e] = x;
      if (y < (extent[e + 1] as number)) extent[e + 1] = y;
      if (x > (extent[e + 2] as number)) extent[e + 2] = x;
      if (y > (extent[e + 3] as number)) extent[e + 3] = y;
    }
    count[cell] = c + 1;
    sumX[cell] = (sumX[cell] as number) + x;
    sumY[cell] = (sumY[cell] as number) + y;
    const t = cell * types + (type[p] as number);
    typeCounts[t] = (typeCounts[t] as number) + 1;
  }
  return cells;
}

/**
 * Groups cells so that no two groups' drawn circles (at their members' mean, of radiusOf(count))
 * come closer than the gap: overlapping groups are merged and the check repeats, since a merged
 * group moves and grows. Each round is one pass over a hash of the groups by screen position;
 * there are at most as many rounds as merges.
 */
function mergeOverlapping(
  cells: Cells,
  pixelsPerUnit: number,
  radiusOf: (count: number) => number,
  gap: number,
): number[][] {
  let groups: number[][] = Array.from({ length: cells.count.length }, (_, c) => [c]);
  for (;;) {
    const x = new Float64Array(groups.length);
    const y = new Float64Array(groups.length);
    const r = new Float64Array(groups.length);
    let maxRadius = 0;
    groups.forEach((group, g) => {
      let n = 0;
      let sx = 0;
      let sy = 0;
      for (const c of group) {
        n += cells.count[c] as number;
        sx += cells.sumX[c] as number;
        sy += cells.sumY[c] as number;
      }
      x[g] = (sx / n) * pixelsPerUnit;
      y[g] = (sy / n) * pixelsPerUnit;
      r[g] = radiusOf(n);
      if ((r[g] as number) > maxRadius) maxRadius = r[g] as number;
    });
    // Buckets as wide as the largest possible reach: overlapping circles are in neighbouring buckets.
    const bucket = 2 * maxRadius + gap;
    const buckets = new Map<string, number[]>();
    for (let g = 0; g < groups.length; g++) {
      const k = `${Math.floor((x[g] as number) / bucket)},${Math.floor((y[g] as number) / bucket)}`;
      const list = buckets.get(k);
      if (list) list.push(g);
      else buckets.set(k, [g]);
    }
    const parent = Array.from({ length: groups.length }, (_, g) => g);
    const root = (g: number): number => {
      while (parent[g] !== g) g = parent[g] = parent[parent[g] as number] as number;
      return g;
    };
    let merged = false;
    for (let g = 0; g < groups.length; g++) {
      const bx = Math.floor((x[g] as number) / bucket);
      const by = Math.floor((y[g] as number) / bucket);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const h of buckets.get(`${bx + dx},${by + dy}`) ?? []) {
            if (h <= g) continue;
            const reach = (r[g] as number) + (r[h] as number) + gap;
            const ddx = (x[g] as number) - (x[h] as number);
            const ddy = (y[g] as number) - (y[h] as number);
            if (ddx * ddx + ddy * ddy < reach * reach && root(g) !== root(h)) {
              parent[root(h)] = root(g);
              merged = true;
            }
          }
    }
    if (!merged) return groups;
    const byRoot = new Map<number, number[]>();
    groups.forEach((group, g) => {
      const k = root(g);
      const list = byRoot.get(k);
      if (list) list.push(...group);
      else byRoot.set(k, [...group]);
    });
    groups = [...byRoot.values()];
  }
}

function itemOf(index: EventIndex, cells: Cells, group: number[], zoom: number): MapItem {
  const types = EVENT_TYPES.length;
  let n = 0;
  let sx = 0;
  let sy = 0;
  const extent: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const typeCounts = new Uint32Array(types);
  const firstOf = cells.first[group[0] as number] as number;
  let samePoint = true;
  for (const c of group) {
    n += cells.count[c] as number;
    sx += cells.sumX[c] as number;
    sy += cells.sumY[c] as number;
    const e = c * 4;
    extent[0] = Math.min(extent[0], cells.extent[e] as number);
    extent[1] = Math.min(extent[1], cells.extent[e + 1] as number);
    extent[2] = Math.max(extent[2], cells.extent[e + 2] as number);
    extent[3] = Math.max(extent[3], cells.extent[e + 3] as number);
    for (let t = 0; t < types; t++)
      typeCounts[t] = (typeCounts[t] as number) + (cells.typeCounts[c * types + t] as number);
    const p = cells.first[c] as number;
    if (!cells.samePoint[c] || index.worldX[p] !== index.worldX[firstOf] || index.worldY[p] !== index.worldY[firstOf])
      samePoint = false;
  }
  if (n === 1) {
    return {
      kind: "event",
      key: `e:${firstOf}`,
      position: firstOf,
      lat: index.lat[firstOf] as number,
      lon: index.lon[firstOf] as number,
    };
  }
  const cellNames = group
    .map((c) => [cells.cx[c] as number, cells.cy[c] as number] as const)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .map(([cx, cy]) => `${cx},${cy}`);
  return {
    kind: "cluster",
    key: `c:${zoom}:${cellNames.join(";")}`,
    count: n,
    lat: latOf(sy / n),
    lon: lonOf(sx / n),
    typeCounts,
    extent,
    samePoint,
  };
}
