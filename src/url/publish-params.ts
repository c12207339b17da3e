import { EVENT_ID_PATTERN } from "../domain/event.ts";
import { single, type UrlParam } from "./url-params.ts";
import { parseAsFlag, parseAsIntegerIn, parseAsMatching } from "./url-parsers.ts";
import type { UrlState } from "./url-state.ts";

/**
 * The publisher's parameters (README, "Stories" and "Embedding"), as entries of URL_PARAMS:
 *   story=<id>     opens a story of the dataset (format v1 `narratives`), at step 1 unless…
 *   step=<n>       …a step is given (1-based); a step with no story is ignored, with a notice
 *   embed=1        map and timeline only, for a frame in another page
 */

/** Steps a story may have at most (the schema's limit). */
export const MAX_STORY_STEP = 200;

/** Story ids follow the rule for event ids: URL-safe, up to 120 characters. */
const parseAsStoryId = parseAsMatching(EVENT_ID_PATTERN);
const parseAsStep = parseAsIntegerIn(1, MAX_STORY_STEP);

const story: UrlParam = {
  key: "story",
  read(params, state, ignore) {
    const text = params.get("story");
    if (text === null) return;
    const id = parseAsStoryId.parse(text);
    if (id === null) ignore(text, "story-id");
    else state.story = { id, step: 1 };
  },
  write(state, params) {
    if (state.story) params.set("story", parseAsStoryId.serialize(state.story.id));
  },
};

/** Read after `story`: it moves the story it opened; alone it means nothing. */
const step: UrlParam = {
  key: "step",
  read(params, state, ignore) {
    const text = params.get("step");
    if (text === null) return;
    const value = parseAsStep.parse(text);
    if (!state.story) ignore(text, "step-without-story");
    else if (value === null) ignore(text, "story-step");
    else state.story = { ...state.story, step: value };
  },
  // Always written with its story, so a shared link says which step it shows.
  write(state, params) {
    if (state.story) params.set("step", parseAsStep.serialize(state.story.step));
  },
};

export const PUBLISH_PARAMS: readonly UrlParam[] = [
  story,
  step,
  single(
    "embed",
    parseAsFlag,
    "flag",
    (s: UrlState) => s.embed,
    (s, v) => (s.embed = v),
  ),
];
