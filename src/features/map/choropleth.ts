/** Sequential classes for shading governorates by event count (light to dark, colour-blind safe). */
export const CHOROPLETH_COLOURS = ["#f7f3e8", "#fde0b6", "#fdb47b", "#f0804f", "#cf4b2f", "#9c2417"] as const;

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

export function choroplethColour(count: number, breaks: readonly number[]): string {
  if (count <= 0) return CHOROPLETH_COLOURS[0];
  const step = breaks.findIndex((upper) => count <= upper);
  const slot = Math.min(CHOROPLETH_COLOURS.length - 1, (step === -1 ? breaks.length - 1 : step) + 1);
  return CHOROPLETH_COLOURS[slot] ?? CHOROPLETH_COLOURS[0];
}
