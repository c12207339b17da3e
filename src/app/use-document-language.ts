import { useLayoutEffect } from "react";
import { textDirection } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { APP_MESSAGES } from "./app-messages.ts";

/** Keeps <html lang dir> and the page title in the interface language: the whole layout mirrors from it. */
export function useDocumentLanguage(): void {
  const lang = useLanguage();
  const { title } = useMessages(APP_MESSAGES);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = textDirection(lang);
    document.title = title;
  }, [lang, title]);
}
