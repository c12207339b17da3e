import L from "leaflet";
import { useMemo } from "react";
import { Marker, Pane } from "react-leaflet";
import type { Geography, PlaceRank } from "../../data/geography.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage } from "../../i18n/use-language.ts";
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
  const governorateLabels = useMemo(
    () =>
      geography.governorates.features.map((f) => ({
        key: f.properties.code,
        position: [f.properties.labelLat, f.properties.labelLon] as [number, number],
        icon: labelIcon(placeName(f.properties, lang), "map-label governorate-label"),
      })),
    [geography, lang],
  );
  const placeLabels = useMemo(
    () =>
      geography.places.features.map((f) => ({
        key: f.properties.name,
        rank: f.properties.rank,
        position: [f.geometry.coordinates[1] ?? 0, f.geometry.coordinates[0] ?? 0] as [number, number],
        icon: labelIcon(placeName(f.properties, lang), `map-label place-label rank-${f.properties.rank}`),
      })),
    [geography, lang],
  );
  const shown = [
    ...(zoom < 9 ? governorateLabels : []),
    ...placeLabels.filter((label) => zoom >= PLACE_RANK_ZOOM[label.rank]),
  ];
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
