import { binOf, type TimeBins } from "../../domain/time-bins.ts";

/**
 * Pure geometry of the timeline: where days sit on the bar axis, and what a drag, a key or
 * a play step does to the selected range. Nothing here touches the DOM, so it is unit-tested.
 *
 * The axis is measured in "bin coordinates": bin i spans [i, i + 1), every bar has the same
 * width on screen, and a day inside a bin sits at its fraction of the bin (months of 28 to 31
 * days all get one bar). Range edges are coordinates too; the end edge is exclusive, so the
 * inclusive range {from, to} has edges [coord(from), coord(to + 1)).
 */

/** An inclusive range of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** Edges on the bin axis; `end` is exclusive. */
export interface Edges {
  start: number;
  end: number;
}

/** Bars in the play window (and the first keyboard range) when no range is selected yet. */
const DEFAULT_WINDOW_BINS = 3;

const EPSILON = 1e-6;

const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));

export function binCount(bins: TimeBins): number {
  return bins.starts.length;
}

/** First day of bin i; bin n (one past the last) starts at bins.end. */
export function binStartDay(bins: TimeBins, i: number): number {
  return i >= bins.starts.length ? bins.end : (bins.starts[i] as number);
}

function binLength(bins: TimeBins, i: number): number {
  return binStartDay(bins, i + 1) - binStartDay(bins, i);
}

/** Where the start of `day` sits on the bin axis; days outside the bins extrapolate. */
export function dayToCoordinate(bins: TimeBins, day: number): number {
  const n = binCount(bins);
  const first = binStartDay(bins, 0);
  if (day < first) return (day - first) / binLength(bins, 0);
  if (day >= bins.end) return n + (day - bins.end) / binLength(bins, n - 1);
  const i = binOf(bins, day);
  return i + (day - binStartDay(bins, i)) / binLength(bins, i);
}

/** The day starting nearest to a bin coordinate. */
export function coordinateToDay(bins: TimeBins, coordinate: number): number {
  const n = binCount(bins);
  if (coordinate <= 0) return Math.round(binStartDay(bins, 0) + coordinate * binLength(bins, 0));
  if (coordinate >= n) return Math.round(bins.end + (coordinate - n) * binLength(bins, n - 1));
  const i = Math.floor(coordinate);
  return Math.round(binStartDay(bins, i) + (coordinate - i) * binLength(bins, i));
}

export function pixelToCoordinate(x: number, width: number, bins: TimeBins): number {
  return width > 0 ? (x / width) * binCount(bins) : 0;
}

export function coordinateToPixel(coordinate: number, width: number, bins: TimeBins): number {
  return (coordinate / binCount(bins)) * width;
}

export function rangeToEdges(bins: TimeBins, range: DayRange): Edges {
  return { start: dayToCoordinate(bins, range.from), end: dayToCoordinate(bins, range.to + 1) };
}

function edgesToRange(bins: TimeBins, edges: Edges): DayRange {
  const from = coordinateToDay(bins, edges.start);
  return { from, to: Math.max(from, coordinateToDay(bins, edges.end) - 1) };
}

/** Every day the bins cover. */
export function fullRange(bins: TimeBins): DayRange {
  return { from: binStartDay(bins, 0), to: bins.end - 1 };
}

/**
 * The filter's range with open ends closed at the edges of the data; null when neither end
 * is set (every date).
 */
export function resolveRange(bins: TimeBins, filters: { from: number | null; to: number | null }): DayRange | null {
  if (filters.from === null && filters.to === null) return null;
  const from = filters.from ?? binStartDay(bins, 0);
  const to = filters.to ?? bins.end - 1;
  return { from, to: Math.max(from, to) };
}

/** Whether bin i shares at least one day with the filter's range (open ends included). */
export function binInRange(bins: TimeBins, i: number, from: number | null, to: number | null): boolean {
  return (to === null || binStartDay(bins, i) <= to) && (from === null || binStartDay(bins, i + 1) - 1 >= from);
}

/** Whether a range shares any day with the bins. */
export function rangeTouchesData(bins: TimeBins, range: DayRange): boolean {
  return range.to >= binStartDay(bins, 0) && range.from < bins.end;
}

/** Shifts edges by `delta` bins, keeping their width, without leaving [0, n]. */
function shiftEdges(edges: Edges, delta: number, n: number): Edges {
  const width = edges.end - edges.start;
  if (width >= n) return { start: 0, end: n };
  const start = clamp(edges.start + delta, 0, n - width);
  return { start, end: start + width };
}

/** The whole bins between two pointer positions: at least the one bin under the pointer. */
export function rangeFromDrag(bins: TimeBins, anchor: number, current: number): DayRange {
  const n = binCount(bins);
  const lo = clamp(Math.floor(Math.min(anchor, current)), 0, n - 1);
  const hi = clamp(Math.ceil(Math.max(anchor, current)), lo + 1, n);
  return edgesToRange(bins, { start: lo, end: hi });
}

export function moveRange(bins: TimeBins, range: DayRange, deltaBins: number): DayRange {
  if (deltaBins === 0) return range;
  return edgesToRange(bins, shiftEdges(rangeToEdges(bins, range), deltaBins, binCount(bins)));
}

/**
 * Drags one edge to the bin boundary nearest `coordinate`; the other edge stays. Crossing the
 * other edge flips the range rather than emptying it.
 */
