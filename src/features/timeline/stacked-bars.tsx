import { useMemo } from "react";
import type { Binning } from "../../domain/binning.ts";
import { compareSeries } from "../../domain/compare-series.ts";
import { EVENT_TYPES } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import type { QueryResult } from "../../domain/query-events.ts";
import { useMessages } from "../../i18n/use-language.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TYPE_COLOURS } from "../map/type-style.ts";
import { COMPARE_MESSAGES } from "./compare-messages.ts";
import "./compare.css";

/** Matches per bin and type (EVENT_TYPES order), over every bin; null when not stacking. */
export type TypeStacks = readonly Uint32Array[] | null;

/** The matching events of each type per bin, for the histogram stacked by type (stack=type). */
export function useTypeStacks(
  index: EventIndex | null,
  binning: Binning | null,
  query: QueryResult | null,
): TypeStacks {
  return useMemo(() => {
    const bins = binning?.bins;
    if (!index || !binning || !bins || !query) return null;
    const comparison = compareSeries(index, binning, query.positions, "type", EVENT_TYPES, [0, bins.starts.length - 1]);
    return comparison.series.map((s) => s.perBin);
  }, [index, binning, query]);
}

/** Colour key of the stacked bars: every type, with its map colour. */
export function StackLegend() {
  const t = useMessages(COMPARE_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  return (
    <ul className="tl-stack-legend" aria-label={t.stackedLegend}>
      {EVENT_TYPES.map((type) => (
        <li key={type}>
          <span className="cmp-key" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />
          {typeNames[type]}
        </li>
      ))}
    </ul>
  );
}
