import { useId } from "react";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { STORY_MESSAGES } from "./story-messages.ts";
import { narrativesOf } from "./story-state.ts";
import "./story-list.css";

/** The dataset's stories, each opened at its first step; nothing when the dataset has none. */
export function StoryList() {
  const t = useMessages(STORY_MESSAGES);
  const lang = useLanguage();
  const narratives = useAppStore(narrativesOf);
  const openStory = useAppStore((s) => s.openStory);
  const openId = useAppStore((s) => s.story?.id ?? null);
  const headingId = useId();
  if (narratives.length === 0) return null;
  return (
    <section className="story-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="story-list-heading">
        {t.stories}
      </h3>
      <p className="story-list-hint">{t.storiesHint}</p>
      <ul>
        {narratives.map((story) => {
          const title = lang === "ar" && story.titleAr ? story.titleAr : story.title;
          const summary = lang === "ar" && story.summaryAr ? story.summaryAr : story.summary;
          return (
            <li key={story.id}>
              <button
                type="button"
                className="story-list-open"
                aria-current={openId === story.id ? "true" : undefined}
                aria-label={t.openStory(title)}
                onClick={() => openStory(story.id)}
              >
                <span className="story-list-title" dir="auto">
                  {title}
                </span>
                <span className="story-list-steps">
                  {t.steps(story.steps.length, formatNumber(story.steps.length, lang))}
                </span>
              </button>
              <p className="story-list-summary" dir="auto">
                {summary}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
