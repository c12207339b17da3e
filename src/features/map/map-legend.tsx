import { useId } from "react";
import { EVENT_TYPES } from "../../domain/event.ts";
import { REGION_AREA } from "../../domain/index-columns.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectQuery } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { choroplethBreaks, largestGovernorateCount } from "./choropleth.ts";
import { MAP_MESSAGES } from "./map-messages.ts";
import { useMapPalette } from "./map-palette.ts";
import { TypeSymbol } from "./type-symbol.tsx";

export function MapLegend() {
  const t = useMessages(MAP_MESSAGES);
  const lang = useLanguage();
  const open = useAppStore((s) => s.legendOpen);
  const toggleLegend = useAppStore((s) => s.toggleLegend);
  const shade = useAppStore((s) => s.shadeRegions);
  const setShade = useAppStore((s) => s.setShadeRegions);
  const maxCount = useAppStore((s) => {
    const counts = selectQuery(s)?.counts.regions;
    return counts ? largestGovernorateCount(counts) : 0;
  });
  const inAreas = useAppStore((s) => selectQuery(s)?.counts.regions[REGION_AREA] ?? 0);
  const unlocated = useAppStore((s) => selectQuery(s)?.counts.unlocated ?? 0);
  const bodyId = useId();
  const { choropleth } = useMapPalette();
  const breaks = choroplethBreaks(maxCount);

  return (
    <aside className={`map-legend${open ? " is-open" : ""}`} aria-label={t.legend}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={toggleLegend}
      >
        {open ? t.hideLegend : t.showLegend}
      </button>
      {open && (
        <div id={bodyId} className="legend-body">
          <ul className="legend-types">
            {EVENT_TYPES.map((type) => (
              <li key={type}>
                <TypeSymbol type={type} /> {t.types[type]}
              </li>
            ))}
          </ul>
          <ul className="legend-styles">
            <li>
              <TypeSymbol type="raid" /> {t.precise}
            </li>
            <li>
              <TypeSymbol type="raid" imprecise /> {t.imprecise}
            </li>
            <li>
              <span className="legend-undated">
                <TypeSymbol type="arrest" />
                <span className="undated-badge">?</span>
              </span>{" "}
              {t.undated}
            </li>
            <li>
              <span className="legend-cluster">{formatNumber(12, lang)}</span> {t.cluster}
            </li>
            <li>
              <span className="legend-selected" /> {t.selected}
            </li>
          </ul>
          {unlocated > 0 && <p className="legend-note">{t.unlocated(formatNumber(unlocated, lang))}</p>}
          {inAreas > 0 && (
            <p className="legend-note" data-testid="legend-region-level">
              {t.regionLevel(formatNumber(inAreas, lang))}
            </p>
          )}
          <label className="legend-shade">
            <input type="checkbox" checked={shade} onChange={(e) => setShade(e.target.checked)} /> {t.shadeRegions}
          </label>
          {shade && breaks.length > 0 && (
            <fieldset className="choropleth-scale">
              <legend className="visually-hidden">{t.shadeScale}</legend>
              {breaks.map((upper, i) => (
                <span key={upper} className="choropleth-step">
                  <span className="choropleth-swatch" style={{ background: choropleth[i + 1] }} />
                  {i === 0
                    ? `1–${formatNumber(upper, lang)}`
                    : `${formatNumber((breaks[i - 1] ?? 0) + 1, lang)}–${formatNumber(upper, lang)}`}
                </span>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </aside>
  );
}
