import type { MultiPolygon, Polygon, Position } from "geojson";
import type { Geography } from "../../../data/geography.ts";
import { clusterOnGrid } from "../../../domain/cluster-grid.ts";
import { EVENT_TYPES, type EventType, isApproximateLocation } from "../../../domain/event.ts";
import type { EventIndex } from "../../../domain/event-index.ts";
import type { Bounds } from "../../../domain/filters.ts";
import type { GovernorateCode } from "../../../domain/governorates.ts";
import { worldX, worldY } from "../../../domain/web-mercator.ts";
import { type LabelBox, placeLabels } from "../../map/label-placement.ts";
import { MAP_PALETTES } from "../../map/map-palette.ts";
import { clusterDiameter } from "../../map/marker-elements.ts";
import { TYPE_COLOURS } from "../../map/type-style.ts";
import { TYPE_PATHS } from "../../map/type-symbols.ts";
import { arcPath, circlePath, fmt, type Rect, type Scene, type Shape } from "./scene.ts";

/** Everything the image says in words, already in the interface language. */
export interface ViewImageTexts {
  /** The filters in words: "Arrests in Aleppo and Idlib, 1 Jan – 30 Jun 2025". */
  title: string;
  /** "41 events · 312 arrested in 30 events" and what is not on the map. */
  count: string;
  legendHeading: string;
  typeNames: Record<EventType, string>;
  approximate: string;
  cluster: string;
  selected: string;
  /** Where the data comes from: dataset title, date, licence, loaded file. */
  provenance: string[];
  /** Base map and geography credits. */
  attribution: string;
  /** The view's address, so a reader of the image can open it. */
  link: string;
  /** Place names on the map, in the interface language. */
  placeName: (name: string, nameAr: string) => string;
}

export interface ViewImageInput {
  lang: "en" | "ar";
  geography: Geography;
  /** The area to show: [south, west, north, east]; it is widened to the image's shape. */
  bounds: Bounds;
  index: EventIndex;
  positions: Uint32Array;
  selectedRegions: readonly GovernorateCode[];
  selectedPosition: number | null;
  texts: ViewImageTexts;
}

/** Width in CSS pixels; the PNG is drawn at twice this. */
export const IMAGE_WIDTH = 960;
const MARGIN = 28;
const LEGEND_WIDTH = 210;
const GAP = 20;
const CELL_PIXELS = 46;
const SYMBOL_SIZE = 20;
const palette = MAP_PALETTES.light;
const INK = "#1f1d1a";
const MUTED = "#5e5950";
const SEA = "#c9dbe3";

/** A rough text width, enough to wrap a title without a canvas to measure it. */
function estimatedWidth(text: string, size: number): number {
  return text.length * size * 0.53;
}

function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimatedWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

interface Projection {
  x(lon: number): number;
  y(lat: number): number;
  /** Pixels per world unit: the web map's zoom level is log2(scale / 256). */
  scale: number;
  view: [number, number, number, number];
}

/** Fits the bounds into the frame, widening the narrower side so the map keeps its proportions. */
function fitBounds(bounds: Bounds, frame: Rect): Projection {
  const [south, west, north, east] = bounds;
  let minX = worldX(west);
  let maxX = worldX(east);
  let minY = worldY(north);
  let maxY = worldY(south);
  const scale = Math.min(frame.width / (maxX - minX), frame.height / (maxY - minY));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  minX = cx - frame.width / scale / 2;
  maxX = cx + frame.width / scale / 2;
  minY = cy - frame.height / scale / 2;
  maxY = cy + frame.height / scale / 2;
  return {
    x: (lon) => frame.x + (worldX(lon) - minX) * scale,
    y: (lat) => frame.y + (worldY(lat) - minY) * scale,
    scale,
    view: [minX, minY, maxX, maxY],
  };
}

/** Polygon rings as path data, skipping points closer than half a pixel to the last one kept. */
function polygonPath(geometry: Polygon | MultiPolygon, project: Projection): string {
  const polygons: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons)
    for (const ring of polygon) {
      let lastX = Number.NaN;
      let lastY = Number.NaN;
      let path = "";
      for (const [lon, lat] of ring) {
        const x = project.x(lon as number);
        const y = project.y(lat as number);
        if (path && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) continue;
        path += `${path ? "L" : "M"}${fmt(x)} ${fmt(y)}`;
        lastX = x;
        lastY = y;
      }
      if (path) parts.push(`${path}Z`);
    }
  return parts.join("");
}

function symbol(type: EventType, x: number, y: number, size: number, imprecise: boolean): Shape {
  const colour = TYPE_COLOURS[type];
  return {
    kind: "path",
    d: TYPE_PATHS[type],
    fill: imprecise ? "#ffffff" : colour,
    stroke: imprecise ? colour : "#ffffff",
    lineWidth: imprecise ? 2.2 : 1.4,
    ...(imprecise ? { dash: [3, 2] } : {}),
    transform: { scale: size / 24, x: x - size / 2, y: y - size / 2 },
    shadow: !imprecise,
  };
}

