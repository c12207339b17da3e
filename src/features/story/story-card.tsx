import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { formatEventDate, formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { PHONE_QUERY, useMediaQuery } from "../../shared/use-media-query.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import { STORY_MESSAGES, type StoryNotice } from "./story-messages.ts";
import { type ActiveStory, completeStep, goToStep, selectActiveStory } from "./story-state.ts";
import "./story-card.css";

/** Step numbers for the progress marks (a story has at most 200 steps). */
const STEP_NUMBERS = Array.from({ length: 200 }, (_, i) => i + 1);

/**
 * The open story: title, step n of N, the step's text and the event it rests on, with Previous,
 * Next and Exit. Arrow keys step (mirrored in Arabic), Escape exits; each step is announced.
 * The selected event and the map follow the step; the address carries story and step.
 * Drawn over the map's own area (never over the timeline); a bottom sheet on phones.
 */
export default function StoryCard() {
  const t = useMessages(STORY_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const lang = useLanguage();
  const store = useAppStoreApi();
  const active = useAppStore(selectActiveStory);
  const requested = useAppStore((s) => s.story?.id ?? null);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const cardRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const storyId = active?.narrative.id;
  const step = active?.step;
  const eventId = active?.event?.id ?? null;
  const phone = useMediaQuery(PHONE_QUERY);
  // On a phone the card and the event's details share the foot of the screen: the card stands
  // aside (a bar at the top) while the reader looks at the event, until asked back.
  const [aside, setAside] = useState(false);
  useEffect(() => {
    if (step !== undefined) setAside(false);
  }, [step]);

  // A story just opened, or the dataset arriving under a story link: show the step's event.
  useEffect(() => {
    if (storyId !== undefined && step !== undefined && eventId !== null) completeStep(store);
  }, [store, storyId, step, eventId]);

  // Focus comes to the card when a story opens, so the keys work at once.
  useEffect(() => {
    if (storyId !== undefined) cardRef.current?.focus({ preventScroll: true });
  }, [storyId]);

  // A link to a story this dataset does not have: said once, in the notices.
  const unknown = hasDataset && requested !== null && !active ? requested : null;
  useEffect(() => {
    if (unknown !== null)
      store.getState().notify([{ code: "story.unknown", params: { id: unknown } } satisfies StoryNotice]);
  }, [store, unknown]);

  if (!active) return null;
  if (phone && aside) return <StoryBar active={active} onBack={() => setAside(false)} />;
  const { narrative, total, current, event } = active;
  const title = lang === "ar" && narrative.titleAr ? narrative.titleAr : narrative.title;
  const titleLang = lang === "ar" && !narrative.titleAr ? "en" : undefined;
  const text = lang === "ar" && current.textAr ? current.textAr : current.text;
  const textLang = lang === "ar" && !current.textAr ? "en" : undefined;
  const go = (next: number) => {
    if (next < 1 || next > total || next === active.step) return;
    goToStep(store, next);
  };
  const exit = () => store.getState().exitStory();
  const onKeyDown = (e: KeyboardEvent) => {
    const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
    const back = lang === "ar" ? "ArrowRight" : "ArrowLeft";
    if (e.key === forward) go(active.step + 1);
    else if (e.key === back) go(active.step - 1);
    else if (e.key === "Escape") exit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const n = (value: number) => formatNumber(value, lang);
  const eventTitle = event ? (lang === "ar" && event.titleAr ? event.titleAr : event.title) : null;

  return (
    <section
      ref={cardRef}
      className="story-card"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="story-card"
    >
      <p className="story-kicker">
        <span>{t.story}</span>
        <span className="story-progress">{t.stepOf(n(active.step), n(total))}</span>
      </p>
      <h2 id={headingId} className="story-title" dir="auto" lang={titleLang}>
        {title}
      </h2>
      <ol className="story-dots" aria-hidden="true">
        {STEP_NUMBERS.slice(0, total).map((number) => (
          <li key={number} className={number === active.step ? "current" : number < active.step ? "done" : ""} />
        ))}
      </ol>
      <p className="story-text" dir="auto" lang={textLang}>
        {text}
      </p>
      {event && eventTitle ? (
        <p className="story-cite">
          <span className="story-cite-label">{t.restsOn}</span>{" "}
          <button
            type="button"
            className="story-cite-event"
            onClick={() => {
              store.getState().select(event.id, "panel");
              setAside(true);
            }}
          >
            <TypeSymbol type={event.type} size={12} /> <span dir="auto">{eventTitle}</span>
          </button>
          <span className="story-cite-date">
            {" "}
            · {typeNames[event.type]} · {formatEventDate(event.startDay, event.datePrecision, lang)}
          </span>
        </p>
      ) : (
        <p className="story-missing" role="note">
          {t.missingEvent(current.event)}
        </p>
      )}
      <div className="story-actions">
        <button type="button" onClick={() => go(active.step - 1)} disabled={active.step <= 1}>
          <span aria-hidden="true">{lang === "ar" ? "→ " : "← "}</span>
          {t.previous}
        </button>
        <button
          type="button"
          className="story-next"
          onClick={() => go(active.step + 1)}
          disabled={active.step >= total}
        >
          {t.next}
          <span aria-hidden="true">{lang === "ar" ? " ←" : " →"}</span>
        </button>
        <button type="button" className="story-exit" onClick={exit}>
          {t.exit}
        </button>
      </div>
      <p className="story-keys">{t.keys}</p>
      <p className="visually-hidden" aria-live="polite">
        {t.announce(title, n(active.step), n(total), text)}
      </p>
    </section>
  );
}

/** The card standing aside on a phone: the story and step, and a way back to its text. */
function StoryBar({ active, onBack }: { active: ActiveStory; onBack(): void }) {
  const t = useMessages(STORY_MESSAGES);
  const lang = useLanguage();
  const title = lang === "ar" && active.narrative.titleAr ? active.narrative.titleAr : active.narrative.title;
  return (
    <section className="story-card is-aside" aria-label={t.story}>
      <p className="story-bar-text">
        <span className="story-progress">
          {t.stepOf(formatNumber(active.step, lang), formatNumber(active.total, lang))}
        </span>{" "}
        <span dir="auto">{title}</span>
      </p>
      <button type="button" className="story-bar-back" onClick={onBack}>
        {t.backToStory}
      </button>
    </section>
  );
}
