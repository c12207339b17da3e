import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef } from "react";

const CiteEvent = lazy(() => import("../cite/cite-buttons.tsx").then((m) => ({ default: m.CiteEvent })));

import { AREA_NAMES } from "../../domain/areas.ts";
import { isApproximateLocation, type SecurityEvent } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import { FORCE_GROUP_NAMES } from "../../domain/force-groups.ts";
import { governorateByCode } from "../../domain/governorates.ts";
import {
  neighboursInOrder,
  RELATED_DEFAULTS,
  relatedEvents,
  samePlaceEvents,
  sameSourceEvents,
} from "../../domain/related-events.ts";
import { formatDecimal, formatEventDate, formatIsoDate, formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectIndex, selectQuery, selectSelectedEvent } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import { DETAILS_MESSAGES } from "./details-messages.ts";
import { hostOf, safeHttpUrl } from "./safe-link.ts";
import { useCopyLink } from "./use-copy-link.ts";
import "./event-details.css";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NameList({ names, empty }: { names: readonly string[]; empty: string }) {
  if (names.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="name-list">
      {names.map((name) => (
        <li key={name} dir="auto">
          {name}
        </li>
      ))}
    </ul>
  );
}

function EventLink({ index, position, onPick }: { index: EventIndex; position: number; onPick: (id: string) => void }) {
  const lang = useLanguage();
  const event = index.eventAt(position);
  return (
    <button type="button" className="event-link" onClick={() => onPick(event.id)}>
      <TypeSymbol type={event.type} size={14} imprecise={isApproximateLocation(event.location)} />
      <span className="event-link-title" dir="auto">
        {lang === "ar" && event.titleAr ? event.titleAr : event.title}
      </span>
      <span className="event-link-date">{formatEventDate(event.startDay, event.datePrecision, lang)}</span>
    </button>
  );
}

