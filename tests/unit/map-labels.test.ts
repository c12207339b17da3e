import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PlaceCollection } from "../../src/data/geography.ts";
import { worldSize, worldX, worldY } from "../../src/domain/web-mercator.ts";
import { PLACE_RANK_ZOOM } from "../../src/features/map/map-labels.tsx";

const places = JSON.parse(readFileSync("public/geo/places.json", "utf8")) as PlaceCollection;
const events = (
  JSON.parse(readFileSync("public/data/events.json", "utf8")) as {
    events: { id: string; location: { lat: number; lon: number; precision: string } | null }[];
  }
).events;

/** Place names drawn in a view of this many pixels centred on a point, at a zoom. */
function namesInView(lat: number, lon: number, zoom: number, width: number, height: number): string[] {
  const scale = worldSize(zoom);
  const cx = worldX(lon) * scale;
  const cy = worldY(lat) * scale;
  return places.features
    .filter((f) => zoom >= PLACE_RANK_ZOOM[f.properties.rank])
    .filter((f) => {
      const [plon = 0, plat = 0] = f.geometry.coordinates;
      return Math.abs(worldX(plon) * scale - cx) < width / 2 && Math.abs(worldY(plat) * scale - cy) < height / 2;
    })
    .map((f) => f.properties.name);
}

describe("map labels offline", () => {
  it("name every place in both languages", () => {
    for (const f of places.features) {
      expect(f.properties.name).toBeTruthy();
      expect(f.properties.nameAr).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("leave no shipped event's surroundings without a town name, zoomed in as a bubble zooms", () => {
    // The map at 1440×900 is about 760×670 pixels; a bubble zooms to at most level 14.
    const unnamed = [10, 11, 12].flatMap((zoom) =>
      events
        .filter((e) => e.location && e.location.precision !== "region" && e.location.precision !== "governorate")
        .filter((e) => namesInView(e.location?.lat ?? 0, e.location?.lon ?? 0, zoom, 760, 670).length === 0)
        .map((e) => `${e.id} at zoom ${zoom}`),
    );
    expect(unnamed).toEqual([]);
  });
});
