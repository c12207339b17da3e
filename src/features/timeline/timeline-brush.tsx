import { type KeyboardEvent, type PointerEvent, type ReactNode, useCallback, useId, useRef, useState } from "react";
import type { TimeBins } from "../../domain/time-bins.ts";
import { useMessages } from "../../i18n/use-language.ts";
import {
  type BrushZone,
  binCount,
  binStartDay,
  coordinateToPixel,
  type DayRange,
  type DragStart,
  hitTest,
  pixelToCoordinate,
  rangeDuringDrag,
  rangeForKey,
  rangeToEdges,
} from "./brush-math.ts";
import { BARS_HEIGHT } from "./timeline-histogram.tsx";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";
import { useFrameThrottle } from "./use-frame-throttle.ts";

interface BrushProps {
  bins: TimeBins;
  /** The selected range with open ends closed at the data's edges; null when every date is shown. */
  range: DayRange | null;
  width: number;
  valueText: string;
  onChange(range: DayRange | null): void;
  /** Called when a person starts changing the range by hand (playback pauses). */
  onInteract(): void;
  /**
   * Time runs right to left (Arabic): the chart is drawn mirrored (by CSS), so pointer positions
   * are measured from the right edge and the left arrow moves toward later dates.
   */
  mirrored?: boolean;
  children: ReactNode;
}

/** In a mirrored chart the horizontal arrows swap; everything else keeps its meaning. */
const MIRRORED_KEYS: Record<string, string> = { ArrowLeft: "ArrowRight", ArrowRight: "ArrowLeft" };

interface ActiveDrag extends DragStart {
  pointerId: number;
}

const clampPixel = (x: number, width: number) => Math.min(width, Math.max(0, x));

/**
 * The chart surface with a range brush over it. Pointer: drag on empty chart to draw a range
 * (snapped to whole bars), drag inside it to move it, drag an edge to resize, double-click to
 * clear. Keyboard: the brush is a slider (see rangeForKey). Hit-testing is arithmetic, so the
 * bars underneath keep their tooltips.
 */
export function TimelineBrush({
  bins,
  range,
  width,
  valueText,
  onChange,
  onInteract,
  mirrored = false,
  children,
}: BrushProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const hintId = useId();
  const surface = useRef<HTMLDivElement>(null);
  const slider = useRef<HTMLDivElement>(null);
  const drag = useRef<ActiveDrag | null>(null);
  const [zone, setZone] = useState<BrushZone>("outside");
  const [dragging, setDragging] = useState(false);
  const throttled = useFrameThrottle(onChange);

  const edges = range ? rangeToEdges(bins, range) : null;
  const n = binCount(bins);
  const selection =
    edges && edges.end > 0 && edges.start < n
      ? {
          left: clampPixel(coordinateToPixel(edges.start, width, bins), width),
          right: clampPixel(coordinateToPixel(edges.end, width, bins), width),
        }
      : null;

  const pointerX = useCallback(
    (e: PointerEvent) => {
      const box = surface.current?.getBoundingClientRect();
      if (!box) return e.clientX;
      return mirrored ? box.right - e.clientX : e.clientX - box.left;
    },
    [mirrored],
  );

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || drag.current) return;
    e.preventDefault();
    slider.current?.focus({ preventScroll: true });
    onInteract();
    const x = pointerX(e);
    const hit = hitTest(x, selection);
    const mode = hit === "outside" ? "create" : hit === "inside" ? "move" : hit;
    drag.current = { mode, anchor: pixelToCoordinate(x, width, bins), original: range, pointerId: e.pointerId };
    const target = e.currentTarget;
    if (typeof target.setPointerCapture === "function") {
      try {
        target.setPointerCapture(e.pointerId);
      } catch {
        // Synthetic or already-released pointers cannot be captured; the drag still works inside.
      }
    }
    setDragging(true);
    setZone(hit);
    if (mode === "create") onChange(rangeDuringDrag(bins, drag.current, drag.current.anchor));
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const active = drag.current;
    const x = pointerX(e);
    if (!active) {
      const hover = hitTest(x, selection);
      if (hover !== zone) setZone(hover);
      return;
    }
    if (active.pointerId !== e.pointerId) return;
    throttled.schedule(rangeDuringDrag(bins, active, pixelToCoordinate(x, width, bins)));
  };

  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    const active = drag.current;
    if (!active || active.pointerId !== e.pointerId) return;
    throttled.schedule(rangeDuringDrag(bins, active, pixelToCoordinate(pointerX(e), width, bins)));
    throttled.flush();
    drag.current = null;
    setDragging(false);
    if (typeof e.currentTarget.hasPointerCapture === "function" && e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const onPointerCancel = (e: PointerEvent<HTMLDivElement>) => {
    const active = drag.current;
    if (!active || active.pointerId !== e.pointerId) return;
    drag.current = null;
    setDragging(false);
    throttled.schedule(active.original);
    throttled.flush();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape" && drag.current) {
      e.preventDefault();
      const original = drag.current.original;
      drag.current = null;
      setDragging(false);
      throttled.schedule(original);
      throttled.flush();
      return;
    }
    const key = mirrored ? (MIRRORED_KEYS[e.key] ?? e.key) : e.key;
    const next = rangeForKey(bins, range, key, e.shiftKey);
    if (next === undefined) return;
    e.preventDefault();
    onInteract();
    onChange(next);
  };

  const first = binStartDay(bins, 0);
  const last = bins.end - 1;
  const clampDay = (day: number) => Math.min(last, Math.max(first, day));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer surface for the brush; its keyboard equivalent is the slider inside
    <div
      ref={surface}
      className={`tl-surface zone-${zone}${dragging ? " is-dragging" : ""}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={onPointerCancel}
      onDoubleClick={() => {
        onInteract();
        onChange(null);
      }}
    >
      {children}
      <div
        ref={slider}
        className={`tl-brush${range ? " has-range" : ""}`}
        style={{ height: BARS_HEIGHT }}
        role="slider"
        tabIndex={0}
        aria-label={t.brush}
        aria-describedby={hintId}
        aria-valuemin={first}
        aria-valuemax={last}
        aria-valuenow={range ? clampDay(range.from) : first}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
      >
        {selection && (
          <div
            className="tl-selection"
            style={{ left: selection.left, width: Math.max(2, selection.right - selection.left) }}
          >
            <span className="tl-handle tl-handle-start" />
            <span className="tl-handle tl-handle-end" />
          </div>
        )}
      </div>
      <p id={hintId} className="visually-hidden">
        {t.brushHint}
      </p>
    </div>
  );
}
