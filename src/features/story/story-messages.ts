import { isolate, type MessageOf, type MessageTable } from "../../i18n/message.ts";
import type { Messages } from "../../i18n/use-language.ts";

interface StoryMessages {
  story: string;
  stepOf: (step: string, total: string) => string;
  previous: string;
  next: string;
  exit: string;
  restsOn: string;
  missingEvent: (id: string) => string;
  announce: (title: string, step: string, total: string, text: string) => string;
  keys: string;
  backToStory: string;
  stories: string;
  storiesHint: string;
  steps: (count: number, formatted: string) => string;
  openStory: (title: string) => string;
}

export const STORY_MESSAGES: Messages<StoryMessages> = {
  en: {
    story: "Story",
    stepOf: (step, total) => `Step ${step} of ${total}`,
    previous: "Previous",
    next: "Next",
    exit: "Exit story",
    restsOn: "This step rests on",
    missingEvent: (id) => `This step cites the event “${id}”, which is not in the loaded dataset.`,
    announce: (title, step, total, text) => `${title}, step ${step} of ${total}: ${text}`,
    keys: "Arrow keys: previous and next step · Escape: exit",
    backToStory: "Back to the story",
    stories: "Stories",
    storiesHint: "Guided paths through the events, step by step, each step citing its event.",
    steps: (count, formatted) => (count === 1 ? "1 step" : `${formatted} steps`),
    openStory: (title) => `Open the story: ${title}`,
  },
  ar: {
    story: "قصة",
    stepOf: (step, total) => `الخطوة ${step} من ${total}`,
    previous: "السابق",
    next: "التالي",
    exit: "الخروج من القصة",
    restsOn: "تستند هذه الخطوة إلى",
    missingEvent: (id) => `تستشهد هذه الخطوة بالحدث «${id}»، وهو غير موجود في البيانات المحمّلة.`,
    announce: (title, step, total, text) => `${title}، الخطوة ${step} من ${total}: ${text}`,
    keys: "مفاتيح الأسهم: الخطوة السابقة والتالية · Escape: خروج",
    backToStory: "العودة إلى القصة",
    stories: "قصص",
    storiesHint: "مسارات موجّهة عبر الأحداث، خطوة بخطوة، وكل خطوة تستشهد بحدثها.",
    steps: (_count, formatted) => `الخطوات: ${formatted}`,
    openStory: (title) => `افتح القصة: ${title}`,
  },
};

type StoryNoticeParams = {
  "story.unknown": { id: string };
};

/** What a story link can tell the person, as notices. */
export type StoryNotice = MessageOf<StoryNoticeParams>;

export const STORY_NOTICES: MessageTable<StoryNoticeParams> = {
  en: {
    "story.unknown": ({ id }) => `Ignored story=${id}: this dataset has no story with that id.`,
  },
  ar: {
    "story.unknown": ({ id }) => `تم تجاهل ${isolate(`story=${id}`)}: لا توجد في هذه البيانات قصة بهذا المعرّف.`,
  },
};
