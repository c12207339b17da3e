import type { PathOptions } from "leaflet";
import { type ColorScheme, useColorScheme } from "../../shared/use-media-query.ts";
import { type ChoroplethPalette, choroplethPalette } from "./choropleth.ts";

/**
 * Colours of the vector geography, set in JS because Leaflet writes them as SVG attributes
 * (where CSS variables do not reach). Everything else on the map follows the CSS variables.
 */
export interface MapPalette {
  neighbour: PathOptions;
  syriaOutline: PathOptions;
  governorate: PathOptions;
  governorateSelected: PathOptions;
  choropleth: ChoroplethPalette;
}

const LIGHT: MapPalette = {
  neighbour: { color: "#a9a397", weight: 1, fillColor: "#e9e5dc", fillOpacity: 1 },
  syriaOutline: { color: "#4a4439", weight: 2.2, fill: false },
  governorate: { color: "#8d8677", weight: 1, dashArray: "4 3", fillColor: "#fbfaf6", fillOpacity: 0.85 },
  governorateSelected: { color: "#0b5cad", weight: 2.5, dashArray: "", fillColor: "#e3eefa", fillOpacity: 0.9 },
  choropleth: choroplethPalette("light"),
};

const DARK: MapPalette = {
  neighbour: { color: "#4a4e55", weight: 1, fillColor: "#202327", fillOpacity: 1 },
  syriaOutline: { color: "#c9c2b4", weight: 2.2, fill: false },
  governorate: { color: "#6f6b64", weight: 1, dashArray: "4 3", fillColor: "#2e3136", fillOpacity: 0.95 },
  governorateSelected: { color: "#7ab8ff", weight: 2.5, dashArray: "", fillColor: "#1d3552", fillOpacity: 0.95 },
  choropleth: choroplethPalette("dark"),
};

export const MAP_PALETTES: Record<ColorScheme, MapPalette> = { light: LIGHT, dark: DARK };

export function useMapPalette(): MapPalette {
  return MAP_PALETTES[useColorScheme()];
}
