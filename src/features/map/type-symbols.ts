import type { EventType } from "../../domain/event.ts";

/**
 * One shape per type (24×24 viewBox), so colour is never the only carrier of meaning.
 * The same paths draw map markers, legend entries and list rows.
 */
export const TYPE_PATHS: Record<EventType, string> = {
  raid: "M12 2.5 21.5 20H2.5Z",
  arrest: "M4.5 4.5h15v15h-15Z",
  "cell-dismantled": "M12 1.5 22.5 12 12 22.5 1.5 12Z",
  strike: "M12 1.5l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L2 8.7l7.1-.6Z",
  clash: "M6.3 2.8 12 8.5l5.7-5.7 3.5 3.5-5.7 5.7 5.7 5.7-3.5 3.5-5.7-5.7-5.7 5.7-3.5-3.5 5.7-5.7-5.7-5.7Z",
  seizure: "M12 2l8.7 5v10L12 22l-8.7-5V7Z",
  "foiled-plot": "M12 1.8 20.5 5v6.2c0 5.2-3.6 9.2-8.5 11-4.9-1.8-8.5-5.8-8.5-11V5Z",
  campaign: "M12 2a10 10 0 1 0 0.01 0Z",
  other: "M12 5a7 7 0 1 0 0.01 0Z",
};
