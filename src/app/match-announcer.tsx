import { useEffect, useRef, useState } from "react";
import { formatNumber } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { selectQuery } from "../state/selectors.ts";
import { useAppStore } from "../state/store-context.tsx";
import { APP_MESSAGES } from "./app-messages.ts";

/** How long the filters must stay still before the count is read out. */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * Says "N events match" to screen readers once the filters settle (a brush drag or typing
 * would otherwise read out every step). Nothing is said on the first load.
 */
export function MatchAnnouncer() {
  const t = useMessages(APP_MESSAGES);
  const lang = useLanguage();
  const filters = useAppStore((s) => s.filters);
  const count = useAppStore((s) => selectQuery(s)?.positions.length ?? null);
  const [message, setMessage] = useState("");
  const first = useRef(filters);

  useEffect(() => {
    if (filters === first.current || count === null) return;
    const timer = window.setTimeout(() => setMessage(t.matches(count, formatNumber(count, lang))), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [filters, count, t, lang]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="match-announcer">
      {message}
    </p>
  );
}
