/**
 * A picture as a flat list of shapes and texts in CSS pixels, drawn the same way to a canvas
 * (PNG) or written as SVG: the image of the view is described once and rendered twice.
 */

export interface PathShape {
  kind: "path";
  /** SVG path data. */
  d: string;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: readonly number[];
  /** Scale then translate, for symbols drawn in their own 24×24 box. */
  transform?: { scale: number; x: number; y: number };
  /** Drawn with a drop shadow, as markers are on the live map. */
  shadow?: boolean;
}

export interface TextShape {
  kind: "text";
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: 400 | 600 | 700;
  fill: string;
  align: "start" | "end" | "center";
  direction: "ltr" | "rtl";
  /** A light outline so a label stays readable over lines and fills. */
  halo?: string;
}

export type Shape = PathShape | TextShape;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  /** The map's frame: map shapes are clipped to it. */
  mapRect: Rect;
  map: Shape[];
  /** Title, legend, provenance: drawn over everything, unclipped. */
  overlay: Shape[];
  /** Text direction of the page, for the SVG root. */
  direction: "ltr" | "rtl";
}

/** A circle as path data. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`;
}

/** A pie slice (ring segment) of a circle as path data, angles in turns from twelve o'clock. */
export function arcPath(x: number, y: number, r: number, from: number, to: number): string {
  if (to - from >= 0.9999) return circlePath(x, y, r);
  const point = (turn: number) => {
    const a = turn * 2 * Math.PI - Math.PI / 2;
    return `${fmt(x + r * Math.cos(a))} ${fmt(y + r * Math.sin(a))}`;
  };
  const large = to - from > 0.5 ? 1 : 0;
  return `M${fmt(x)} ${fmt(y)}L${point(from)}A${fmt(r)} ${fmt(r)} 0 ${large} 1 ${point(to)}Z`;
}

export function rectPath(rect: Rect): string {
  return `M${fmt(rect.x)} ${fmt(rect.y)}h${fmt(rect.width)}v${fmt(rect.height)}h${fmt(-rect.width)}Z`;
}

/** Two decimals are far below a pixel at 2×, and keep SVG files small. */
export function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}
