/**
 * Turns the curated source files (src/tools/dataset/data/) into a format v1 dataset: reads the JSON Lines
 * files, resolves every place, checks every event against the house rules and reports each
 * problem with its file, line and field. Pure: the caller reads and writes the files.
 */

import { FORMAT_ID, narrativeSchema } from "../../data/event-schema.ts";
import type { DatasetMetadata, EventLocation, EventRecord } from "../../domain/event.ts";
import { FORCE_GROUPS, type ForceGroup } from "../../domain/force-groups.ts";
import type { Narrative } from "../../domain/narrative.ts";
import {
  type CuratedEvent,
  curatedEventSchema,
  type PlaceEntry,
  placeSchema,
  type Vocabulary,
} from "./curated-schema.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { type NumberedRecord, readJsonLines } from "./read-json-lines.ts";

export const EVENTS_FILE = "src/tools/dataset/data/events.jsonl";
export const PLACES_FILE = "src/tools/dataset/data/places.jsonl";
export const NARRATIVES_FILE = "src/tools/dataset/data/narratives.json";

const MAX_TITLE = 120;
const MAX_SUMMARY_SENTENCES = 3;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const COUNT_FIELDS = ["arrested", "killed", "wounded"] as const;

export interface CuratedInput {
  eventsText: string;
  placesText: string;
  vocabulary: Vocabulary;
  metadata: DatasetMetadata;
  /** The parsed narratives.json: the stories (format v1 `narratives`), each step citing an event. */
  narratives: unknown;
  gazetteer: Gazetteer;
}

export interface AssembledDataset {
  dataset: DatasetMetadata & { format: string; events: EventRecord[] };
  /** Every problem found, each naming its file and line; the dataset must not be written when any. */
  problems: string[];
  /** Places resolved, for the build's summary. */
  placeCount: number;
}

/** Sentences in a summary: ends of sentence followed by a space and a capital, plus the last. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?]['"’”)]?)\s+(?=[A-Z'"‘“(])/u).length;
}

/** House rules a record can break while matching the schema: each message names the field. */
function eventProblems(event: CuratedEvent, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  const fail = (field: string, message: string) => problems.push(`${field}: ${message}`);
  if (event.date === null) {
    if (!event.id.startsWith("undated-")) fail("id", 'an undated event takes an id starting with "undated-"');
    if (event.endDate || event.datePrecision) fail("date", "an undated event has no endDate or datePrecision");
  } else {
    // Ids are deep links: an event dated more precisely later keeps the id it was published with
    // (its month, or "undated-").
    const prefixes = [`${event.date}-`, `${event.date.slice(0, 7)}-`, "undated-"];
    if (!prefixes.some((prefix) => event.id.startsWith(prefix))) fail("id", "must start with the event's date");
    if (ISO_MONTH.test(event.date) ? event.datePrecision !== "month" : !ISO_DAY.test(event.date))
      fail("date", `"${event.date}" must be YYYY-MM-DD, or YYYY-MM with datePrecision "month"`);
    if (event.endDate && event.endDate <= event.date) fail("endDate", "must come after date");
  }
  if (event.title.length > MAX_TITLE) fail("title", `${event.title.length} characters (max ${MAX_TITLE})`);
  const sentences = sentenceCount(event.summary);
  if (sentences > MAX_SUMMARY_SENTENCES) fail("summary", `${sentences} sentences (max ${MAX_SUMMARY_SENTENCES})`);
  if (event.actors.length === 0) fail("actors", "no actor");
  for (const actor of event.actors)
    if (!Object.hasOwn(vocabulary.actors, actor)) fail("actors", `"${actor}" is not in vocabulary.json`);
  if (new Set(event.actors).size !== event.actors.length) fail("actors", "an actor is listed twice");
  for (const target of event.targets)
    if (!vocabulary.targets.includes(target)) fail("targets", `"${target}" is not in vocabulary.json`);
  for (const field of COUNT_FIELDS)
    if (event.outcome[field] === 0 && !/\bzero\b/i.test(event.outcome.notes ?? ""))
      fail(`outcome.${field}`, "is 0 but no report says zero (use null when not reported)");
  if (event.tags?.includes(event.type)) fail("tags", `the primary type "${event.type}" is repeated as a tag`);
  if (event.tags && new Set(event.tags).size !== event.tags.length) fail("tags", "a tag is listed twice");
  if (event.place === null && event.reportedGovernorate)
    fail("place", "the report names a governorate, so the event needs a place");
  return problems;
}

function locate(event: CuratedEvent, places: ReadonlyMap<string, EventLocation>): EventLocation | null | string {
  if (event.place === null) return null;
  const resolved = places.get(event.place);
  if (!resolved) return `place: "${event.place}" is not a resolved line of ${PLACES_FILE}`;
  const reported = event.reportedGovernorate === undefined ? [] : [event.reportedGovernorate].flat();
  if (reported.length > 0 && resolved.area)
    return `reportedGovernorate: the report names ${reported.join(" / ")}, so the place cannot be the area "${resolved.area}"`;
  if (reported.length > 0 && (!resolved.admin1 || !reported.includes(resolved.admin1)))
    return `reportedGovernorate: the report names ${reported.join(" / ")} but place "${event.place}" lies in ${resolved.admin1}`;
  return { ...resolved };
}