function clusterShapes(x: number, y: number, count: number, typeCounts: Uint32Array, label: string): Shape[] {
  const r = clusterDiameter(count) / 2;
  const shapes: Shape[] = [{ kind: "path", d: circlePath(x, y, r), fill: "#ffffff", shadow: true }];
  let turn = 0;
  EVENT_TYPES.forEach((type, i) => {
    const share = (typeCounts[i] as number) / count;
    if (share === 0) return;
    shapes.push({ kind: "path", d: arcPath(x, y, r, turn, turn + share), fill: TYPE_COLOURS[type] });
    turn += share;
  });
  shapes.push({ kind: "path", d: circlePath(x, y, r - 4.5), fill: "#ffffff" });
  shapes.push({
    kind: "text",
    text: label,
    x,
    y: y + 4.5,
    size: 13,
    weight: 700,
    fill: INK,
    align: "center",
    direction: "ltr",
  });
  return shapes;
}

/**
 * The current view as a picture for publication: a title line naming the filters, the count,
 * the map drawn from the bundled geography (no tiles, so it works offline and never taints a
 * canvas), the events as on screen, a legend, and where the data comes from.
 */
export function viewScene(input: ViewImageInput, formatCount: (n: number) => string): Scene {
  const { texts, lang, index, geography } = input;
  const rtl = lang === "ar";
  const direction = rtl ? "rtl" : "ltr";
  const start = rtl ? IMAGE_WIDTH - MARGIN : MARGIN;
  const align = "start" as const;
  const overlay: Shape[] = [];

  // Title and count.
  const titleLines = wrap(texts.title, 26, IMAGE_WIDTH - 2 * MARGIN, 2);
  let y = MARGIN + 24;
  for (const line of titleLines) {
    overlay.push({ kind: "text", text: line, x: start, y, size: 26, weight: 700, fill: INK, align, direction });
    y += 33;
  }
  y -= 6;
  for (const line of wrap(texts.count, 15, IMAGE_WIDTH - 2 * MARGIN, 2)) {
    overlay.push({ kind: "text", text: line, x: start, y, size: 15, fill: MUTED, align, direction });
    y += 20;
  }
  y += 6;

  // The map frame, proportioned like the area shown (within limits), beside the legend.
  const mapWidth = IMAGE_WIDTH - 2 * MARGIN - LEGEND_WIDTH - GAP;
  const [south, west, north, east] = input.bounds;
  const aspect = (worldY(south) - worldY(north)) / (worldX(east) - worldX(west));
  const mapHeight = Math.round(Math.min(640, Math.max(440, mapWidth * aspect)));
  const mapRect: Rect = { x: rtl ? IMAGE_WIDTH - MARGIN - mapWidth : MARGIN, y, width: mapWidth, height: mapHeight };
  const project = fitBounds(input.bounds, mapRect);
  const map: Shape[] = [
    { kind: "path", d: `M${mapRect.x} ${mapRect.y}h${mapWidth}v${mapHeight}h${-mapWidth}Z`, fill: SEA },
  ];

  for (const feature of geography.neighbours.features)
    if (!feature.properties.isSyria)
      map.push({
        kind: "path",
        d: polygonPath(feature.geometry, project),
        fill: palette.neighbour.fillColor as string,
        stroke: palette.neighbour.color as string,
        lineWidth: 0.8,
      });
  for (const feature of geography.governorates.features) {
    const selected = (input.selectedRegions as readonly string[]).includes(feature.properties.code);
    const style = selected ? palette.governorateSelected : palette.governorate;
    map.push({
      kind: "path",
      d: polygonPath(feature.geometry, project),
      fill: style.fillColor as string,
      stroke: style.color as string,
      lineWidth: selected ? 2 : 0.8,
      ...(selected ? {} : { dash: [4, 3] }),
    });
  }
  for (const feature of geography.neighbours.features)
    if (feature.properties.isSyria)
      map.push({
        kind: "path",
        d: polygonPath(feature.geometry, project),
        stroke: palette.syriaOutline.color as string,
        lineWidth: 2,
      });

  // Place labels: the largest cities, and the rest when the view is close enough to fit them,
  // thinned as the live map thins them so no two names sit on one another.
  const zoom = Math.log2(project.scale / 256);
  const labels: { box: LabelBox; dot: Shape; text: Shape }[] = [];
  for (const place of geography.places.features) {
    if (place.properties.rank !== 1 && zoom < 7) continue;
    const [lon, lat] = place.geometry.coordinates as [number, number];
    const px = project.x(lon);
    const py = project.y(lat);
    if (px < mapRect.x || px > mapRect.x + mapWidth || py < mapRect.y || py > mapRect.y + mapHeight) continue;
    const text = texts.placeName(place.properties.name, place.properties.nameAr);
    const size = place.properties.rank === 1 ? 13 : 11.5;
    const width = text.length * size * 0.6;
    labels.push({
      box: {
        key: String(labels.length),
        priority: place.properties.rank,
        left: rtl ? px - 6 - width : px - 3,
        top: py - size / 2 - 2,
        width: width + 9,
        height: size + 4,
      },
      dot: { kind: "path", d: circlePath(px, py, 2.6), fill: INK },
      text: {
        kind: "text",
        text,
        x: px + (rtl ? -6 : 6),
        y: py + 4,
        size,
        weight: place.properties.rank === 1 ? 700 : 400,
        fill: INK,
        align: "start",
        direction,
        halo: "rgba(255,255,255,0.9)",
      },
    });
  }
  const clear = placeLabels(labels.map((label) => label.box));
  for (const label of labels) if (clear.has(label.box.key)) map.push(label.dot, label.text);

  // Events as the live map draws them: one symbol per lone event, a ring per cluster.
  const items = clusterOnGrid(index, input.positions, { zoom, view: project.view, cellPixels: CELL_PIXELS });
  for (const item of items) {
    const px = project.x(item.lon);
    const py = project.y(item.lat);
    if (item.kind === "cluster")
      map.push(...clusterShapes(px, py, item.count, item.typeCounts, formatCount(item.count)));
    else {
      const event = index.eventAt(item.position);
      if (item.position === input.selectedPosition)
        map.push({
          kind: "path",
          d: circlePath(px, py, 17),
          fill: "rgba(255,191,71,0.35)",
          stroke: "#e09b00",
          lineWidth: 2.5,
        });
      map.push(symbol(event.type, px, py, SYMBOL_SIZE, isApproximateLocation(event.location)));
    }
  }
  map.push({
    kind: "path",
    d: `M${mapRect.x} ${mapRect.y}h${mapWidth}v${mapHeight}h${-mapWidth}Z`,
    stroke: "#a9a397",
    lineWidth: 1,
  });

  // Legend beside the map: the types shown, with their counts.
  const legendX = rtl ? mapRect.x - GAP : mapRect.x + mapWidth + GAP;
  let ly = mapRect.y + 16;
  overlay.push({
    kind: "text",
    text: texts.legendHeading,
    x: legendX,
    y: ly,
    size: 14,
    weight: 700,
    fill: INK,
    align,
    direction,
  });
  ly += 24;
  const typeCounts = new Uint32Array(EVENT_TYPES.length);
  for (const p of input.positions)
    typeCounts[index.type[p] as number] = (typeCounts[index.type[p] as number] as number) + 1;
  const symbolX = rtl ? legendX - 16 : legendX + 16;
  const labelX = rtl ? legendX - 40 : legendX + 40;
  const countX = rtl ? legendX - LEGEND_WIDTH : legendX + LEGEND_WIDTH;
  EVENT_TYPES.forEach((type, i) => {
    const count = typeCounts[i] as number;
    if (!count) return;
    overlay.push(symbol(type, symbolX, ly - 5, 16, false));
    overlay.push({
      kind: "text",
      text: texts.typeNames[type],
      x: labelX,
      y: ly,
      size: 13,
      fill: INK,
      align,
      direction,
    });
    overlay.push({
      kind: "text",
      text: formatCount(count),
      x: countX,
      y: ly,
      size: 13,
      weight: 700,
      fill: INK,
      align: "end",
      direction,
    });
    ly += 23;
  });
  ly += 8;
  overlay.push(symbol("arrest", symbolX, ly - 5, 16, true));
  for (const line of wrap(texts.approximate, 12, LEGEND_WIDTH - 44, 3)) {
    overlay.push({ kind: "text", text: line, x: labelX, y: ly, size: 12, fill: MUTED, align, direction });
    ly += 16;
  }
  ly += 12;
  const sample = new Uint32Array(EVENT_TYPES.length);
  sample[0] = 1;
  sample[1] = 2;
  overlay.push(...clusterShapes(symbolX, ly + 2, 3, sample, formatCount(3)).map((s) => ({ ...s, shadow: false })));
  for (const line of wrap(texts.cluster, 12, LEGEND_WIDTH - 44, 3)) {
    overlay.push({ kind: "text", text: line, x: labelX, y: ly, size: 12, fill: MUTED, align, direction });
    ly += 16;
  }

  // Provenance and credits under the map.
  let fy = mapRect.y + mapHeight + 24;
  for (const line of texts.provenance.flatMap((text) => wrap(text, 12.5, IMAGE_WIDTH - 2 * MARGIN, 2))) {
    overlay.push({ kind: "text", text: line, x: start, y: fy, size: 12.5, fill: INK, align, direction });
    fy += 17;
  }
  for (const line of wrap(texts.attribution, 11.5, IMAGE_WIDTH - 2 * MARGIN, 2)) {
    overlay.push({ kind: "text", text: line, x: start, y: fy, size: 11.5, fill: MUTED, align, direction });
    fy += 16;
  }
  // The address is one unbreakable word: it may be long, so it gets its own line.
  overlay.push({
    kind: "text",
    text: texts.link,
    x: start,
    y: fy,
    size: 11,
    fill: "#0b5cad",
    align: rtl ? "end" : "start",
    direction: "ltr",
  });
  fy += 12;

  return {
    width: IMAGE_WIDTH,
    height: Math.ceil(Math.max(fy, ly) + MARGIN - 8),
    background: "#ffffff",
    mapRect,
    map,
    overlay,
    direction,
  };
}
