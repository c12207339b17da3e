import { useEffect, useRef } from "react";

function isShown(element: HTMLElement): boolean {
  if (!element.isConnected) return false;
  return typeof element.checkVisibility === "function" ? element.checkVisibility() : true;
}

/**
 * Remembers what had focus when something opens and gives focus back when it closes, so a
 * keyboard user lands where they were (the marker or list row that opened the panel). When that
 * is gone or hidden (a phone's list drawer), focus goes to the fallback.
 */
export function useFocusReturn(open: boolean, fallback: () => HTMLElement | null): void {
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current && typeof document !== "undefined") {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useEffect(() => {
    if (wasOpen.current && !open) {
      const target = returnTo.current && isShown(returnTo.current) ? returnTo.current : fallback();
      target?.focus();
      returnTo.current = null;
    }
    wasOpen.current = open;
  }, [open, fallback]);
}