/** A titled list of other events, or a line saying there are none. */
function EventLinks({
  id,
  heading,
  empty,
  index,
  positions,
  onPick,
}: {
  id: string;
  heading: string;
  empty: string;
  index: EventIndex;
  positions: number[];
  onPick: (id: string) => void;
}) {
  return (
    <section className="details-section" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {positions.length ? (
        <ul className="related-list">
          {positions.map((p) => (
            <li key={p}>
              <EventLink index={index} position={p} onPick={onPick} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}

function dateText(event: SecurityEvent, lang: ReturnType<typeof useLanguage>): string {
  const start = formatEventDate(event.startDay, event.datePrecision, lang);
  if (event.endDate && event.endDay !== null && event.startDay !== null && event.endDay !== event.startDay)
    return `${start} – ${formatEventDate(event.endDay, "day", lang)}`;
  return start;
}

const COPY_STATUS = {
  idle: null,
  copied: "copied",
  "copied-local": "copiedLocal",
  "local-only": "localOnly",
  "link-pending": "linkPending",
  failed: "copyFailed",
} as const;

/** The detail panel of the selected event. Focus moves to its heading when it opens. */
export function EventDetails({ onClose }: { onClose: () => void }) {
  const t = useMessages(DETAILS_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const lang = useLanguage();
  const event = useAppStore(selectSelectedEvent);
  const index = useAppStore(selectIndex);
  const query = useAppStore(selectQuery);
  const select = useAppStore((s) => s.select);
  // A story's step selects its event while the reader is on the story card: focus stays there.
  const fromStory = useAppStore((s) => s.selectionSource === "story");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyState, copy] = useCopyLink();
  const pick = (id: string) => select(id, "panel");

  const position = event && index ? index.positionOf(event.id) : undefined;
  const order = useMemo(
    () => (query && position !== undefined ? neighboursInOrder(query.positions, position) : null),
    [query, position],
  );
  // An event with no date or no place cannot have neighbours in time or on the map; it can
  // still have events at the same place and reports from the same sources.
  const dated = index !== null && position !== undefined && position < index.datedCount;
  const located = index !== null && position !== undefined && !Number.isNaN(index.lat[position] as number);
  const related = useMemo(
    () => (index && position !== undefined && dated && located ? relatedEvents(index, position) : []),
    [index, position, dated, located],
  );
  const samePlace = useMemo(
    () => (index && position !== undefined && !dated && located ? samePlaceEvents(index, position) : []),
    [index, position, dated, located],
  );
  const sameSource = useMemo(
    () => (index && position !== undefined && !(dated && located) ? sameSourceEvents(index, position) : []),
    [index, position, dated, located],
  );

  useEffect(() => {
    if (event && !fromStory) headingRef.current?.focus();
  }, [event, fromStory]);

  if (!event || !index) return null;
  const location = event.location;
  const governorate = event.admin1 ? governorateByCode(event.admin1) : null;
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? <span className="muted">{t.notReported}</span> : formatNumber(value, lang);
  const neighbour = (p: number | null) => (p === null ? null : index.idAt(p));
  // Earlier events lie to the left in English, to the right in Arabic.
  const arrows = lang === "ar" ? { back: "→", forward: "←" } : { back: "←", forward: "→" };
  const previousId = neighbour(order?.previous ?? null);
  const nextId = neighbour(order?.next ?? null);

  return (
    <article className="event-details" aria-labelledby="event-details-title" data-event-id={event.id}>
      <header className="details-header">
        <span className={`type-pill type-${event.type}`}>
          <TypeSymbol type={event.type} size={16} />
          {typeNames[event.type]}
        </span>
        <button type="button" className="icon-button" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      {event.synthetic && <p className="synthetic-flag">{t.synthetic}</p>}
      <h2 id="event-details-title" ref={headingRef} tabIndex={-1} dir="auto">
        {lang === "ar" && event.titleAr ? event.titleAr : event.title}
      </h2>
      <dl className="details-facts">
        <Field label={t.date}>{dateText(event, lang)}</Field>
        <Field label={t.place}>
          {location ? (
            <>
              {lang === "ar" && location.nameAr ? location.nameAr : location.name}
              {location.nameAr && lang !== "ar" && (
                <>
                  {" · "}
                  <span className="arabic" lang="ar" dir="rtl">
                    {location.nameAr}
                  </span>
                </>
              )}
              <span className="precision-note"> ({t.precision[location.precision]})</span>
            </>
          ) : (
            <span className="muted">{t.noLocation}</span>
          )}
        </Field>
        {governorate && (
          <Field label={t.governorate}>
            {lang === "ar" ? governorate.nameAr : governorate.name}
            {" · "}
            <span className="arabic" lang={lang === "ar" ? "en" : "ar"} dir={lang === "ar" ? "ltr" : "rtl"}>
              {lang === "ar" ? governorate.name : governorate.nameAr}
            </span>
          </Field>
        )}
        {location?.area && !governorate && (
          <Field label={t.governorate}>{t.areaOnly(AREA_NAMES[location.area][lang])}</Field>
        )}
        {event.forceGroups?.length ? (
          <Field label={t.forceGroups}>
            <NameList names={event.forceGroups.map((group) => FORCE_GROUP_NAMES[group][lang])} empty={t.none} />
          </Field>
        ) : null}
        <Field label={t.actors}>
          <NameList names={event.actors} empty={t.none} />
        </Field>
        <Field label={t.targets}>
          <NameList names={event.targets} empty={t.none} />
        </Field>
      </dl>

      <section className="details-section" aria-labelledby="details-outcome">
        <h3 id="details-outcome">{t.outcome}</h3>
        <dl className="outcome-grid">
          <Field label={t.arrested}>{count(event.outcome.arrested)}</Field>
          <Field label={t.killed}>{count(event.outcome.killed)}</Field>
          <Field label={t.wounded}>{count(event.outcome.wounded)}</Field>
        </dl>
        <dl>
          <Field label={t.seized}>
            {event.outcome.seized?.length ? (
              <NameList names={event.outcome.seized} empty={t.none} />
            ) : (
              <span className="muted">{t.notReported}</span>
            )}
          </Field>
        </dl>
        {event.outcome.notes && (
          <p className="outcome-notes" dir="auto">
            {event.outcome.notes}
          </p>
        )}
      </section>

      <section className="details-section" aria-labelledby="details-summary">
        <h3 id="details-summary">{t.summary}</h3>
        <p className="summary" dir="auto">
          {lang === "ar" && event.summaryAr ? event.summaryAr : event.summary}
        </p>
      </section>

      {event.confidence && (
        <section className="details-section" aria-labelledby="details-confidence">
          <h3 id="details-confidence">{t.confidence}</h3>
          <p>
            <span className={`confidence confidence-${event.confidence.level}`}>
              {t.confidenceLevels[event.confidence.level]}
            </span>{" "}
            <bdi>{event.confidence.reason}</bdi>
          </p>
        </section>
      )}

      <section className="details-section" aria-labelledby="details-sources">
        <h3 id="details-sources">{t.sources}</h3>
        <ul className="source-list">
          {event.sources.map((source) => {
            const href = safeHttpUrl(source.url);
            return (
              <li key={source.url}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    <bdi>{source.name}</bdi>
                    <span className="visually-hidden"> {t.opensInNewTab}</span>
                  </a>
                ) : (
                  <span>
                    {source.name} <span className="muted">({t.unsafeLink})</span>
                  </span>
                )}
                <span className="source-meta">
                  {href ? hostOf(href) : ""}
                  {source.published ? ` · ${t.published} ${formatIsoDate(source.published, lang)}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {location && (
        <p className="coordinates">
          {t.coordinates}: {formatDecimal(location.lat, 4, lang)}
          {lang === "ar" ? "، " : ", "}
          {formatDecimal(location.lon, 4, lang)}
          {location.coordinateSource ? ` · ${t.coordinateSource} ${location.coordinateSource}` : ""}
        </p>
      )}
      {event.tags?.length ? (
        <p className="tags">
          <span className="visually-hidden">{t.tags}: </span>
          {event.tags.map((tag) => (
            <span key={tag} className="tag" dir="auto">
              {tag}
            </span>
          ))}
        </p>
      ) : null}

      {(!dated || !located) && (
        <p className="details-limits">
          {[!dated && t.undatedLimits, !located && t.unlocatedLimits].filter(Boolean).join(" ")}
        </p>
      )}
      {dated && (
        <nav className="details-nav" aria-label={t.panelLabel}>
          <button type="button" disabled={!previousId} onClick={() => previousId && pick(previousId)}>
            <span aria-hidden="true">{arrows.back}</span> {t.earlier}
          </button>
          <span className="details-rank">
            {order?.rank !== null && order?.rank !== undefined && query
              ? t.positionOf(formatNumber(order.rank + 1, lang), formatNumber(query.positions.length, lang))
              : t.notInFilters}
          </span>
          <button type="button" disabled={!nextId} onClick={() => nextId && pick(nextId)}>
            {t.later} <span aria-hidden="true">{arrows.forward}</span>
          </button>
        </nav>
      )}
      <button type="button" className="copy-link" onClick={copy}>
        {t.copyLink}
      </button>
      <p className="copy-status" role="status">
        {COPY_STATUS[copyState] ? t[COPY_STATUS[copyState]] : ""}
      </p>
      <Suspense fallback={null}>
        <CiteEvent key={event.id} event={event} />
      </Suspense>

      {dated && located && (
        <EventLinks
          id="details-related"
          heading={t.related}
          empty={t.noRelated(formatNumber(RELATED_DEFAULTS.maxKm, lang), formatNumber(RELATED_DEFAULTS.maxDays, lang))}
          index={index}
          positions={related}
          onPick={pick}
        />
      )}
      {!dated && located && (
        <EventLinks
          id="details-same-place"
          heading={t.samePlace}
          empty={t.noSamePlace}
          index={index}
          positions={samePlace}
          onPick={pick}
        />
      )}
      {!(dated && located) && (
        <EventLinks
          id="details-same-source"
          heading={t.sameSource}
          empty={t.noSameSource}
          index={index}
          positions={sameSource}
          onPick={pick}
        />
      )}
    </article>
  );
}
