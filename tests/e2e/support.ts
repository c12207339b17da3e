import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";

/** The shipped dataset as the test reads it from disk, independent of the app's own loader. */
export interface ShippedEvent {
  id: string;
  title: string;
  type: string;
  date: string | null;
  location: { name: string; lat: number; lon: number; admin1: string } | null;
  actors: string[];
  targets: string[];
  sources: { name: string; url: string }[];
}

export function readShippedDataset(): { title: string; events: ShippedEvent[] } {
  return JSON.parse(readFileSync("public/data/events.json", "utf8"));
}

/**
 * Every request that leaves the preview server (tile servers above all) is refused, as on a
 * machine with no network: the app must still draw Syria from its bundled geography.
 */
export async function blockExternalRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  return blocked;
}

/**
 * Every test runs offline (as CI does) and fails on any uncaught error in the page, whether
 * or not it asks for `pageErrors`.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on("pageerror", (error) => errors.push(error));
      // The built page carries a Content-Security-Policy: anything it blocks is a bug.
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) errors.push(new Error(message.text()));
      });
      await blockExternalRequests(page);
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Events drawn on the map: single markers count one, count bubbles count their members.
 * The map aggregates at low zoom, so this, not the number of DOM nodes, is what must match.
 */
export async function markerTotal(page: Page): Promise<number> {
  return page
    .locator(".leaflet-marker-pane .map-item")
    .evaluateAll((items) => items.reduce((sum, el) => sum + Number(el.getAttribute("data-count") ?? 0), 0));
}

/** The query parameters of the page's current address. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
