import type { SecurityEvent } from "../../domain/event.ts";
import { clampStep, type Narrative, type NarrativeStep } from "../../domain/narrative.ts";
import type { MapView } from "../../state/map-view.ts";
import { selectIndex } from "../../state/selectors.ts";
import type { AppState, AppStoreApi } from "../../state/store.ts";

export interface ActiveStory {
  narrative: Narrative;
  /** 1-based, within the story. */
  step: number;
  total: number;
  current: NarrativeStep;
  /** The event the step rests on; null when the dataset does not hold it. */
  event: SecurityEvent | null;
}

const NO_NARRATIVES: readonly Narrative[] = [];

export function narrativesOf(state: AppState): readonly Narrative[] {
  return state.dataset?.metadata.narratives ?? NO_NARRATIVES;
}

let last: { story: AppState["story"]; dataset: AppState["dataset"]; result: ActiveStory | null } | null = null;

/** The story the address opens, at its step; null when none is open or the dataset has no such story. */
export function selectActiveStory(state: AppState): ActiveStory | null {
  // Memoised on its inputs: components subscribe with it, and a new object each time would loop.
  if (last && last.story === state.story && last.dataset === state.dataset) return last.result;
  const result = findActiveStory(state);
  last = { story: state.story, dataset: state.dataset, result };
  return result;
}

function findActiveStory(state: AppState): ActiveStory | null {
  if (!state.story) return null;
  const narrative = narrativesOf(state).find((n) => n.id === state.story?.id);
  if (!narrative || narrative.steps.length === 0) return null;
  const step = clampStep(narrative, state.story.step);
  const current = narrative.steps[step - 1] as NarrativeStep;
  const index = selectIndex(state);
  const position = index?.positionOf(current.event);
  return {
    narrative,
    step,
    total: narrative.steps.length,
    current,
    event: index && position !== undefined ? index.eventAt(position) : null,
  };
}

/** Zoom for a step on a town or district; a governorate-wide or regional place is shown wider. */
const PLACE_ZOOM = 9;
const WIDE_PLACE_ZOOM = 7.5;

/** Where the map goes for a step: the step's own view, else the event's place at a readable zoom. */
export function stepView(step: NarrativeStep, event: SecurityEvent | null): MapView | null {
  if (step.view) return step.view;
  if (!event?.location) return null;
  const wide = event.location.precision === "governorate" || event.location.precision === "region";
  return { lat: event.location.lat, lon: event.location.lon, zoom: wide ? WIDE_PLACE_ZOOM : PLACE_ZOOM };
}

/**
 * Shows step `step` (1-based) of the open story: the step, its event and the map move together
 * in one change of the store, so the address gains one history entry.
 */
export function goToStep(store: AppStoreApi, step: number): void {
  const state = store.getState();
  if (!state.story) return;
  const story = { id: state.story.id, step };
  const target = findActiveStory({ ...state, story });
  if (!target) return;
  state.showStoryStep(story, target.event?.id ?? null, stepView(target.current, target.event));
}

/**
 * After a story is opened (or the dataset arrives under a story link): selects the step's event and
 * moves the map, unless the address already names an event. The step stays the same.
 */
export function completeStep(store: AppStoreApi): void {
  const state = store.getState();
  const active = selectActiveStory(state);
  // An event the address names (chosen during the story, then shared) is left as it is.
  if (!state.story || !active?.event || state.selectedId !== null) return;
  state.showStoryStep(state.story, active.event.id, stepView(active.current, active.event));
}

/** The open story's dated steps as day numbers, and the current step's day (null when undated). */
export interface StoryDays {
  days: number[];
  current: number | null;
}

let lastDays: { story: AppState["story"]; dataset: AppState["dataset"]; result: StoryDays | null } | null = null;

/** Days of the open story's events, for marking its span and its step on the timeline. */
export function selectStoryDays(state: AppState): StoryDays | null {
  if (lastDays && lastDays.story === state.story && lastDays.dataset === state.dataset) return lastDays.result;
  const active = selectActiveStory(state);
  const index = selectIndex(state);
  let result: StoryDays | null = null;
  if (active && index) {
    const dayOf = (id: string): number | null => {
      const position = index.positionOf(id);
      return position === undefined ? null : index.eventAt(position).startDay;
    };
    const days = active.narrative.steps.map((step) => dayOf(step.event)).filter((day): day is number => day !== null);
    result = days.length ? { days, current: active.event ? dayOf(active.event.id) : null } : null;
  }
  lastDays = { story: state.story, dataset: state.dataset, result };
  return result;
}