/** The force groups of the event's actors, in FORCE_GROUPS order. */
function forceGroupsOf(actors: readonly string[], vocabulary: Vocabulary): ForceGroup[] {
  const groups = new Set(actors.map((actor) => vocabulary.actors[actor]));
  return FORCE_GROUPS.filter((group) => groups.has(group));
}

/** The published record: the curated fields in the order the format documents them, location after targets. */
function toRecord(event: CuratedEvent, location: EventLocation | null, vocabulary: Vocabulary): EventRecord {
  const {
    place: _place,
    reportedGovernorate: _reported,
    actors,
    targets,
    outcome,
    sources,
    confidence,
    tags,
    ...head
  } = event;
  const forceGroups = forceGroupsOf(actors, vocabulary);
  return {
    ...head,
    actors,
    ...(forceGroups.length > 0 ? { forceGroups } : {}),
    targets,
    location,
    outcome,
    sources,
    confidence,
    ...(tags ? { tags } : {}),
  };
}

/** The id of every line that has one, valid record or not. */
function idsOfLines(text: string): string[] {
  return text.split("\n").flatMap((line) => {
    try {
      const id: unknown = JSON.parse(line)?.id;
      return typeof id === "string" ? [id] : [];
    } catch {
      return [];
    }
  });
}

/**
 * The stories, checked whole: each must match the format, have its own id, and cite on every step
 * an event the dataset holds (a shipped story never points at nothing).
 */
function checkStories(value: unknown, eventIdList: readonly string[], problems: string[]): Narrative[] {
  if (!Array.isArray(value)) {
    problems.push(`${NARRATIVES_FILE}: must be an array of stories`);
    return [];
  }
  const eventIds = new Set(eventIdList);
  const storyIds = new Set<string>();
  const stories: Narrative[] = [];
  value.forEach((raw, i) => {
    const parsed = narrativeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${NARRATIVES_FILE}: story ${i + 1}: ${issue.path.map(String).join(".")}: ${issue.message}`);
      return;
    }
    const story = parsed.data;
    const at = `${NARRATIVES_FILE}: story ${i + 1} (${story.id})`;
    if (storyIds.has(story.id)) problems.push(`${at}: id: used by an earlier story`);
    storyIds.add(story.id);
    story.steps.forEach((step, s) => {
      if (!eventIds.has(step.event))
        problems.push(`${at}: step ${s + 1}: event: no event "${step.event}" in the dataset`);
    });
    stories.push(story);
  });
  return stories;
}

export function assembleDataset(input: CuratedInput): AssembledDataset {
  const placeLines = readJsonLines(input.placesText, PLACES_FILE, placeSchema);
  const eventLines = readJsonLines(input.eventsText, EVENTS_FILE, curatedEventSchema);
  const problems = [...placeLines.problems, ...eventLines.problems];

  const places = new Map<string, EventLocation>();
  for (const { line, value } of placeLines.records as NumberedRecord<PlaceEntry>[]) {
    if (places.has(value.slug)) {
      problems.push(`${PLACES_FILE}:${line}: slug: "${value.slug}" is used by an earlier line`);
      continue;
    }
    const location = input.gazetteer.resolve(value);
    if (typeof location === "string") problems.push(`${PLACES_FILE}:${line} (${value.slug}): from: ${location}`);
    else places.set(value.slug, location);
  }

  const events: EventRecord[] = [];
  const lineOfId = new Map<string, number>();
  for (const { line, value } of eventLines.records) {
    const at = `${EVENTS_FILE}:${line} (${value.id})`;
    const earlier = lineOfId.get(value.id);
    if (earlier !== undefined) problems.push(`${at}: id: already used on line ${earlier}`);
    lineOfId.set(value.id, line);
    for (const problem of eventProblems(value, input.vocabulary)) problems.push(`${at}: ${problem}`);
    const location = locate(value, places);
    if (typeof location === "string") problems.push(`${at}: ${location}`);
    else events.push(toRecord(value, location, input.vocabulary));
  }

  const usedPlaces = new Set(eventLines.records.map((r) => r.value.place));
  for (const { line, value } of placeLines.records)
    if (!usedPlaces.has(value.slug))
      problems.push(`${PLACES_FILE}:${line}: slug: "${value.slug}" is not used by any event`);

  // A story citing an event refused above is not reported twice: the event's own problem says it.
  const narratives = checkStories(input.narratives, idsOfLines(input.eventsText), problems);
  // Stories stand before the events, so a reader of the file meets them with the metadata.
  return {
    dataset: { format: FORMAT_ID, ...input.metadata, ...(narratives.length ? { narratives } : {}), events },
    problems,
    placeCount: places.size,
  };
}
