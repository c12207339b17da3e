import { useCallback, useEffect, useRef } from "react";

const requestFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(callback) : window.setTimeout(callback, 16);
const cancelFrame = (id: number): void =>
  typeof cancelAnimationFrame === "function" ? cancelAnimationFrame(id) : window.clearTimeout(id);

/**
 * Calls `apply` with the latest scheduled value at most once per animation frame; `flush`
 * applies a pending value at once (at the end of a drag). Pending frames die with the component.
 */
export function useFrameThrottle<T>(apply: (value: T) => void): { schedule: (value: T) => void; flush: () => void } {
  const applyRef = useRef(apply);
  const pending = useRef<{ value: T } | null>(null);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const flush = useCallback(() => {
    if (frame.current !== null) cancelFrame(frame.current);
    frame.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) applyRef.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      frame.current ??= requestFrame(() => {
        frame.current = null;
        flush();
      });
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== null) cancelFrame(frame.current);
    },
    [],
  );
  return { schedule, flush };
}
