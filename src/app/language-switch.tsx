import { useMessages } from "../i18n/use-language.ts";
import { useAppStore } from "../state/store-context.tsx";
import { APP_MESSAGES } from "./app-messages.ts";

/** "العربية" in English, "English" in Arabic: each names the other language in its own words. */
export function LanguageSwitch() {
  const { switchTo } = useMessages(APP_MESSAGES);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <button
      type="button"
      className="header-button language-switch"
      lang={switchTo.lang}
      title={switchTo.hint}
      onClick={() => setLang(switchTo.lang)}
    >
      {switchTo.label}
    </button>
  );
}
