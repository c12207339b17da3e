import { useSyncExternalStore } from "react";

/** Below this width the app switches to its phone layout (keep in step with the CSS media queries). */
export const PHONE_QUERY = "(max-width: 760px)";
export const DARK_QUERY = "(prefers-color-scheme: dark)";

const lists = new Map<string, MediaQueryList | null>();

/**
 * One MediaQueryList per query, kept: React reads the snapshot on every store change, and
 * matchMedia builds a new list each call (measurable while a large file loads).
 */
function mediaList(query: string): MediaQueryList | null {
  let list = lists.get(query);
  if (list === undefined) {
    list = typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(query) : null;
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches, kept current; false where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}

/** The phone layout: drawers for filters and list, a bottom sheet for details, a compact timeline. */
export function usePhoneLayout(): boolean {
  return useMediaQuery(PHONE_QUERY);
}

export type ColorScheme = "light" | "dark";

/** The colour scheme the system asks for; styles set in JS (Leaflet paths) follow it. */
export function useColorScheme(): ColorScheme {
  return useMediaQuery(DARK_QUERY) ? "dark" : "light";
}
