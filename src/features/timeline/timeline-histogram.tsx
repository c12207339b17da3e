import { memo, useMemo } from "react";
import { EVENT_TYPES } from "../../domain/event.ts";
import type { TimeBins } from "../../domain/time-bins.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { TYPE_COLOURS } from "../map/type-style.ts";
import { axisTicks } from "./axis-ticks.ts";
import { binInRange } from "./brush-math.ts";
import type { TypeStacks } from "./stacked-bars.tsx";
import { formatBinPeriod, formatTick } from "./timeline-format.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

export const BARS_HEIGHT = 68;
const AXIS_HEIGHT = 20;
const TOP_PADDING = 10;

interface HistogramProps {
  bins: TimeBins;
  /** Every event per bin (grey) and those passing the filters other than dates (colour). */
  allPerBin: Uint32Array;
  filteredPerBin: Uint32Array;
  from: number | null;
  to: number | null;
  width: number;
  /** Matches per type and bin: the coloured bars stacked by type instead (stack=type). */
  stacks?: TypeStacks | undefined;
}

/** One bar per bin, the selected range in full colour and the rest faded, over a date axis. */
export const TimelineHistogram = memo(function TimelineHistogram({
  bins,
  allPerBin,
  filteredPerBin,
  from,
  to,
  width,
  stacks = null,
}: HistogramProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const n = bins.starts.length;
  const height = BARS_HEIGHT + AXIS_HEIGHT;
  const slot = width / n;
  const gap = slot >= 6 ? Math.min(4, Math.max(1, slot * 0.18)) : slot >= 3 ? 1 : 0;
  const barWidth = Math.max(0.5, slot - gap);
  const max = Math.max(1, ...allPerBin);
  const scale = (BARS_HEIGHT - TOP_PADDING) / max;
  const radius = Math.min(2, barWidth / 4);
  // Ticks depend on the bins, the width and the language only: not recomputed on a brush step.
  const { step, ticks } = useMemo(
    () =>
      axisTicks(bins, width, (candidate, days) => {
        // About 6px per character at the axis font size, plus a gap: long month names need room.
        let longest = 0;
        days.forEach((day, i) => {
          longest = Math.max(longest, formatTick(day, days[i - 1] ?? null, candidate, lang).length);
        });
        return Math.max(56, longest * 6.2 + 14);
      }),
    [bins, width, lang],
  );
  let total = 0;
  for (const count of allPerBin) total += count;

  return (
    <svg
      className="tl-histogram"
      role="img"
      aria-label={t.histogram(formatNumber(n, lang), t.units[bins.unit], formatNumber(total, lang))}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <line className="tl-gridline" x1={0} x2={width} y1={TOP_PADDING + 0.5} y2={TOP_PADDING + 0.5} />
      <text className="tl-gridlabel" x={3} y={TOP_PADDING - 2}>
        {formatNumber(max, lang)}
      </text>
      {Array.from({ length: n }, (_, i) => (
        <HistogramBar
          key={bins.starts[i]}
          bins={bins}
          bin={i}
          all={allPerBin[i] ?? 0}
          matching={filteredPerBin[i] ?? 0}
          inRange={binInRange(bins, i, from, to)}
          slot={slot}
          gap={gap}
          barWidth={barWidth}
          scale={scale}
          radius={radius}
          stacks={stacks}
        />
      ))}
      <line className="tl-baseline" x1={0} x2={width} y1={BARS_HEIGHT + 0.5} y2={BARS_HEIGHT + 0.5} />
      <g className="tl-axis">
        {ticks.map(({ day, x }, i) => {
          const anchor = x < 24 ? "start" : x > width - 24 ? "end" : "middle";
          return (
            <g key={day} transform={`translate(${Math.round(x) + 0.5} 0)`}>
              <line y1={BARS_HEIGHT} y2={BARS_HEIGHT + 4} />
              <text y={BARS_HEIGHT + 15} textAnchor={anchor} dx={anchor === "start" ? 2 : anchor === "end" ? -2 : 0}>
                {formatTick(day, ticks[i - 1]?.day ?? null, step, lang)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
});

interface BarProps {
  bins: TimeBins;
  bin: number;
  all: number;
  matching: number;
  inRange: boolean;
  slot: number;
  gap: number;
  barWidth: number;
  /** Pixels per event. */
  scale: number;
  radius: number;
  stacks: TypeStacks | null;
}

/**
 * One bin's bar, with its title. Memoised: a brush step moves the range over a couple of bars,
 * and only those are rendered again (their class changes), not every bar's title and shapes.
 */
const HistogramBar = memo(function HistogramBar({
  bins,
  bin,
  all,
  matching,
  inRange,
  slot,
  gap,
  barWidth,
  scale,
  radius,
  stacks,
}: BarProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const barHeight = (count: number) => (count === 0 ? 0 : Math.max(1.5, count * scale));
  const x = bin * slot + gap / 2;
  return (
    <g className={inRange ? "tl-bar is-in" : "tl-bar is-out"} data-bin={bin}>
      <title>
        {t.barTitle(formatBinPeriod(bins, bin, lang, t.weekOf), formatNumber(matching, lang), formatNumber(all, lang))}
      </title>
      <rect className="tl-bar-hit" x={bin * slot} y={0} width={slot} height={BARS_HEIGHT} />
      {all > 0 && (
        <rect
          className="tl-bar-all"
          x={x}
          y={BARS_HEIGHT - barHeight(all)}
          width={barWidth}
          height={barHeight(all)}
          rx={radius}
        />
      )}
      {stacks && <StackedBar stacks={stacks} bin={bin} x={x} width={barWidth} barHeight={barHeight} />}
      {!stacks && matching > 0 && (
        <rect
          className="tl-bar-matching"
          x={x}
          y={BARS_HEIGHT - barHeight(matching)}
          width={barWidth}
          height={barHeight(matching)}
          rx={radius}
        />
      )}
    </g>
  );
});

/** One bar's matches by type, bottom up in EVENT_TYPES order, each in its map colour. */
function StackedBar({
  stacks,
  bin,
  x,
  width,
  barHeight,
}: {
  stacks: readonly Uint32Array[];
  bin: number;
  x: number;
  width: number;
  barHeight: (count: number) => number;
}) {
  let below = 0;
  return (
    <>
      {EVENT_TYPES.map((type, t) => {
        const count = stacks[t]?.[bin] ?? 0;
        if (count === 0) return null;
        const bottom = barHeight(below);
        below += count;
        const top = barHeight(below);
        return (
          <rect
            key={type}
            className="tl-bar-stack"
            x={x}
            y={BARS_HEIGHT - top}
            width={width}
            height={top - bottom}
            style={{ fill: TYPE_COLOURS[type] }}
          />
        );
      })}
    </>
  );
}
