import { describe, expect, it } from "vitest";
import { FORMAT_ID } from "../../src/data/event-schema.ts";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { generateEvents } from "../../src/tools/synthetic/generate-events.ts";
import { syntheticPlaces, syntheticRegionPoints } from "../../src/tools/synthetic/places.ts";
import { bundledLocator } from "../support/disk.ts";

describe("a 50 MB file", () => {
  it("loads whole, every synthetic record kept, and the broken record reported where it is", () => {
    const records: unknown[] = [
      ...generateEvents({ count: 135_000, seed: 3, places: syntheticPlaces(), regionPoints: syntheticRegionPoints() }),
    ];
    records.splice(1000, 0, { id: "broken", date: "2025-02-30" });
    const text = JSON.stringify({ format: FORMAT_ID, title: "SYNTHETIC large file", events: records });
    expect(text.length).toBeGreaterThan(50e6);
    const result = parseDatasetFile(text, "large.json", bundledLocator());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.events).toHaveLength(135_000);
    expect(result.problems.length).toBeGreaterThan(0);
    const errors = result.problems.filter((p) => p.severity === "error");
    expect(new Set(errors.map((p) => `${p.index}:${p.id}`))).toEqual(new Set(["1000:broken"]));
    // Synthetic points jittered near the border are kept by its tolerance, each with a note.
    const notes = result.problems.filter((p) => p.severity === "warning");
    expect(notes.every((p) => p.message.includes("outside the bundled outline of Syria"))).toBe(true);
    expect(result.events.every((e) => e.synthetic === true)).toBe(true);
  }, 60_000);
});
