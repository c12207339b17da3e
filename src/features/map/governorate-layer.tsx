import type { Feature } from "geojson";
import type { Layer, LeafletMouseEvent, PathOptions } from "leaflet";
import { useCallback, useMemo, useRef } from "react";
import { GeoJSON } from "react-leaflet";
import { regionSlot } from "../../domain/event-index.ts";
import { governorateByCode, isGovernorateCode } from "../../domain/governorates.ts";
import type { GovernorateCollection } from "../../domain/region-locator.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { selectQuery } from "../../state/selectors.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { choroplethBreaks, choroplethColour } from "./choropleth.ts";

const BASE: PathOptions = { color: "#8d8677", weight: 1, dashArray: "4 3", fillColor: "#fbfaf6", fillOpacity: 0.85 };
const SELECTED: PathOptions = { color: "#0b5cad", weight: 2.5, dashArray: "", fillColor: "#e3eefa", fillOpacity: 0.9 };

function codeOf(feature: Feature | undefined): string | undefined {
  return feature?.properties?.code;
}

/** Governorate shapes: click to filter by region; shaded by filtered count when the choropleth is on. */
export function GovernorateLayer({ governorates }: { governorates: GovernorateCollection }) {
  const store = useAppStoreApi();
  const lang = useLanguage();
  const selected = useAppStore((s) => s.filters.regions);
  const shade = useAppStore((s) => s.shadeRegions);
  const counts = useAppStore((s) => selectQuery(s)?.counts.regions ?? null);

  const style = useMemo(() => {
    const max = counts ? Math.max(0, ...counts.slice(1)) : 0;
    const breaks = choroplethBreaks(max);
    return (feature?: Feature): PathOptions => {
      const code = codeOf(feature);
      const isSelected = code !== undefined && (selected as readonly string[]).includes(code);
      const base = isSelected ? SELECTED : BASE;
      if (!shade || !counts || !code || !isGovernorateCode(code)) return base;
      return { ...base, fillColor: choroplethColour(counts[regionSlot(code)] ?? 0, breaks), fillOpacity: 0.92 };
    };
  }, [counts, selected, shade]);

  // Handlers are bound once per feature; they read the latest style through this ref.
  const styleRef = useRef(style);
  styleRef.current = style;

  const onEachFeature = useCallback(
    (feature: Feature, layer: Layer) => {
      const code = codeOf(feature);
      if (!code || !isGovernorateCode(code)) return;
      const governorate = governorateByCode(code);
      layer.bindTooltip(
        () => {
          const count = selectQuery(store.getState())?.counts.regions[regionSlot(code)] ?? 0;
          const name = lang === "ar" ? governorate.nameAr : governorate.name;
          const isOn = store.getState().filters.regions.includes(code);
          const action =
            lang === "ar"
              ? isOn
                ? "انقر لإزالة التصفية"
                : "انقر للتصفية"
              : isOn
                ? "click to remove filter"
                : "click to filter";
          const events = lang === "ar" ? "حدث" : count === 1 ? "event" : "events";
          return `${name}: ${formatNumber(count, lang)} ${events} · ${action}`;
        },
        { sticky: true, className: "governorate-tooltip" },
      );
      layer.on("click", (event: LeafletMouseEvent) => {
        event.originalEvent.stopPropagation();
        store.getState().toggleFacetValue("regions", code);
      });
      const path = layer as Layer & { setStyle(options: PathOptions): void };
      path.on("mouseover", () => path.setStyle({ weight: 3 }));
      path.on("mouseout", () => path.setStyle(styleRef.current(feature)));
    },
    [store, lang],
  );

  // Re-keyed on language so tooltips and handlers are rebound; style updates in place.
  return <GeoJSON key={lang} data={governorates} style={style} onEachFeature={onEachFeature} />;
}
