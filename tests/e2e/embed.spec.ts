import type { Page } from "@playwright/test";
import { expect, params, readShippedDataset, test } from "./support.ts";

const aleppo = readShippedDataset().events.filter((event) => event.location?.admin1 === "SY-HL");

/**
 * A page of another site framing the app, as a newspaper would. It is served from the app's own
 * address by the test: Chromium refuses a public page framing a loopback address (local network
 * access checks), which the test machine's addresses would otherwise be.
 */
async function openInFrame(page: Page, query: string, width: number, height: number) {
  await page.route("**/embed-host.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><body style="margin:16px"><p>Article text.</p><iframe src="/${query}" width="${width}" height="${height}" style="border:0;max-width:100%" title="Map"></iframe><p>More text.</p></body></html>`,
    }),
  );
  await page.goto("./embed-host.html");
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("embed-count")).toBeVisible({ timeout: 30_000 });
  return frame;
}

/** Nothing of the framed page reaches past its frame: no scrolling inside it either way. */
async function fitsItsFrame(page: Page): Promise<void> {
  const inner = page.frames()[1];
  if (!inner) throw new Error("no frame");
  const size = await inner.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
}

test.describe("embeds", () => {
  test.describe.configure({ timeout: 120_000 });

  test("?embed=1&region=HL draws the map and the timeline alone, with the Aleppo count and a link to the full map", async ({
    page,
  }) => {
    await page.goto("./?embed=1&region=HL");
    await expect(page.getByTestId("embed-count")).toHaveText(`${aleppo.length} events`, { timeout: 30_000 });
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page.locator(".tl-histogram")).toBeVisible();
    // No header menus, no filter panel, no list.
    await expect(page.getByRole("heading", { name: "Filters" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Share" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Data" })).toHaveCount(0);
    await expect(page.locator(".side-column")).toHaveCount(0);
    await expect(page.getByTestId("embed-bar")).toContainText("in Aleppo");

    const full = page.getByRole("link", { name: "Open the full map" });
    const href = new URL((await full.getAttribute("href")) as string);
    expect(href.pathname).toBe(new URL(page.url()).pathname);
    const expected = new URLSearchParams(params(page));
    expected.delete("embed");
    expect([...href.searchParams].sort()).toEqual([...expected].sort());
    expect(href.searchParams.get("region")).toBe("HL");
    await expect(full).toHaveAttribute("target", "_blank");
  });

  test("the Share menu's snippet frames the same view: the same parameters, plus embed=1", async ({ page }) => {
    await page.goto("./?region=HL&type=raid,arrest&from=2025-01-01");
    await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Share" }).click();
    const snippet = await page.getByTestId("embed-snippet").inputValue();
    const src = new URL((/src="([^"]+)"/.exec(snippet)?.[1] ?? "about:blank").replace(/&amp;/g, "&"));
    const expected = new URLSearchParams(params(page));
    expected.set("embed", "1");
    expect([...src.searchParams].sort()).toEqual([...expected].sort());
    expect(snippet).toMatch(/width="\d+" height="\d+"/);
    await expect(page.getByText("Your site must allow this address in a frame")).toBeVisible();
  });

  test("framed at 600×400 in another page, it shows its count and stays inside the frame", async ({ page }) => {
    const frame = await openInFrame(page, "?embed=1&region=HL", 600, 400);
    await expect(frame.getByTestId("embed-count")).toHaveText(`${aleppo.length} events`);
    await expect(frame.locator(".leaflet-container")).toBeVisible();
    await expect(frame.locator(".tl-histogram")).toBeVisible();
    await fitsItsFrame(page);
  });

  test("a story opens in an embed too, its card inside the frame", async ({ page }) => {
    const frame = await openInFrame(page, "?embed=1&story=captagon-crackdown&step=2", 600, 400);
    await expect(frame.getByTestId("story-card")).toContainText("Step 2 of");
    await fitsItsFrame(page);
  });
});

test.describe("embeds on a phone", () => {
  test.use({ viewport: { width: 390, height: 760 }, isMobile: true, hasTouch: true });

  test("a 600-pixel snippet shrinks to the phone's width and nothing leaves the frame", async ({ page }) => {
    const frame = await openInFrame(page, "?embed=1&region=HL", 600, 400);
    const box = await page.locator("iframe").boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390 - 32);
    await expect(frame.getByRole("link", { name: "Open the full map" })).toBeVisible();
    await fitsItsFrame(page);
  });
});
