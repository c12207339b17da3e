import { useCallback, useEffect, useState } from "react";
import type { TimeBins } from "../../domain/time-bins.ts";
import { useAppStoreApi } from "../../state/store-context.tsx";
import { playNextRange, playStartRange, resolveRange } from "./brush-math.ts";

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/** Milliseconds per step at 1×. */
export const BASE_TICK_MS = 700;

export interface Playback {
  playing: boolean;
  speed: PlaySpeed;
  setSpeed(speed: PlaySpeed): void;
  toggle(): void;
  pause(): void;
}

/**
 * Steps a window across the whole span, one bar per tick, through the store's date filter
 * (so the map and counts follow). The window is the current range, or a few bars when none
 * is set; playing stops at the end, and pausing keeps the window where it is.
 */
export function usePlayback(bins: TimeBins | null): Playback {
  const store = useAppStoreApi();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaySpeed>(1);

  useEffect(() => {
    if (!playing || !bins) return;
    const timer = window.setInterval(() => {
      const { filters, setFilters } = store.getState();
      const current = resolveRange(bins, filters);
      const next = current && playNextRange(bins, current);
      if (next) setFilters(next);
      else setPlaying(false);
    }, BASE_TICK_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, bins, store]);

  useEffect(() => {
    if (!playing) return;
    // Every frame of a play-through is a date window, and undated events have no place in one:
    // a choice to include them is set aside while playing and given back when it stops.
    const { filters, setFilters } = store.getState();
    if (filters.includeUndated !== true) return;
    setFilters({ includeUndated: null });
    return () => {
      if (store.getState().filters.includeUndated === null) store.getState().setFilters({ includeUndated: true });
    };
  }, [playing, store]);

  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => {
    if (playing || !bins) {
      setPlaying(false);
      return;
    }
    const { filters, setFilters } = store.getState();
    setFilters(playStartRange(bins, resolveRange(bins, filters)));
    setPlaying(true);
  }, [playing, bins, store]);

  return { playing, speed, setSpeed, toggle, pause };
}
