import { useAppStore } from "../state/store-context.tsx";
import type { Language } from "../url/url-state.ts";

/** The browser's preference, when the address does not name a language. */
export function browserLanguage(): Language {
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.some((tag) => tag?.toLowerCase().startsWith("ar")) ? "ar" : "en";
}

export function useLanguage(): Language {
  return useAppStore((s) => s.lang) ?? browserLanguage();
}

/** Each feature keeps its own strings beside it, in both languages, and reads them with this. */
export type Messages<M> = Record<Language, M>;

export function useMessages<M>(messages: Messages<M>): M {
  return messages[useLanguage()];
}