export function resizeRange(bins: TimeBins, range: DayRange, edge: "start" | "end", coordinate: number): DayRange {
  const n = binCount(bins);
  const edges = rangeToEdges(bins, range);
  const fixed = edge === "start" ? edges.end : edges.start;
  let moved = clamp(Math.round(coordinate), 0, n);
  if (Math.abs(moved - fixed) < EPSILON) {
    const away = edge === "end" ? 1 : -1;
    moved = fixed + away >= 0 && fixed + away <= n ? fixed + away : fixed - away;
  }
  return edgesToRange(bins, { start: Math.min(fixed, moved), end: Math.max(fixed, moved) });
}

/** Moves the end edge by `deltaBins`, keeping at least part of a bin selected. */
function resizeEnd(bins: TimeBins, range: DayRange, deltaBins: number): DayRange {
  const n = binCount(bins);
  const edges = rangeToEdges(bins, range);
  const minimum = edges.start + Math.min(1, edges.end - edges.start);
  const end = clamp(edges.end + deltaBins, minimum, Math.max(n, edges.end));
  return edgesToRange(bins, { start: edges.start, end });
}

function firstWindow(bins: TimeBins, size: number): DayRange {
  return edgesToRange(bins, { start: 0, end: Math.min(size, binCount(bins)) });
}

function lastWindow(bins: TimeBins, size: number): DayRange {
  const n = binCount(bins);
  return edgesToRange(bins, { start: Math.max(0, n - size), end: n });
}

/** A pointer drag in progress: what was grabbed, where, and the range before it started. */
type DragMode = "create" | "move" | "start" | "end";
export interface DragStart {
  mode: DragMode;
  /** Bin coordinate under the pointer when the drag started. */
  anchor: number;
  original: DayRange | null;
}

export function rangeDuringDrag(bins: TimeBins, drag: DragStart, coordinate: number): DayRange {
  const { mode, anchor, original } = drag;
  if (mode === "create" || original === null) return rangeFromDrag(bins, anchor, coordinate);
  if (mode === "move") return moveRange(bins, original, Math.round(coordinate - anchor));
  return resizeRange(bins, original, mode, coordinate);
}

export type BrushZone = "start" | "end" | "inside" | "outside";

/**
 * What a pointer at `x` grabs: an edge (within `tolerance` pixels), the inside (to move) or
 * empty chart (to draw a new range). Narrow selections keep a middle third for moving.
 */
export function hitTest(x: number, selection: { left: number; right: number } | null, tolerance = 7): BrushZone {
  if (!selection) return "outside";
  const { left, right } = selection;
  const grip = Math.min(tolerance, Math.max(2, (right - left) / 3));
  const toLeft = Math.abs(x - left);
  const toRight = Math.abs(x - right);
  if (Math.min(toLeft, toRight) <= grip) return toLeft < toRight ? "start" : "end";
  return x > left && x < right ? "inside" : "outside";
}

/**
 * The range after a key press on the brush; null clears it, undefined means the key is not
 * the brush's. Arrows move by one bar, Shift + arrows move the end, Page keys move by a tenth
 * of the span, Home/End jump to the first/last bars. With no range yet, a move creates a
 * small window at the start (or at the end, for keys that go backwards).
 */
export function rangeForKey(
  bins: TimeBins,
  range: DayRange | null,
  key: string,
  shift: boolean,
): DayRange | null | undefined {
  const n = binCount(bins);
  const page = Math.max(1, Math.round(n / 10));
  const steps: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: page,
    PageDown: -page,
  };
  if (key === "Delete" || key === "Backspace") return null;
  const step = steps[key];
  if (step !== undefined && shift && !key.startsWith("Page")) return resizeEnd(bins, range ?? fullRange(bins), step);
  if (key !== "Home" && key !== "End" && step === undefined) return undefined;
  if (range === null) {
    const backwards = key === "End" || (step !== undefined && step < 0);
    return backwards ? lastWindow(bins, DEFAULT_WINDOW_BINS) : firstWindow(bins, DEFAULT_WINDOW_BINS);
  }
  if (step !== undefined) return moveRange(bins, range, step);
  return edgesToRange(bins, shiftEdges(rangeToEdges(bins, range), key === "Home" ? -Infinity : Infinity, n));
}

/**
 * The first window of a play-through: the current range (moved back to the start when it
 * already sits at the end), or the default window when there is no range or it spans
 * everything.
 */
export function playStartRange(bins: TimeBins, range: DayRange | null): DayRange {
  const n = binCount(bins);
  if (range === null) return firstWindow(bins, DEFAULT_WINDOW_BINS);
  const edges = rangeToEdges(bins, range);
  const width = edges.end - edges.start;
  if (width >= n - EPSILON) return firstWindow(bins, DEFAULT_WINDOW_BINS);
  if (edges.end >= n - EPSILON) return edgesToRange(bins, { start: 0, end: width });
  if (edges.start < -EPSILON) return edgesToRange(bins, shiftEdges(edges, 0, n));
  return range;
}

/** The next window of a play-through, one bar later; null once the window reached the end. */
export function playNextRange(bins: TimeBins, range: DayRange): DayRange | null {
  const n = binCount(bins);
  const edges = rangeToEdges(bins, range);
  if (edges.end >= n - EPSILON) return null;
  return edgesToRange(bins, shiftEdges(edges, 1, n));
}
