import { EVENT_TYPES } from "./event.ts";
import type { EventIndex } from "./event-index.ts";
import { latOf, lonOf, worldSize } from "./web-mercator.ts";

/**
 * Screen-grid aggregation: the matching events inside the view are binned into square cells of
 * `cellPixels` at the current zoom. A cell with one event becomes that event's marker; a fuller
 * cell becomes a count bubble. Cells are anchored to the world pixel grid, so panning never
 * reshuffles them, and the work is one pass over the matches with typed arrays, whatever the
 * dataset size: the number of drawn items is bounded by the number of cells on screen.
 */

const MAX_CELLS = 4_000_000;

export interface GridOptions {
  zoom: number;
  /** Visible area in world units [0, 1): [minX, minY, maxX, maxY]. */
  view: readonly [number, number, number, number];
  /** Cell size in screen pixels. */
  cellPixels: number;
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

/** Positions of the matches inside one cluster's cell, for a list of its members. */
export function clusterMembers(index: EventIndex, positions: Uint32Array, key: string, options: GridOptions): number[] {
  const [, zoomText, cx, cy] = key.split(":");
  const scale = worldSize(Number(zoomText)) / options.cellPixels;
  const members: number[] = [];
  for (const p of positions) {
    const x = index.worldX[p] as number;
    const y = index.worldY[p] as number;
    if (Math.floor(x * scale) === Number(cx) && Math.floor(y * scale) === Number(cy)) members.push(p);
  }
  return members;
}

export function clusterOnGrid(index: EventIndex, positions: Uint32Array, options: GridOptions): MapItem[] {
  const { zoom, cellPixels } = options;
  const scale = worldSize(zoom) / cellPixels;
  const [minX, minY, maxX, maxY] = options.view;
  const cx0 = Math.floor(minX * scale);
  const cy0 = Math.floor(minY * scale);
  const cols = Math.max(1, Math.floor(maxX * scale) - cx0 + 1);
  const rows = Math.max(1, Math.floor(maxY * scale) - cy0 + 1);
  const cells = cols * rows;
  // The view is the screen, so this only trips on a caller passing a world-sized view at high zoom.
  if (!Number.isFinite(cells) || cells > MAX_CELLS)
    throw new RangeError(`view spans ${cells} cells; at most ${MAX_CELLS}`);

  const count = new Uint32Array(cells);
  const first = new Int32Array(cells);
  const sumX = new Float64Array(cells);
  const sumY = new Float64Array(cells);
  const extent = new Float64Array(cells * 4);
  const samePoint = new Uint8Array(cells);
  const types = EVENT_TYPES.length;
  const typeCounts = new Uint32Array(cells * types);

  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    const x = index.worldX[p] as number;
    const y = index.worldY[p] as number;
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) continue; // also skips NaN: unlocated
    const cell = (Math.floor(y * scale) - cy0) * cols + (Math.floor(x * scale) - cx0);
    const n = count[cell] as number;
    const e = cell * 4;
    if (n === 0) {
      first[cell] = p;
      samePoint[cell] = 1;
      extent[e] = x;
      extent[e + 1] = y;
      extent[e + 2] = x;
      extent[e + 3] = y;
    } else {
      const firstPosition = first[cell] as number;
      if (x !== index.worldX[firstPosition] || y !== index.worldY[firstPosition]) samePoint[cell] = 0;
      if (x < (extent[e] as number)) extent[e] = x;
      if (y < (extent[e + 1] as number)) extent[e + 1] = y;
      if (x > (extent[e + 2] as number)) extent[e + 2] = x;
      if (y > (extent[e + 3] as number)) extent[e + 3] = y;
    }
    count[cell] = n + 1;
    sumX[cell] = (sumX[cell] as number) + x;
    sumY[cell] = (sumY[cell] as number) + y;
    const t = cell * types + (index.type[p] as number);
    typeCounts[t] = (typeCounts[t] as number) + 1;
  }

  const items: MapItem[] = [];
  for (let cell = 0; cell < cells; cell++) {
    const n = count[cell] as number;
    if (n === 0) continue;
    if (n === 1) {
      const p = first[cell] as number;
      items.push({
        kind: "event",
        key: `e:${p}`,
        position: p,
        lat: index.lat[p] as number,
        lon: index.lon[p] as number,
      });
      continue;
    }
    const cx = cx0 + (cell % cols);
    const cy = cy0 + Math.floor(cell / cols);
    const e = cell * 4;
    items.push({
      kind: "cluster",
      key: `c:${zoom}:${cx}:${cy}`,
      count: n,
      lat: latOf((sumY[cell] as number) / n),
      lon: lonOf((sumX[cell] as number) / n),
      typeCounts: typeCounts.slice(cell * types, cell * types + types),
      extent: [extent[e] as number, extent[e + 1] as number, extent[e + 2] as number, extent[e + 3] as number],
      samePoint: samePoint[cell] === 1,
    });
  }
  return items;
}
