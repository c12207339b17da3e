import type { Feature } from "geojson";
import type { Layer, LeafletMouseEvent, PathOptions } from "leaflet";
import { useCallback, useMemo, useRef } from "react";
import { GeoJSON } from "react-leaflet";
import { governorateByCode, isGovernorateCode } from "../../domain/governorates.ts";
import { regionSlot } from "../../domain/index-columns.ts";
import type { GovernorateCollection } from "../../domain/region-locator.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectQuery } from "../../state/selectors.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { choroplethBreaks, choroplethColour, largestGovernorateCount } from "./choropleth.ts";
import { MAP_MESSAGES } from "./map-messages.ts";
import { useMapPalette } from "./map-palette.ts";

function codeOf(feature: Feature | undefined): string | undefined {
  return feature?.properties?.code;
}

/** Governorate shapes: click to filter by region; shaded by filtered count when the choropleth is on. */
export function GovernorateLayer({ governorates }: { governorates: GovernorateCollection }) {
  const store = useAppStoreApi();
  const lang = useLanguage();
  const t = useMessages(MAP_MESSAGES);
  const palette = useMapPalette();
  const selected = useAppStore((s) => s.filters.regions);
  const shade = useAppStore((s) => s.shadeRegions);
  const counts = useAppStore((s) => selectQuery(s)?.counts.regions ?? null);

  const style = useMemo(() => {
    const max = counts ? largestGovernorateCount(counts) : 0;
    const breaks = choroplethBreaks(max);
    return (feature?: Feature): PathOptions => {
      const code = codeOf(feature);
      const isSelected = code !== undefined && (selected as readonly string[]).includes(code);
      const base = isSelected ? palette.governorateSelected : palette.governorate;
      if (!shade || !counts || !code || !isGovernorateCode(code)) return base;
      return {
        ...base,
        fillColor: choroplethColour(counts[regionSlot(code)] ?? 0, breaks, palette.choropleth),
        fillOpacity: 0.92,
      };
    };
  }, [counts, selected, shade, palette]);

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
          return t.governorateTooltip(name, count, formatNumber(count, lang), isOn);
        },
        { sticky: true, className: "governorate-tooltip" },
      );
      layer.on("click", (event: LeafletMouseEvent) => {
        event.originalEvent.stopPropagation();
        store.getState().toggleFacetValue("regions", code);
      });
      const path = layer as Layer & { setStyle(options: PathOptions): void; getElement(): Element | undefined };
      // Leaflet's tooltip listens for focus on the shape, which makes Chromium put every shape in
      // the Tab order, unnamed. Keyboard users filter by region with the Region checkboxes instead.
      path.on("add", () => path.getElement()?.setAttribute("tabindex", "-1"));
      path.on("mouseover", () => path.setStyle({ weight: 3 }));
      path.on("mouseout", () => path.setStyle(styleRef.current(feature)));
    },
    [store, lang, t],
  );

  // Re-keyed on language so tooltips and handlers are rebound; style updates in place.
  return <GeoJSON key={lang} data={governorates} style={style} onEachFeature={onEachFeature} />;
}
