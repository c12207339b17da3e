import { describe, expect, it } from "vitest";
import { type LabelBox, placeLabels } from "../../src/features/map/label-placement.ts";

const box = (key: string, priority: number, left: number, top: number, width = 60, height = 14): LabelBox => ({
  key,
  priority,
  left,
  top,
  width,
  height,
});

describe("placing map names", () => {
  it("keeps the city where its governorate's name would cover it, whatever the order given", () => {
    const governorate = box("ALEPPO", 1, 100, 100);
    const city = box("Aleppo", 0, 120, 104);
    expect(placeLabels([governorate, city])).toEqual(new Set(["Aleppo"]));
    expect(placeLabels([city, governorate])).toEqual(new Set(["Aleppo"]));
  });

  it("keeps names that stand apart, and drops a town only where a more important name is", () => {
    const kept = placeLabels([
      box("Damascus", 0, 0, 0),
      box("Douma", 2, 200, 0),
      box("Harasta", 3, 40, 8), // on Damascus
      box("Jaramana", 3, 0, 40),
    ]);
    expect(kept).toEqual(new Set(["Damascus", "Douma", "Jaramana"]));
  });

  it("never returns two names that touch (random layouts)", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 50; round++) {
      const labels = Array.from({ length: 40 }, (_, i) =>
        box(`l${i}`, Math.floor(random() * 5), random() * 400, random() * 300, 20 + random() * 80),
      );
      const kept = labels.filter((l) => placeLabels(labels).has(l.key));
      for (const [i, a] of kept.entries())
        for (const b of kept.slice(i + 1)) {
          const apart =
            a.left + a.width <= b.left ||
            b.left + b.width <= a.left ||
            a.top + a.height <= b.top ||
            b.top + b.height <= a.top;
          expect(apart, `${a.key} / ${b.key}`).toBe(true);
        }
      // Every dropped name was dropped for a name that matters as much or more.
      for (const dropped of labels.filter((l) => !placeLabels(labels).has(l.key)))
        expect(kept.some((k) => k.priority <= dropped.priority)).toBe(true);
    }
  });
});
