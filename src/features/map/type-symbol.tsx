import type { EventType } from "../../domain/event.ts";
import { MARKER_HOLLOW, MARKER_OUTLINE } from "./marker-elements.ts";
import { TYPE_COLOURS } from "./type-style.ts";
import { TYPE_PATHS } from "./type-symbols.ts";

interface Props {
  type: EventType;
  size?: number;
  /** Hollow and dashed: the location stands for an area, not a point. */
  imprecise?: boolean;
}

/** The type's shape and colour, as drawn on the map; decorative (the text beside it names the type). */
export function TypeSymbol({ type, size = 16, imprecise = false }: Props) {
  const colour = TYPE_COLOURS[type];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="type-symbol">
      <path
        d={TYPE_PATHS[type]}
        style={{ fill: imprecise ? MARKER_HOLLOW : colour, stroke: imprecise ? colour : MARKER_OUTLINE }}
        strokeWidth={imprecise ? 2.4 : 1.6}
        strokeDasharray={imprecise ? "3 2" : undefined}
      />
    </svg>
  );
}
