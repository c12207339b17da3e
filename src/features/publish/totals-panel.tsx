import { useId, useMemo, useState } from "react";
import { EVENT_TYPES } from "../../domain/event.ts";
import { OUTCOME_KINDS } from "../../domain/outcome-filter.ts";
import { totalsOf } from "../../domain/totals.ts";
import { formatNumber, formatShortDay } from "../../i18n/format.ts";
import { LANGUAGES, type Language } from "../../i18n/language.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { useDeferredQuery } from "../../state/use-deferred-query.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import { PUBLISH_MESSAGES } from "./publish-messages.ts";
import { eventCountText, outcomeSentence, totalsAsText } from "./totals-text.ts";
import { useCopyText } from "./use-copy-text.ts";
import "./totals.css";

/** Above this many events the summary waits to be asked for: its first count reads every event once. */
const OPEN_BY_DEFAULT_UP_TO = 50_000;
/** Forces and targets listed in the panel (the copied text lists as many). */
const TOP_NAMES = 4;

/** What the current filters add up to: events, reported figures, types, forces and targets. */
export default function TotalsPanel() {
  const t = useMessages(PUBLISH_MESSAGES);
  const lang = useLanguage();
  const mapT = useMessages(MAP_MESSAGES);
  const store = useAppStoreApi();
  const { index, query } = useDeferredQuery();
  const filters = useAppStore((s) => s.filters);
  const [openChoice, setOpen] = useState<boolean | null>(null);
  const open = openChoice ?? (index ? index.size <= OPEN_BY_DEFAULT_UP_TO : true);
  const [copyState, copy] = useCopyText();
  const headingId = useId();
  const bodyId = useId();
  const totals = useMemo(
    () => (open && index && query ? totalsOf(index, query.positions, TOP_NAMES) : null),
    [open, index, query],
  );
  if (!index) return null;
  const n = (value: number) => formatNumber(value, lang);
  const copyIn = (language: Language) => {
    if (!totals) return;
    const dataset = store.getState().dataset;
    copy(
      totalsAsText(
        totals,
        filters,
        language,
        { title: dataset?.metadata.title ?? "", link: window.location.href },
        MAP_MESSAGES[language].types,
      ),
    );
  };
  const otherLanguage = LANGUAGES.find((l) => l !== lang) as Language;

  return (
    <section className="totals" aria-labelledby={headingId} data-testid="totals">
      <div className="totals-top">
        <h3 id={headingId} className="totals-heading">
          {t.totalsHeading}
        </h3>
        <button
          type="button"
          className="totals-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t.totalsHide : t.totalsShow}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {totals && (
          <>
            <p className="totals-count">
              <strong>{eventCountText(totals, lang)}</strong>
              {totals.firstDay !== null && totals.lastDay !== null && (
                <span className="totals-span">
                  {" "}
                  {t.span(formatShortDay(totals.firstDay, lang), formatShortDay(totals.lastDay, lang))}
                </span>
              )}
              {totals.undated > 0 && <span className="totals-span"> · {t.undatedCount(n(totals.undated))}</span>}
            </p>
            <ul className="totals-outcomes">
              {OUTCOME_KINDS.map((field) => (
                <li key={field} data-testid={`totals-${field}`}>
                  {outcomeSentence(totals, field, lang)}
                </li>
              ))}
            </ul>
            <ul className="totals-types" aria-label={t.byType}>
              {EVENT_TYPES.map((type, i) =>
                totals.types[i] ? (
                  <li key={type}>
                    <TypeSymbol type={type} size={12} />
                    <span>{mapT.types[type]}</span>
                    <span className="totals-number">{n(totals.types[i] as number)}</span>
                  </li>
                ) : null,
              )}
            </ul>
            {(
              [
                [t.topForces, totals.topActors],
                [t.topTargets, totals.topTargets],
              ] as const
            ).map(([label, names]) =>
              names.length ? (
                <div key={label} className="totals-names">
                  <h4>{label}</h4>
                  <ol>
                    {names.map((entry) => (
                      <li key={entry.name}>
                        <span dir="auto">{entry.name}</span>
                        <span className="totals-number">{n(entry.events)}</span>
                      </li>
                    ))}
                  </ol>
                </div>
              ) : null,
            )}
            <p className="totals-note">{t.totalsNote}</p>
            <div className="totals-actions">
              <button type="button" className="totals-copy" onClick={() => copyIn(lang)}>
                {t.copyText}
              </button>
              <button type="button" className="totals-copy" lang={otherLanguage} onClick={() => copyIn(otherLanguage)}>
                {PUBLISH_MESSAGES[otherLanguage].copyInThisLanguage}
              </button>
              <span className="totals-copy-state" role="status">
                {copyState === "copied" ? t.copied : copyState === "failed" ? t.copyFailed : ""}
              </span>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
