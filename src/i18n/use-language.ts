import { useAppStore } from "../state/store-context.tsx";
import type { Language } from "./language.ts";

let preference: Language | null = null;
if (typeof window !== "undefined") window.addEventListener("languagechange", () => (preference = null));

/** The browser's preference, when the address does not name a language (read once, until it changes). */
export function browserLanguage(): Language {
  if (preference) return preference;
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  preference = preferred.some((tag) => tag?.toLowerCase().startsWith("ar")) ? "ar" : "en";
  return preference;
}

export function useLanguage(): Language {
  return useAppStore((s) => s.lang) ?? browserLanguage();
}

/** Each feature keeps its own strings beside it, in both languages, and reads them with this. */
export type Messages<M> = Record<Language, M>;

export function useMessages<M>(messages: Messages<M>): M {
  return messages[useLanguage()];
}
