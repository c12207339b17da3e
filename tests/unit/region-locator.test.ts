import { describe, expect, it } from "vitest";
import { createRegionLocator, rasterizeGovernorates } from "../../src/domain/region-locator.ts";
import { bundledLocator, readGeography } from "../support/disk.ts";

describe("region locator over the bundled governorate shapes", () => {
  const locator = bundledLocator();

  it.each([
    ["Aleppo city", 36.2021, 37.1343, "SY-HL"],
    ["Damascus city", 33.5102, 36.2913, "SY-DI"],
    ["Douma", 33.5711, 36.4019, "SY-RD"],
    ["Deir ez-Zor city", 35.3359, 40.1408, "SY-DY"],
    ["Quneitra city (UNDOF zone in Natural Earth)", 33.1254, 35.824, "SY-QU"],
    ["Daraa", 32.6189, 36.1021, "SY-DR"],
    ["Al-Hasakah", 36.5024, 40.7477, "SY-HA"],
  ])("puts %s in its governorate", (_name, lat, lon, code) => {
    expect(locator.locate(lat, lon)?.code).toBe(code);
  });

  it("gives border places just outside the shapes to the nearest governorate", () => {
    expect(locator.locate(36.6975, 38.9567)?.code).toBe("SY-RA"); // Tall Abyad
    expect(locator.locate(34.8569, 35.8583)?.code).toBe("SY-TA"); // Arwad island
  });

  it.each([
    ["Baghdad", 33.3152, 44.3661],
    ["Beirut", 33.8938, 35.5018],
    ["Amman", 31.9454, 35.9284],
    ["the Mediterranean", 35.0, 34.5],
    ["null island", 0, 0],
  ])("finds no governorate for %s", (_name, lat, lon) => {
    expect(locator.locate(lat, lon)).toBeNull();
  });

  it("does not throw on non-finite coordinates", () => {
    expect(locator.locate(Number.NaN, 36)).toBeNull();
    expect(locator.locate(35, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("region locator raster", () => {
  it("answers exactly as the polygon test does, on a dense grid over Syria and its borders", async () => {
    const { readGeography } = await import("../support/disk.ts");
    const { pointInPolygon } = await import("../../src/domain/geo-math.ts");
    const governorates = readGeography().governorates.features;
    const locator = bundledLocator();
    let checked = 0;
    for (let lat = 32.2; lat <= 37.4; lat += 0.037) {
      for (let lon = 35.6; lon <= 42.5; lon += 0.041) {
        const inside = governorates.find((f) => {
          const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
          return polygons.some((rings) => pointInPolygon(lon, lat, rings as [number, number][][]));
        });
        const found = locator.locate(lat, lon);
        if (inside) {
          expect(found?.code, `${lat},${lon}`).toBe(inside.properties.code);
          checked++;
        } else expect(found?.distanceKm ?? 1, `${lat},${lon}`).toBeGreaterThan(0);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe("region locator asked the same places again", () => {
  it("gives each point the answer a fresh locator gives, whatever was asked before", () => {
    // Rows of points across borders (the Turkish border at Tall Abyad, the Lebanese coast), so that
    // most take the exact test: same latitudes, different longitudes, and the reverse.
    const points: [number, number][] = [];
    for (const lat of [36.6975, 34.6, 33.9]) for (let k = 0; k < 8; k++) points.push([lat, 35.7 + k * 0.45]);
    for (const lon of [38.9567, 35.95]) for (let k = 0; k < 6; k++) points.push([32.3 + k * 0.9, lon]);
    const governorates = readGeography().governorates;
    const expected = points.map(([lat, lon]) => createRegionLocator(governorates).locate(lat, lon));
    // With a raster made apart, as a helper thread is given the loading worker's.
    const locator = createRegionLocator(governorates, { raster: rasterizeGovernorates(governorates) });
    for (let round = 0; round < 3; round++)
      points.forEach((_, k) => {
        const i = round === 1 ? points.length - 1 - k : k;
        const [lat, lon] = points[i] as [number, number];
        expect(locator.locate(lat, lon), `${lat},${lon} in round ${round}`).toEqual(expected[i]);
      });
    expect(expected.filter((found) => found === null).length).toBeGreaterThan(3);
    expect(expected.filter((found) => found && found.distanceKm > 0).length).toBeGreaterThan(0);
  });
});
