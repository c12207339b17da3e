/**
 * A story (format v1 `narratives`): an ordered path through a dataset's events with text, as
 * TimeMap's narratives are. Each step rests on one event; its text is the dataset's own words.
 */

export interface NarrativeView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface NarrativeStep {
  /** Id of the event the step rests on (and cites). */
  event: string;
  /** Plain text, in the dataset's language. */
  text: string;
  textAr?: string | undefined;
  /** Where the map goes for this step; without it, the map centres on the event. */
  view?: NarrativeView | undefined;
}

export interface Narrative {
  id: string;
  title: string;
  titleAr?: string | undefined;
  summary: string;
  summaryAr?: string | undefined;
  steps: NarrativeStep[];
}

/** The step (1-based in links) clamped into the story: a link to step 9 of 5 opens step 5. */
export function clampStep(narrative: Narrative, step: number): number {
  return Math.min(narrative.steps.length, Math.max(1, Math.trunc(step)));
}
