import L from "leaflet";
import { useMemo } from "react";
import { Marker, Pane } from "react-leaflet";
import type { Geography } from "../../data/geography.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage } from "../../i18n/use-language.ts";

function labelIcon(text: string, className: string): L.DivIcon {
  const element = document.createElement("span");
  element.textContent = text;
  return L.divIcon({ html: element, className, iconSize: undefined as unknown as L.PointExpression });
}

function placeName(properties: { name: string; nameAr: string }, lang: Language): string {
  return lang === "ar" ? properties.nameAr : properties.name;
}

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
    ...placeLabels.filter((label) => label.rank === 1 || zoom >= 7),
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
