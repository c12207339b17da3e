import { useMessages } from "../../i18n/use-language.ts";
import type { DayRange } from "./brush-math.ts";
import { activePreset, PRESET_IDS, presetRange } from "./presets.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

interface PresetButtonsProps {
  /** Day of the newest dated event, which the presets count back from. */
  newest: number;
  from: number | null;
  to: number | null;
  /** Id of the on-screen note saying what the presets count from. */
  noteId: string;
  onSelect(range: DayRange | null): void;
}

export function PresetButtons({ newest, from, to, noteId, onSelect }: PresetButtonsProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const active = activePreset(from, to, newest);
  return (
    <fieldset className="tl-presets" aria-describedby={noteId}>
      <legend className="visually-hidden">{t.presets}</legend>
      {PRESET_IDS.map((preset) => (
        <button
          key={preset}
          type="button"
          aria-pressed={active === preset}
          onClick={() => onSelect(presetRange(preset, newest))}
        >
          {t.presetLabels[preset]}
        </button>
      ))}
    </fieldset>
  );
}
