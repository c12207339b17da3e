/** A label as it would be drawn: its box in pixels at one zoom, and how much it matters. */
export interface LabelBox {
  key: string;
  /** Lower draws first and wins a clash: cities, then governorates, then towns, then suburbs. */
  priority: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept clear around each label, so halos do not touch. */
const GAP = 3;

/**
 * The labels that can be drawn without touching each other, the more important first: where a
 * governorate is named after its capital, the two names would otherwise sit on top of each other.
 * Greedy by priority; the few hundred labels of a view make the quadratic check cheap.
 */
export function placeLabels(candidates: readonly LabelBox[]): Set<string> {
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority);
  const kept: LabelBox[] = [];
  for (const label of ordered) if (!kept.some((other) => overlap(label, other))) kept.push(label);
  return new Set(kept.map((label) => label.key));
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return (
    a.left < b.left + b.width + GAP &&
    b.left < a.left + a.width + GAP &&
    a.top < b.top + b.height + GAP &&
    b.top < a.top + a.height + GAP
  );
}
