import { useEffect, useRef } from "react";

/**
 * Remembers what had focus when something opens and gives focus back when it closes, so a
 * keyboard user lands where they were (the marker or list row that opened the panel).
 */
export function useFocusReturn(open: boolean, fallback: () => HTMLElement | null): void {
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current && typeof document !== "undefined") {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useEffect(() => {
    if (wasOpen.current && !open) {
      const target = returnTo.current?.isConnected ? returnTo.current : fallback();
      target?.focus();
      returnTo.current = null;
    }
    wasOpen.current = open;
  }, [open, fallback]);
}
