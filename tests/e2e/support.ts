import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";

/** The shipped dataset as the test reads it from disk, independent of the app's own loader. */
export function readShippedDataset(): { events: { id: string; location: unknown; date: string | null }[] } {
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

export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = [];
    page.on("pageerror", (error) => errors.push(error));
    await blockExternalRequests(page);
    await use(errors);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
});

export { expect };
