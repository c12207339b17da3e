import type { EventType } from "../../domain/event.ts";

/** Colour per type: distinguishable for common colour-vision deficiencies (Okabe–Ito based). */
export const TYPE_COLOURS: Record<EventType, string> = {
  raid: "#d55e00",
  arrest: "#0072b2",
  "cell-dismantled": "#cc79a7",
  strike: "#b5121b",
  clash: "#e69f00",
  seizure: "#009e73",
  "foiled-plot": "#6a3d9a",
  campaign: "#555555",
  other: "#8c7a5b",
};
