import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layering the README describes, checked on every file's imports (static and dynamic):
 * a pure domain core, Leaflet only in the map feature, and features that share code only
 * through the modules named below.
 */

const SRC = join(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Import {
  /** The file, relative to src/. */
  from: string;
  /** A package name, or the imported file relative to src/. */
  to: string;
  isPackage: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^;"']*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const from = relative(SRC, file);
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3]) as string;
    const isPackage = !specifier.startsWith(".");
    const to = isPackage ? specifier : relative(SRC, join(dirname(file), specifier));
    return { from, to, isPackage };
  });
}

const FILES = sourceFiles(SRC);
const IMPORTS = FILES.flatMap(importsOf);
const packageName = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : (specifier.split("/")[0] as string);
const inFolder = (path: string, folder: string) => path.startsWith(`${folder}/`);

/**
 * What one feature may take from another: the map's symbol vocabulary (shapes, colours, palette,
 * type names), the filter chips and their words, the download helper, the load-from-address
 * control, the totals section, the Cite buttons, the dataset-origin line, the list of stories and the story's marks on the timeline. Anything else a second feature needs belongs in one of these, or in
 * src/shared.
 */
const SHARED_FEATURE_MODULES = new Set([
  "features/map/map-palette.ts",
  "features/map/type-style.ts",
  "features/map/type-symbols.ts",
  "features/map/type-symbol.tsx",
  "features/map/marker-elements.ts",
  "features/map/map-messages.ts",
  "features/map/label-placement.ts",
  "features/filters/filters-messages.ts",
  "features/filters/active-filter-chips.tsx",
  "features/export/download.ts",
  "features/import/import-controls.tsx",
  "features/publish/totals-section.tsx",
  "features/cite/cite-buttons.tsx",
  "features/provenance/origin-fact.tsx",
  "features/story/story-list.tsx",
  "features/story/story-marks.tsx",
]);

/** Packages the domain may use: GeoJSON's types only. */
const DOMAIN_PACKAGES = new Set(["geojson"]);

describe("import boundaries", () => {
  it("finds the source files and their imports", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(IMPORTS.filter((i) => inFolder(i.from, "domain")).length).toBeGreaterThan(20);
    // Dynamic imports are seen too.
    expect(IMPORTS.some((i) => i.to.startsWith("features/") && i.from.startsWith("app/"))).toBe(true);
  });

  it("keeps src/domain pure: no React, Leaflet, store, DOM or outer layer", () => {
    const offending = IMPORTS.filter(
      (i) =>
        inFolder(i.from, "domain") &&
        (i.isPackage ? !DOMAIN_PACKAGES.has(packageName(i.to)) : !inFolder(i.to, "domain")),
    ).map((i) => `${i.from} imports ${i.to}`);
    expect(offending).toEqual([]);
    const touchingDom = FILES.filter((file) => inFolder(relative(SRC, file), "domain"))
      .filter((file) =>
        /\b(document|window|navigator|localStorage|HTMLElement)\b\s*[.(]/.test(readFileSync(file, "utf8")),
      )
      .map((file) => relative(SRC, file));
    expect(touchingDom).toEqual([]);
  });

  it("imports Leaflet only in src/features/map", () => {
    const offending = IMPORTS.filter(
      (i) =>
        i.isPackage && ["leaflet", "react-leaflet"].includes(packageName(i.to)) && !inFolder(i.from, "features/map"),
    ).map((i) => `${i.from} imports ${i.to}`);
    expect(offending).toEqual([]);
  });

  it("lets features use each other only through the named shared modules", () => {
    const featureOf = (path: string) => (inFolder(path, "features") ? path.split("/")[1] : null);
    const offending = IMPORTS.filter((i) => {
      const from = featureOf(i.from);
      const to = i.isPackage ? null : featureOf(i.to);
      return from !== null && to !== null && from !== to && !SHARED_FEATURE_MODULES.has(i.to);
    }).map((i) => `${i.from} imports ${i.to}`);
    expect(offending).toEqual([]);
  });

  it("keeps the lower layers below the features and the app", () => {
    const lower = ["domain", "data", "i18n", "shared", "url", "state"];
    const offending = IMPORTS.filter(
      (i) =>
        lower.some((layer) => inFolder(i.from, layer)) &&
        !i.isPackage &&
        (inFolder(i.to, "features") || inFolder(i.to, "app")),
    ).map((i) => `${i.from} imports ${i.to}`);
    expect(offending).toEqual([]);
  });
});
