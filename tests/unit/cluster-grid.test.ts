import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClusterItem, clusterMembers, clusterOnGrid, type GridOptions } from "../../src/domain/cluster-grid.ts";
import type { SecurityEvent } from "../../src/domain/event.ts";
import { buildEventIndex } from "../../src/domain/event-index.ts";
import { NO_FILTERS } from "../../src/domain/filters.ts";
import { queryEvents } from "../../src/domain/query-events.ts";
import { worldSize, worldX, worldY } from "../../src/domain/web-mercator.ts";
import { arbitraryEvents } from "../support/random-events.ts";

const SYRIA_VIEW: GridOptions["view"] = [worldX(35), worldY(38), worldX(43), worldY(32)];

function total(items: ReturnType<typeof clusterOnGrid>): number {
  return items.reduce((sum, item) => sum + (item.kind === "cluster" ? item.count : 1), 0);
}

describe("clusterOnGrid", () => {
  it("accounts for every located match in view exactly once, at any zoom", () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.integer({ min: 3, max: 11 }), (events, zoom) => {
        const index = buildEventIndex(events);
        const { positions } = queryEvents(index, NO_FILTERS);
        const items = clusterOnGrid(index, positions, { zoom, view: SYRIA_VIEW, cellPixels: 48 });
        expect(total(items)).toBe(events.filter((e) => e.location).length);
        for (const item of items) {
          if (item.kind !== "cluster") continue;
          const members = clusterMembers(index, positions, item.key, { zoom, view: SYRIA_VIEW, cellPixels: 48 });
          expect(members).toHaveLength(item.count);
          expect([...item.typeCounts].reduce((a, b) => a + b, 0)).toBe(item.count);
        }
      }),
    );
  });

  it("merges nearby events at low zoom and separates them at high zoom", () => {
    const [sample] = fc.sample(
      arbitraryEvents.filter((e) => e.length >= 2),
      1,
    );
    const base = (sample as SecurityEvent[]).slice(0, 2);
    const events = base.map((e, i) => ({
      ...e,
      admin1: "SY-HL" as const,
      location: {
        name: "Aleppo",
        lat: 36.2 + i * 0.01,
        lon: 37.15,
        precision: "town" as const,
        admin1: "SY-HL" as const,
      },
    }));
    const index = buildEventIndex(events);
    const { positions } = queryEvents(index, NO_FILTERS);
    const low = clusterOnGrid(index, positions, { zoom: 6, view: SYRIA_VIEW, cellPixels: 48 });
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({ kind: "cluster", count: 2, samePoint: false });
    const aleppo: GridOptions["view"] = [worldX(37.1), worldY(36.25), worldX(37.2), worldY(36.15)];
    const high = clusterOnGrid(index, positions, { zoom: 14, view: aleppo, cellPixels: 48 });
    expect(high.map((i) => i.kind)).toEqual(["event", "event"]);
  });

  it("marks events on one identical point as inseparable", () => {
    const [sample] = fc.sample(
      arbitraryEvents.filter((e) => e.length >= 3),
      1,
    );
    const events = (sample as SecurityEvent[]).slice(0, 3).map((e) => ({
      ...e,
      admin1: "SY-DI" as const,
      location: { name: "Damascus", lat: 33.51, lon: 36.29, precision: "town" as const, admin1: "SY-DI" as const },
    }));
    const index = buildEventIndex(events);
    const items = clusterOnGrid(index, queryEvents(index, NO_FILTERS).positions, {
      zoom: 18,
      view: [worldX(36.28), worldY(33.52), worldX(36.3), worldY(33.5)],
      cellPixels: 48,
    });
    expect(items).toHaveLength(1);
    expect((items[0] as ClusterItem).samePoint).toBe(true);
  });

  it("ignores events outside the view and does not throw on an empty one", () => {
    const [events] = fc.sample(arbitraryEvents, 1);
    const index = buildEventIndex(events as SecurityEvent[]);
    const farAway: GridOptions["view"] = [worldX(0), worldY(10), worldX(1), worldY(9)];
    expect(
      clusterOnGrid(index, queryEvents(index, NO_FILTERS).positions, { zoom: 8, view: farAway, cellPixels: 48 }),
    ).toEqual([]);
  });
});

describe("bubbles never overlap", () => {
  /** Drawn radius as the map draws them: a 22 px marker, bubbles growing with the log of the count. */
  const radiusOf = (count: number) => (count === 1 ? 11 : Math.round(28 + 9 * Math.log10(count)) / 2);

  it("at any zoom, every drawn item keeps clear of every other, and each event is in exactly one", () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.double({ min: 5, max: 16, noNaN: true }), (events, zoom) => {
        const index = buildEventIndex(events);
        const { positions } = queryEvents(index, NO_FILTERS);
        const options: GridOptions = { zoom, view: SYRIA_VIEW, cellPixels: 56, radiusOf, gapPixels: 2 };
        if (worldSize(zoom) / 56 > 4000) options.view = [worldX(36), worldY(34), worldX(36.5), worldY(33.5)];
        const items = clusterOnGrid(index, positions, options);
        const scale = worldSize(zoom);
        const drawn = items.map((item) => ({
          x: worldX(item.lon) * scale,
          y: worldY(item.lat) * scale,
          r: radiusOf(item.kind === "cluster" ? item.count : 1),
        }));
        for (let i = 0; i < drawn.length; i++)
          for (let j = i + 1; j < drawn.length; j++) {
            const a = drawn[i] as (typeof drawn)[number];
            const b = drawn[j] as (typeof drawn)[number];
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 2 - 1e-6);
          }
        const seen = new Set<number>();
        for (const item of items) {
          const members = item.kind === "event" ? [item.position] : clusterMembers(index, positions, item.key, options);
          if (item.kind === "cluster") expect(members).toHaveLength(item.count);
          for (const p of members) {
            expect(seen.has(p)).toBe(false);
            seen.add(p);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("merges the bubbles of neighbouring cells around Damascus into one that can be clicked", () => {
    const [sample] = fc.sample(
      arbitraryEvents.filter((e) => e.length >= 6),
      1,
    ) as [SecurityEvent[]];
    // Points straddling a cell boundary at zoom 7: two bubbles a few pixels apart before.
    const points = [36.53, 36.54, 36.55, 36.57, 36.58, 36.59];
    const events = sample.slice(0, 6).map((e, i) => ({
      ...e,
      admin1: "SY-DI" as const,
      location: {
        name: "Damascus",
        lat: 33.5,
        lon: points[i] as number,
        precision: "town" as const,
        admin1: "SY-DI" as const,
      },
    }));
    const index = buildEventIndex(events);
    const { positions } = queryEvents(index, NO_FILTERS);
    const zoom = 7;
    const separated = clusterOnGrid(index, positions, { zoom, view: SYRIA_VIEW, cellPixels: 56, radiusOf });
    expect(separated).toHaveLength(1);
    expect(separated[0]).toMatchObject({ kind: "cluster", count: 6 });
  });
});
