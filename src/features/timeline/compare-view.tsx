import { useId, useMemo } from "react";
import type { Binning } from "../../domain/binning.ts";
import {
  binSpan,
  type CompareDimension,
  type Comparison,
  comparedValues,
  compareSeries,
} from "../../domain/compare-series.ts";
import type { EventType } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import type { Filters } from "../../domain/filters.ts";
import type { GovernorateCode } from "../../domain/governorates.ts";
import type { QueryResult } from "../../domain/query-events.ts";
import { countDated } from "../../domain/sorted-positions.ts";
import type { TimeBins } from "../../domain/time-bins.ts";
import { formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { DOWNLOAD_TYPES, downloadText } from "../../shared/download.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { regionName } from "../filters/active-filter-chips.tsx";
import { FILTERS_MESSAGES } from "../filters/filters-messages.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TYPE_COLOURS } from "../map/type-style.ts";
import { axisTicks } from "./axis-ticks.ts";
import { COMPARE_MESSAGES, UNIT_SINGULAR } from "./compare-messages.ts";
import { comparisonCsv } from "./compare-table.ts";
import { rangeLabel } from "./range-summary.tsx";
import { formatBinPeriod, formatTick } from "./timeline-format.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";
import "./compare.css";

const ROW_BARS = 34;
const ROW_LABEL = 13;
const AXIS_HEIGHT = 20;

/** The bins of the shared span as a TimeBins of their own, for the axis. */
function spanBins(bins: TimeBins, first: number, last: number): TimeBins {
  return {
    unit: bins.unit,
    starts: bins.starts.slice(first, last + 1),
    end: last + 1 < bins.starts.length ? (bins.starts[last + 1] as number) : bins.end,
  };
}

function seriesName(
  dimension: CompareDimension,
  value: string,
  lang: Language,
  typeNames: Record<EventType, string>,
): string {
  if (dimension === "region") return regionName(value as GovernorateCode, lang, FILTERS_MESSAGES[lang]);
  if (dimension === "type") return typeNames[value as EventType];
  return value;
}

interface Props {
  index: EventIndex;
  query: QueryResult;
  binning: Binning & { bins: TimeBins };
  filters: Filters;
  dimension: CompareDimension;
  width: number;
}

/**
 * Small multiples: one row of bars per compared value on a shared time axis and one scale,
 * counts written on the bars where they fit; or the same numbers as a table (period × series)
 * that a screen reader reads cell by cell, downloadable as CSV.
 */
export function CompareView({ index, query, binning, filters, dimension, width }: Props) {
  const t = useMessages(COMPARE_MESSAGES);
  const tl = useMessages(TIMELINE_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const unitName = useMessages(UNIT_SINGULAR)[binning.bins.unit];
  const lang = useLanguage();
  const showTable = useAppStore((s) => s.compareTable);
  const setCompareTable = useAppStore((s) => s.setCompareTable);
  const headingId = useId();
  const { bins } = binning;
  const chosen = dimension === "region" ? filters.regions : dimension === "type" ? filters.types : filters.actors;

  const comparison = useMemo<Comparison | null>(() => {
    const span = binSpan(binning, filters.from, filters.to);
    if (!span) return null;
    const values = comparedValues(index, dimension, chosen, query.counts);
    return compareSeries(index, binning, query.positions, dimension, values, span);
  }, [index, binning, query, dimension, chosen, filters.from, filters.to]);

  const names = useMemo(
    () => comparison?.series.map((s) => seriesName(dimension, s.value, lang, typeNames)) ?? [],
    [comparison, dimension, lang, typeNames],
  );
  const undated = query.positions.length - countDated(query.positions, index.datedCount);
  const dimensionName = t.dimensions[dimension];
  const range = rangeLabel(filters.from, filters.to, lang, tl);

  const header = (
    <header className="cmp-header">
      <h3 id={headingId} className="cmp-heading">
        {t.heading(dimensionName, unitName)}
      </h3>
      <div className="cmp-actions">
        <fieldset className="cmp-switch">
          <legend className="visually-hidden">{t.view}</legend>
          <button type="button" aria-pressed={!showTable} onClick={() => setCompareTable(false)}>
            {t.chart}
          </button>
          <button type="button" aria-pressed={showTable} onClick={() => setCompareTable(true)}>
            {t.table}
          </button>
        </fieldset>
        <button
          type="button"
          className="cmp-download"
          disabled={!comparison || comparison.series.length === 0}
          onClick={() => {
            if (!comparison) return;
            const name = `compare-${dimension}-${bins.unit}.csv`;
            downloadText(comparisonCsv(comparison, bins, names), name, DOWNLOAD_TYPES.csv);
          }}
        >
          {t.downloadCsv}
        </button>
      </div>
    </header>
  );

  if (!comparison || comparison.series.length === 0)
    return (
      <section className="compare-view" aria-labelledby={headingId}>
        {header}
        <p className="cmp-empty">{t.nothing}</p>
      </section>
    );

  const { firstBin, lastBin, series, max } = comparison;
  const n = lastBin - firstBin + 1;
  const hint =
    chosen.length >= 2 ? t.chosenHint : t.topHint(formatNumber(series.length, lang), dimensionName.toLowerCase());
  const period = (b: number) => formatBinPeriod(bins, b, lang, tl.weekOf);

  return (
    <section className="compare-view" aria-labelledby={headingId} data-compare={dimension}>
      {header}
      <p className="cmp-hint">
        {hint}
        {undated > 0 && ` ${t.undatedLeftOut(formatNumber(undated, lang))}`}
      </p>
      {showTable ? (
        <div className="cmp-table-wrap">
          <table className="cmp-table">
            <caption>{t.caption(dimensionName, unitName, range)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                {names.map((name) => (
                  <th scope="col" key={name} dir="auto">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: n }, (_, k) => (
                <tr key={bins.starts[firstBin + k]}>
                  <th scope="row">{period(firstBin + k)}</th>
                  {series.map((s) => (
                    <td key={s.value}>{formatNumber(s.perBin[k] ?? 0, lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                {series.map((s) => (
                  <td key={s.value}>{formatNumber(s.total, lang)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <SmallMultiples
          comparison={comparison}
          names={names}
          bins={bins}
          width={width}
          max={max}
          dimension={dimension}
          period={period}
        />
      )}
    </section>
  );
}

function SmallMultiples({
  comparison,
  names,
  bins,
  width,
  max,
  dimension,
  period,
}: {
  comparison: Comparison;
  names: readonly string[];
  bins: TimeBins;
  width: number;
  max: number;
  dimension: CompareDimension;
  period: (bin: number) => string;
}) {
  const t = useMessages(COMPARE_MESSAGES);
  const unitName = useMessages(UNIT_SINGULAR)[bins.unit];
  const lang = useLanguage();
  const rtl = lang === "ar";
  const { firstBin, lastBin, series } = comparison;
  const n = lastBin - firstBin + 1;
  const slot = width / n;
  const gap = slot >= 6 ? Math.min(4, Math.max(1, slot * 0.18)) : slot >= 3 ? 1 : 0;
  const barWidth = Math.max(0.5, slot - gap);
  const scale = ROW_BARS / Math.max(1, max);
  // A count is written on its bar only where the digits fit.
  const labelled = slot >= 14;
  const axisBins = spanBins(bins, firstBin, lastBin);
  const { step, ticks } = axisTicks(axisBins, width, (candidate, days) => {
    let longest = 0;
    days.forEach((day, i) => {
      longest = Math.max(longest, formatTick(day, days[i - 1] ?? null, candidate, lang).length);
    });
    return Math.max(56, longest * 6.2 + 14);
  });
  const height = ROW_LABEL + ROW_BARS;

  return (
    <div className="cmp-rows">
      {series.map((s, row) => {
        const name = names[row] ?? s.value;
        const colour = dimension === "type" ? TYPE_COLOURS[s.value as EventType] : undefined;
        return (
          <figure className="cmp-row" key={s.value} data-series={s.value}>
            <figcaption className="cmp-row-label">
              {colour && <span className="cmp-key" style={{ background: colour }} aria-hidden="true" />}
              <span className="cmp-name" dir="auto">
                {name}
              </span>
              <span className="cmp-total">{formatNumber(s.total, lang)}</span>
            </figcaption>
            <div className={`cmp-plot${rtl ? " is-mirrored" : ""}`} dir="ltr">
              <svg
                role="img"
                aria-label={t.seriesLabel(name, formatNumber(s.total, lang), unitName)}
                viewBox={`0 0 ${width} ${height}`}
                width={width}
                height={height}
              >
                <line className="cmp-baseline" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
                {/* A notch per period, so an empty one still reads as a period with nothing in it. */}
                {slot >= 4 && (
                  <path
                    className="cmp-notch"
                    d={Array.from({ length: n + 1 }, (_, k) => `M${k * slot} ${height - 3}V${height}`).join("")}
                  />
                )}
                {Array.from({ length: n }, (_, k) => {
                  const count = s.perBin[k] ?? 0;
                  const h = count === 0 ? 0 : Math.max(1.5, count * scale);
                  const x = k * slot + gap / 2;
                  return (
                    <g key={bins.starts[firstBin + k]} className="cmp-bar" data-bin={firstBin + k} data-count={count}>
                      <title>{t.barTitle(period(firstBin + k), name, formatNumber(count, lang))}</title>
                      <rect className="cmp-bar-hit" x={k * slot} y={0} width={slot} height={height} />
                      {count > 0 && (
                        <rect
                          className="cmp-bar-fill"
                          x={x}
                          y={height - h}
                          width={barWidth}
                          height={h}
                          rx={Math.min(2, barWidth / 4)}
                          style={colour ? { fill: colour } : undefined}
                        />
                      )}
                      {count > 0 && labelled && (
                        <text
                          className={`cmp-count${rtl ? " is-mirrored" : ""}`}
                          x={x + barWidth / 2}
                          y={height - h - 2}
                          textAnchor="middle"
                        >
                          {formatNumber(count, lang)}
                        </text>
                      )}
                    </g>
                  );
                })}
              </svg>
            </div>
          </figure>
        );
      })}
      <div className={`cmp-plot cmp-axis-plot${rtl ? " is-mirrored" : ""}`} dir="ltr">
        <svg aria-hidden="true" viewBox={`0 0 ${width} ${AXIS_HEIGHT}`} width={width} height={AXIS_HEIGHT}>
          <g className="tl-axis">
            {ticks.map(({ day, x }, i) => {
              const anchor = x < 24 ? "start" : x > width - 24 ? "end" : "middle";
              return (
                <g key={day} transform={`translate(${Math.round(x) + 0.5} 0)`}>
                  <line y1={0} y2={4} />
                  <text y={15} textAnchor={anchor} dx={anchor === "start" ? 2 : anchor === "end" ? -2 : 0}>
                    {formatTick(day, ticks[i - 1]?.day ?? null, step, lang)}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}
