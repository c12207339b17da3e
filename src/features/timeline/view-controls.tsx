import { useId } from "react";
import { COMPARE_DIMENSIONS } from "../../domain/compare-series.ts";
import type { BinUnit } from "../../domain/time-bins.ts";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { BIN_UNITS } from "../../url/analyst-params.ts";
import { COMPARE_MESSAGES, type TimelineView } from "./compare-messages.ts";
import "./compare.css";

const VIEWS: readonly TimelineView[] = ["histogram", "stacked", ...COMPARE_DIMENSIONS];

/** Bar unit (bin=) and what the chart shows: one histogram, stacked by type, or compared (compare=). */
export function ViewControls({ spanUnit }: { spanUnit: BinUnit }) {
  const t = useMessages(COMPARE_MESSAGES);
  const bin = useAppStore((s) => s.bin);
  const compare = useAppStore((s) => s.compare);
  const stackTypes = useAppStore((s) => s.stackTypes);
  const setBin = useAppStore((s) => s.setBin);
  const setCompare = useAppStore((s) => s.setCompare);
  const setStackTypes = useAppStore((s) => s.setStackTypes);
  const unitId = useId();
  const viewId = useId();
  const view: TimelineView = compare ?? (stackTypes ? "stacked" : "histogram");

  return (
    <div className="tl-view-controls">
      <label htmlFor={unitId}>{t.barUnit}</label>
      <select
        id={unitId}
        value={bin ?? "auto"}
        onChange={(e) => setBin(e.target.value === "auto" ? null : (e.target.value as BinUnit))}
      >
        <option value="auto">{t.auto(t.unitNames[spanUnit])}</option>
        {BIN_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {t.unitNames[unit]}
          </option>
        ))}
      </select>
      <label htmlFor={viewId}>{t.view}</label>
      <select
        id={viewId}
        value={view}
        onChange={(e) => {
          const next = e.target.value as TimelineView;
          setStackTypes(next === "stacked");
          setCompare(next === "histogram" || next === "stacked" ? null : next);
        }}
      >
        {VIEWS.map((v) => (
          <option key={v} value={v}>
            {t.views[v]}
          </option>
        ))}
      </select>
    </div>
  );
}
