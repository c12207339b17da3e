import { readFileSync } from "node:fs";
import type { Geography } from "../../src/data/geography.ts";
import { createRegionLocator, type RegionLocator } from "../../src/domain/region-locator.ts";

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function readGeography(): Geography {
  return {
    governorates: readJson("public/geo/governorates.json"),
    neighbours: readJson("public/geo/neighbours.json"),
    places: readJson("public/geo/places.json"),
  };
}

let locator: RegionLocator | null = null;
/** The locator over the bundled governorate shapes, built once per test file. */
export function bundledLocator(): RegionLocator {
  locator ??= createRegionLocator(readGeography().governorates);
  return locator;
}

/** A fetch that serves files below public/ the way the preview server does. */
export function diskFetch(overrides: Record<string, string> = {}): typeof fetch {
  return async (input) => {
    const url = String(input);
    const path = (/^https?:/.test(url) ? new URL(url).pathname : url).replace(/^(\.\/|\/)/, "");
    const body = overrides[path] ?? overrides[url];
    if (body !== undefined) return new Response(body, { status: 200 });
    try {
      return new Response(readFileSync(`public/${path}`), { status: 200 });
    } catch {
      return new Response("not found", { status: 404, statusText: "Not Found" });
    }
  };
}
