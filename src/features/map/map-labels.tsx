import L from "leaflet";
import { useMemo } from "react";
import { Marker, Pane, useMap } from "react-leaflet";
import type { Geography, PlaceRank } from "../../data/geography.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { type LabelBox, placeLabels } from "./label-placement.ts";
import "./map-labels.css";

function labelIcon(text: string, className: string): L.DivIcon {
  const element = document.createElement("span");
  element.textContent = text;
  return L.divIcon({ html: element, className, iconSize: undefined as unknown as L.PointExpression });
}

function placeName(properties: { name: string; nameAr: string }, lang: Language): string {
  return lang === "ar" ? properties.nameAr : properties.name;
}

/**
 * The zoom from which each rank of place is named: cities always, towns once the map is close
 * enough to hold them apart, suburbs close in, so a zoomed-in map still has names on it offline.
 */
export const PLACE_RANK_ZOOM: Record<PlaceRank, number> = { 1: 0, 2: 7, 3: 8.5, 4: 11 };

/** Governorate and city names from the bundled geography, readable with or without tiles. */
export function MapLabels({ geography, zoom }: { geography: Geography; zoom: number }) {
  const lang = useLanguage();
  const map = useMap();
  const governorateLabels = useMemo(
    () =>
      geography.governorates.features.map((f) => ({
        key: `governorate-${f.properties.code}`,
        position: [f.properties.labelLat, f.properties.labelLon] as [number, number],
        text: placeName(f.properties, lang),
        kind: "governorate" as const,
        icon: labelIcon(placeName(f.properties, lang), "map-label governorate-label"),
      })),
    [geography, lang],
  );
  const placeLabelList = useMemo(
    () =>
      geography.places.features.map((f) => ({
        key: f.properties.name,
        rank: f.properties.rank,
        text: placeName(f.properties, lang),
        kind: f.properties.rank,
        position: [f.geometry.coordinates[1] ?? 0, f.geometry.coordinates[0] ?? 0] as [number, number],
        icon: labelIcon(placeName(f.properties, lang), `map-label place-label rank-${f.properties.rank}`),
      })),
    [geography, lang],
  );
  const shown = useMemo(() => {
    const candidates = [
      ...(zoom < 9 ? governorateLabels : []),
      ...placeLabelList.filter((label) => zoom >= PLACE_RANK_ZOOM[label.rank]),
    ];
    // Boxes in the map's pixel space at this zoom: panning moves them all alike, so only zoom matters.
    const clear = placeLabels(
      candidates.map((label) => labelBox(label.key, label.kind, label.text, map.project(label.position, zoom), lang)),
    );
    return candidates.filter((label) => clear.has(label.key));
  }, [governorateLabels, placeLabelList, zoom, map, lang]);
  return (
    <Pane name="labels" style={{ zIndex: 450, pointerEvents: "none" }}>
      {shown.map((label) => (
        <Marker
          key={label.key}
          position={label.position}
          icon={label.icon}
          interactive={false}
          keyboard={false}
          pane="labels"
        />
      ))}
    </Pane>
  );
}

/** Drawn sizes in pixels, as map-labels.css and app.css style them (16 px root). */
const LABEL_FONT = {
  governorate: { glyph: 8.3, height: 14, before: 0 }, // 0.72rem capitals, letter-spaced
  1: { glyph: 7.9, height: 16, before: 9 }, // 0.82rem bold, after the 5 px dot and its margin
  2: { glyph: 6.9, height: 16, before: 9 },
  3: { glyph: 6.4, height: 14, before: 9 },
  4: { glyph: 6.4, height: 14, before: 9 },
} as const;

/** Cities first, then governorates, then smaller places. */
const LABEL_PRIORITY = { 1: 0, governorate: 1, 2: 2, 3: 3, 4: 4 } as const;

/**
 * Where a label's text lies around its point, estimated from its length (a glyph's average
 * width): exact enough to keep names apart without measuring text in the page.
 */
function labelBox(key: string, kind: PlaceRank | "governorate", text: string, at: L.Point, lang: Language): LabelBox {
  const font = LABEL_FONT[kind];
  const width = font.before + text.length * font.glyph;
  // Governorate names are centred on their point; a place's dot is on it, its name after it.
  const left = kind === "governorate" ? at.x - width / 2 : lang === "ar" ? at.x - width + 2.5 : at.x - 2.5;
  return {
    key,
    priority: LABEL_PRIORITY[kind],
    left,
    top: at.y - font.height / 2,
    width,
    height: font.height,
  };
}
