import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDatasetText } from "../../src/data/validate-dataset.ts";
import { bundledLocator, readJson } from "../support/disk.ts";

const PATH = "public/data/events.json";
const result = parseDatasetText(readFileSync(PATH, "utf8"), PATH, bundledLocator());
if (!result.ok) throw new Error(`the shipped dataset does not load: ${result.error.message}`);
const { events, problems } = result;
const raw = readJson<{ events: { id: string; location: { admin1?: string } | null }[] }>(PATH);

describe("the shipped dataset (public/data/events.json)", () => {
  it("loads with no problem at all and holds at least 50 events", () => {
    expect(problems).toEqual([]);
    expect(events.length).toBe(raw.events.length);
    expect(events.length).toBeGreaterThanOrEqual(50);
  });

  it("has unique, URL-safe ids", () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });

  it("cites at least one http(s) source for every event", () => {
    for (const event of events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.url, event.id).toMatch(/^https?:\/\/[^/]+\.[^/]+/);
    }
  });

  it("places every located event inside Syria, in the governorate its coordinates fall in or explicitly in an area", () => {
    const locator = bundledLocator();
    for (const event of events) {
      if (!event.location) continue;
      const found = locator.locate(event.location.lat, event.location.lon);
      expect(found, `${event.id} is outside Syria`).not.toBeNull();
      if (event.location.area) {
        // Region-level: a representative point, counted in no governorate.
        expect(event.admin1, event.id).toBeNull();
        expect(event.location.precision, event.id).toBe("region");
      } else expect(event.admin1, event.id).toBe(found?.code);
    }
  });

  it("counts the strikes reported only as 'the Badia' or 'north-west Syria' in no governorate", () => {
    const regionLevel = [
      "2024-12-08-us-strikes-badiya-isis-camps",
      "2025-12-19-operation-hawkeye-strike-first-wave",
      "2025-01-30-us-strike-hurras-al-din-northwest",
      "2026-01-16-us-strike-northwest-palmyra-linked-leader",
      "2026-02-04-southern-syria-captagon-balloon-network",
    ];
    for (const id of regionLevel) {
      const event = events.find((e) => e.id === id);
      expect(event?.location?.area, id).toBeDefined();
      expect(event?.admin1, id).toBeNull();
    }
  });

  it("says who acted for every event, in the documented force groups", () => {
    for (const event of events) expect(event.forceGroups?.length, event.id).toBeGreaterThan(0);
    const foreignOnly = events.find((e) => e.id === "2025-01-30-us-strike-hurras-al-din-northwest");
    expect(foreignOnly?.forceGroups).toEqual(["foreign"]);
  });

  it("states where every coordinate came from", () => {
    for (const event of events) if (event.location) expect(event.location.coordinateSource, event.id).toBeTruthy();
  });

  it("keeps the undated report of the ISIS cell east of Aleppo, undated, apart from the al-Haidariya raid", () => {
    const undatedAleppo = events.filter((e) => e.startDay === null && e.admin1 === "SY-HL");
    expect(undatedAleppo.length).toBeGreaterThanOrEqual(1);
    expect(undatedAleppo.some((e) => /east/i.test(`${e.title} ${e.summary} ${e.location?.name ?? ""}`))).toBe(true);
    expect(
      events.some((e) => e.startDay !== null && /haidariya|haydariyah/i.test(`${e.title} ${e.location?.name}`)),
    ).toBe(true);
  });

  it("carries every research row's source URL (../shared/research), so no reported operation is left out", () => {
    // Compared as parsed addresses: a link written with Arabic letters is the same as its percent-encoded form.
    const href = (url: string) => new URL(url).href;
    const cited = new Set(events.flatMap((e) => e.sources.map((source) => href(source.url))));
    for (const file of ["events.jsonl", "events-more.jsonl"]) {
      const rows = readFileSync(`../shared/research/${file}`, "utf8").trim().split("\n");
      for (const line of rows) {
        const row = JSON.parse(line) as { source_url: string; place: string };
        expect(cited.has(href(row.source_url)), `${file}: ${row.place}`).toBe(true);
      }
    }
    expect(events.length).toBeGreaterThanOrEqual(160);
  });

  it("holds no two events with the same date, place and forces", () => {
    const seen = new Map<string, string>();
    for (const event of events) {
      if (event.date === null || !event.location) continue;
      const key = `${event.date}|${event.location.name}|${[...event.actors].sort().join("+")}`;
      expect(seen.get(key), `${event.id} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, event.id);
    }
  });

  it("holds no synthetic record", () => {
    for (const event of events) expect(event.synthetic, event.id).toBeUndefined();
  });
});
