import { lazy, Suspense, useCallback, useId, useMemo, useState } from "react";
import { formatNumber, formatShortDay } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectBinning, selectIndex, selectQuery } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { StoryMarks } from "../story/story-marks.tsx";
import { type DayRange, resolveRange } from "./brush-math.ts";
import { DateRangeInputs } from "./date-range-inputs.tsx";
import { PlayControls } from "./play-controls.tsx";
import { PresetButtons } from "./preset-buttons.tsx";
import { RangeSummary, rangeLabel } from "./range-summary.tsx";
import { StackLegend, useTypeStacks } from "./stacked-bars.tsx";
import { TimelineBrush } from "./timeline-brush.tsx";
import { TimelineHistogram } from "./timeline-histogram.tsx";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";
import { UndatedControl } from "./undated-control.tsx";
import { useElementWidth } from "./use-element-width.ts";
import { usePlayback } from "./use-playback.ts";
import { ViewControls } from "./view-controls.tsx";
import "./timeline.css";
import { countDated } from "../../domain/sorted-positions.ts";

/** The compare view loads on first use: most visits never open it. */
const CompareView = lazy(() => import("./compare-view.tsx").then((m) => ({ default: m.CompareView })));

/** Chart width where nothing can be measured (tests, first paint). */
const FALLBACK_WIDTH = 640;

/**
 * The timeline under the map: a histogram of events over time with a range brush, exact
 * From/To dates, quick ranges counted from the newest event, a play-through, and the undated
 * events beside it. Every control reads and writes the store's date filter.
 */
export function Timeline() {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const index = useAppStore(selectIndex);
  const query = useAppStore(selectQuery);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const includeUndated = useAppStore((s) => s.filters.includeUndated);
  const setFilters = useAppStore((s) => s.setFilters);
  const filters = useAppStore((s) => s.filters);
  const binning = useAppStore(selectBinning);
  const compare = useAppStore((s) => s.compare);
  const stackTypes = useAppStore((s) => s.stackTypes && s.compare === null);
  const bins = binning?.bins ?? null;
  const stacks = useTypeStacks(index, binning, stackTypes ? query : null);
  const playback = usePlayback(bins);
  const [plotRef, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth > 0 ? measuredWidth : FALLBACK_WIDTH;
  const noteId = useId();
  const bodyId = useId();
  // On a phone the timeline folds to one line (range and count) until opened; a desktop ignores this.
  const [expanded, setExpanded] = useState(false);
  const rtl = lang === "ar";

  const setRange = useCallback(
    (range: DayRange | null) => setFilters({ from: range?.from ?? null, to: range?.to ?? null }),
    [setFilters],
  );
  const { pause } = playback;
  const setRangeByHand = useCallback(
    (range: { from: number | null; to: number | null } | null) => {
      pause();
      setFilters({ from: range?.from ?? null, to: range?.to ?? null });
    },
    [pause, setFilters],
  );
  const datedMatches = useMemo(
    () => (index && query ? countDated(query.positions, index.datedCount) : 0),
    [index, query],
  );

  const undated = (
    <UndatedControl
      count={query?.counts.undated ?? 0}
      choice={includeUndated}
      hasRange={from !== null || to !== null}
      onChange={(choice) => {
        pause(); // Play never shows undated events: choosing them ends the play-through
        setFilters({ includeUndated: choice });
      }}
    />
  );

  const sectionClass = `timeline${expanded ? " is-expanded" : ""}`;
  const compactBar = (summary: string) => (
    <div className="tl-compact">
      <p className="tl-compact-summary">{summary}</p>
      <button
        type="button"
        className="tl-compact-toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? t.hideTimeline : t.showTimeline}
        <span className="tl-compact-chevron" aria-hidden="true" />
      </button>
    </div>
  );

  if (!index || !query || !binning || !bins || bins.starts.length === 0) {
    return (
      <section className={`${sectionClass} timeline-empty`} aria-label={t.region}>
        {compactBar(t.noDatedShort)}
        <div className="tl-body" id={bodyId}>
          <p className="tl-empty-message">{t.noDatedEvents}</p>
          <div className="tl-side">{undated}</div>
        </div>
      </section>
    );
  }

  const newest = index.startDay[index.datedCount - 1] as number;
  const range = resolveRange(bins, { from, to });
  const hasRange = from !== null || to !== null;

  return (
    <section className={`${sectionClass}${compare ? " is-comparing" : ""}`} aria-label={t.region}>
      {compactBar(
        `${rangeLabel(from, to, lang, t)} · ${t.eventsInRange(datedMatches, formatNumber(datedMatches, lang))}`,
      )}
      <div className="tl-body" id={bodyId}>
        <div className="tl-main">
          <div className="tl-toolbar">
            <PresetButtons newest={newest} from={from} to={to} noteId={noteId} onSelect={setRangeByHand} />
            <ViewControls spanUnit={index.bins?.unit ?? bins.unit} />
          </div>
          {compare && (
            <div className="tl-compare" ref={plotRef}>
              <Suspense fallback={null}>
                <CompareView
                  index={index}
                  query={query}
                  binning={{ ...binning, bins }}
                  filters={filters}
                  dimension={compare}
                  width={width}
                />
              </Suspense>
            </div>
          )}
          {/* Drawn left to right, then mirrored by CSS when time runs right to left (Arabic). */}
          <div
            className={`tl-plot${rtl ? " is-mirrored" : ""}`}
            ref={compare ? undefined : plotRef}
            dir="ltr"
            hidden={compare !== null}
          >
            <TimelineBrush
              mirrored={rtl}
              bins={bins}
              range={range}
              width={width}
              valueText={rangeLabel(from, to, lang, t)}
              onChange={setRange}
              onInteract={pause}
            >
              <TimelineHistogram
                bins={bins}
                allPerBin={binning.allPerBin}
                filteredPerBin={query.filteredPerBin}
                stacks={stacks}
                from={from}
                to={to}
                width={width}
              />
            </TimelineBrush>
            <StoryMarks bins={bins} width={width} />
          </div>
          <div className="tl-status">
            <RangeSummary bins={bins} from={from} to={to} datedMatches={datedMatches} />
            <button
              type="button"
              className="tl-clear"
              aria-disabled={!hasRange}
              onClick={() => {
                if (hasRange) setRangeByHand(null);
              }}
            >
              {t.clear}
            </button>
            {/* The compare view labels its own rows and bars; these keys belong to the histogram. */}
            {!compare && <span className="tl-unit">{t.bars(t.units[bins.unit])}</span>}
            {stacks && <StackLegend />}
            {!compare && (
              <span className="tl-legend" aria-hidden="true">
                <span className="tl-swatch tl-swatch-matching" />
                {t.legendMatching}
                <span className="tl-swatch tl-swatch-all" />
                {t.legendAll}
              </span>
            )}
            <span id={noteId} className="tl-preset-note">
              {t.presetNote(formatShortDay(newest, lang))}
            </span>
          </div>
        </div>
        <div className="tl-side">
          <DateRangeInputs from={from} to={to} onChange={setRangeByHand} />
          <PlayControls playback={playback} />
          {undated}
        </div>
      </div>
    </section>
  );
}
