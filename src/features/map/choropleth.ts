import { REGION_AREA } from "../../domain/index-columns.ts";
import type { ColorScheme } from "../../shared/use-media-query.ts";

/**
 * Sequential classes for shading governorates by event count, colour-blind safe: light to dark
 * on the light map; on the dark map, dark to bright, so more events always stand out more.
 */
export const CHOROPLETH_COLOURS = ["#f7f3e8", "#fde0b6", "#fdb47b", "#f0804f", "#cf4b2f", "#9c2417"] as const;
export const CHOROPLETH_COLOURS_DARK = ["#33363b", "#4f3b2b", "#7a4a2b", "#a85a2d", "#d77434", "#ffa65e"] as const;

export type ChoroplethPalette = readonly string[];

export function choroplethPalette(scheme: ColorScheme): ChoroplethPalette {
  return scheme === "dark" ? CHOROPLETH_COLOURS_DARK : CHOROPLETH_COLOURS;
}

/** The largest count of one governorate (region slots 1..14); area and unplaced events shade nothing. */
export function largestGovernorateCount(regionCounts: Uint32Array): number {
  let max = 0;
  for (let slot = 1; slot < REGION_AREA; slot++) max = Math.max(max, regionCounts[slot] ?? 0);
  return max;
}

/** Class breaks scaled to the largest count, so the shading stays readable at any filter. */
export function choroplethBreaks(max: number): number[] {
  if (max <= 0) return [];
  const steps = CHOROPLETH_COLOURS.length - 1;
  const breaks: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const value = Math.max(1, Math.ceil((max * i) / steps));
    if (!breaks.includes(value)) breaks.push(value);
  }
  return breaks;
}

export function choroplethColour(
  count: number,
  breaks: readonly number[],
  palette: ChoroplethPalette = CHOROPLETH_COLOURS,
): string {
  const lightest = palette[0] ?? CHOROPLETH_COLOURS[0];
  if (count <= 0) return lightest;
  const step = breaks.findIndex((upper) => count <= upper);
  const slot = Math.min(palette.length - 1, (step === -1 ? breaks.length - 1 : step) + 1);
  return palette[slot] ?? lightest;
}
