import { dayToDate } from "../../domain/dates.ts";
import type { DayRange } from "./brush-math.ts";

/** Quick ranges, counted back from the newest event in the dataset (not from today). */
export const PRESET_IDS = ["last30", "last90", "last12Months", "thisYear", "everything"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const MS_PER_DAY = 86_400_000;

/** The range a preset selects, ending on `newest`; null for "everything". */
export function presetRange(preset: PresetId, newest: number): DayRange | null {
  const date = dayToDate(newest);
  const year = date.getUTCFullYear();
  switch (preset) {
    case "last30":
      return { from: newest - 29, to: newest };
    case "last90":
      return { from: newest - 89, to: newest };
    case "last12Months":
      // The day after the same date a year earlier: 6 Mar 2025 – 5 Mar 2026.
      return {
        from: Math.floor(Date.UTC(year - 1, date.getUTCMonth(), date.getUTCDate() + 1) / MS_PER_DAY),
        to: newest,
      };
    case "thisYear":
      return { from: Math.floor(Date.UTC(year, 0, 1) / MS_PER_DAY), to: newest };
    case "everything":
      return null;
  }
}

/** The preset whose range is exactly the filter's, if any. */
export function activePreset(from: number | null, to: number | null, newest: number): PresetId | null {
  for (const preset of PRESET_IDS) {
    const range = presetRange(preset, newest);
    if (range === null ? from === null && to === null : range.from === from && range.to === to) return preset;
  }
  return null;
}
