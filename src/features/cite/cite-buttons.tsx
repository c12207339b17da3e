import { useState } from "react";
import type { SecurityEvent } from "../../domain/event.ts";
import type { Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectQuery } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { filterChips } from "../filters/active-filter-chips.tsx";
import { FILTERS_MESSAGES } from "../filters/filters-messages.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { CITE_MESSAGES } from "./cite-messages.ts";
import { CitePanel } from "./cite-panel.tsx";
import { type CiteContext, citeEvent, citeView, eventPermalink } from "./cite-text.ts";

const today = () => Math.floor(Date.now() / 86_400_000);
const pageBase = () => `${window.location.origin}${window.location.pathname}`;

/** "Cite" in an event's panel: its citation in English or Arabic, to copy. */
export function CiteEvent({ event }: { event: SecurityEvent }) {
  const t = useMessages(CITE_MESSAGES);
  const metadata = useAppStore((s) => s.dataset?.metadata ?? null);
  const dataUrl = useAppStore((s) => s.dataUrl);
  const [open, setOpen] = useState(false);
  if (!metadata) return null;
  if (!open)
    return (
      <button type="button" className="cite-open copy-link" aria-expanded={false} onClick={() => setOpen(true)}>
        {t.cite}
      </button>
    );
  const cite = (lang: Language) => {
    const context: CiteContext = { lang, metadata, base: pageBase(), today: today() };
    return citeEvent(event, eventPermalink(context.base, event.id, dataUrl), context);
  };
  return <CitePanel heading={t.heading} cite={cite} onClose={() => setOpen(false)} />;
}

/** "Cite this view": the count and filters in words, the dataset, the link and today's date. */
export function CiteView() {
  const t = useMessages(CITE_MESSAGES);
  const uiLang = useLanguage();
  const metadata = useAppStore((s) => s.dataset?.metadata ?? null);
  const filters = useAppStore((s) => s.filters);
  const count = useAppStore((s) => selectQuery(s)?.positions.length ?? 0);
  const [open, setOpen] = useState(false);
  if (!metadata) return null;
  if (!open)
    return (
      <button type="button" className="cite-open" aria-expanded={false} onClick={() => setOpen(true)}>
        {t.citeView}
      </button>
    );
  const cite = (lang: Language) => {
    const words = filterChips(filters, lang, FILTERS_MESSAGES[lang], MAP_MESSAGES[lang].types).map((c) => c.label);
    return citeView(count, words, window.location.href, { lang, metadata, base: pageBase(), today: today() });
  };
  return (
    <div lang={uiLang}>
      <CitePanel heading={t.viewHeading} cite={cite} onClose={() => setOpen(false)} />
    </div>
  );
}
