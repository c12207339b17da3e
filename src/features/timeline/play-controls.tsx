import { useId } from "react";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";
import { PLAY_SPEEDS, type Playback, type PlaySpeed } from "./use-playback.ts";

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg className="tl-play-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      {playing ? (
        <>
          <rect x="2" y="1.5" width="3" height="9" rx="0.8" />
          <rect x="7" y="1.5" width="3" height="9" rx="0.8" />
        </>
      ) : (
        <path d="M3 1.4v9.2a.6.6 0 0 0 .9.5l7-4.6a.6.6 0 0 0 0-1L3.9.9a.6.6 0 0 0-.9.5z" />
      )}
    </svg>
  );
}

export function PlayControls({ playback }: { playback: Playback }) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const speedId = useId();
  return (
    <div className="tl-play-controls">
      <button type="button" className="tl-play" onClick={playback.toggle}>
        <PlayIcon playing={playback.playing} />
        {playback.playing ? t.pause : t.play}
      </button>
      <label className="visually-hidden" htmlFor={speedId}>
        {t.speed}
      </label>
      <select
        id={speedId}
        className="tl-speed"
        value={playback.speed}
        onChange={(e) => playback.setSpeed(Number(e.target.value) as PlaySpeed)}
      >
        {PLAY_SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {formatNumber(speed, lang)}×
          </option>
        ))}
      </select>
    </div>
  );
}
