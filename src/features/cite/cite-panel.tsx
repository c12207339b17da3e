import { useEffect, useId, useState } from "react";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { CITE_MESSAGES } from "./cite-messages.ts";
import type { Citation } from "./cite-text.ts";
import "./cite.css";

type CopyState = "idle" | "text" | "markdown" | "failed";

/**
 * A citation in either language (the interface's first), as plain text on screen, with
 * buttons that copy it as text or as Markdown.
 */
export function CitePanel({
  heading,
  cite,
  onClose,
}: {
  heading: string;
  cite: (lang: Language) => Citation;
  onClose: () => void;
}) {
  const t = useMessages(CITE_MESSAGES);
  const uiLang = useLanguage();
  const [lang, setLang] = useState<Language>(uiLang);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const headingId = useId();
  const citation = cite(lang);

  useEffect(() => {
    if (copyState === "idle") return;
    const timer = setTimeout(() => setCopyState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const copy = (what: "text" | "markdown") => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) {
      setCopyState("failed");
      return;
    }
    clipboard.writeText(citation[what]).then(
      () => setCopyState(what),
      () => setCopyState("failed"),
    );
  };

  return (
    <section className="cite-panel" aria-labelledby={headingId}>
      <header className="cite-header">
        <h3 id={headingId}>{heading}</h3>
        <button type="button" className="icon-button" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      <fieldset className="cite-langs">
        <legend className="visually-hidden">{t.language}</legend>
        <button type="button" aria-pressed={lang === "en"} lang="en" onClick={() => setLang("en")}>
          {t.english}
        </button>
        <button type="button" aria-pressed={lang === "ar"} lang="ar" onClick={() => setLang("ar")}>
          {t.arabic}
        </button>
      </fieldset>
      <p className="cite-text" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} data-testid="citation-text">
        {citation.text}
      </p>
      <div className="cite-actions">
        <button type="button" onClick={() => copy("text")}>
          {t.copyText}
        </button>
        <button type="button" onClick={() => copy("markdown")}>
          {t.copyMarkdown}
        </button>
      </div>
      <p className="copy-status" role="status">
        {copyState === "text" || copyState === "markdown" ? t.copied : copyState === "failed" ? t.copyFailed : ""}
      </p>
    </section>
  );
}
