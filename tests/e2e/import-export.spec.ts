import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, markerTotal, params, readShippedDataset, test } from "./support.ts";

const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"'><svg onload="window.__xss=1">`;

/** A dataset whose every text field carries a script-injection payload. */
function hostileDataset(): string {
  const record = (id: string, url: string) => ({
    id,
    date: "2025-05-01",
    title: `Title ${XSS}`,
    titleAr: `عنوان ${XSS}`,
    summary: `Summary ${XSS}`,
    type: "raid",
    actors: [`Actor ${XSS}`],
    targets: [`Target ${XSS}`],
    location: {
      name: `Place ${XSS}`,
      nameAr: `مكان ${XSS}`,
      lat: 36.2,
      lon: 37.15,
      precision: "town",
      coordinateSource: XSS,
    },
    outcome: { arrested: 1, seized: [`Seized ${XSS}`], notes: `Notes ${XSS}` },
    sources: [{ name: `Outlet ${XSS}`, url }],
    confidence: { level: "low", reason: `Reason ${XSS}` },
    tags: ["tag <b onmouseover=alert(1)>x</b>"], // tags are at most 100 characters
  });
  return JSON.stringify({
    title: `Dataset ${XSS}`,
    description: XSS,
    events: [
      record("hostile-ok", "https://example.com/story?q=<script>"),
      record("hostile-js-link", "javascript:window.__xss=1"),
      record("hostile-data-link", "data:text/html,<script>window.__xss=1</script>"),
    ],
  });
}

/** The header's Data menu holds opening, export and the load report. */
async function openDataMenu(page: Page) {
  await page.getByRole("button", { name: /^Data/ }).click();
}

async function openFile(page: Page, name: string, mimeType: string, body: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
}

test("a file with a script in every field runs no script and makes no unsafe link", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("event-count")).toBeVisible();
  await openFile(page, "hostile.json", "application/json", hostileDataset());
  await expect(page.getByTestId("event-count")).toContainText("1 reported operation");
  // Open the event so every field is on screen.
  await page.locator(".leaflet-marker-pane .event-marker").first().click();
  const panel = page.getByRole("article");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("<img src=x");
  await openDataMenu(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src]), svg[onload]').count()).toBe(0);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => !/^(https?:|#|\.?\/)/.test(href))).toEqual([]);
  await expect(page.getByText(/must be an http\(s\) URL/).first()).toBeVisible();
});

test("?data= loads another dataset, names its format in the load report, and stays in the link", async ({ page }) => {
  const geojson = readFileSync("tests/fixtures/import/events.geojson", "utf8");
  await page.route(
    (url) => url.pathname === "/shared/colleague.geojson",
    (route) => route.fulfill({ body: geojson, contentType: "application/geo+json" }),
  );
  await page.goto("./?data=/shared/colleague.geojson");
  await expect(page.getByTestId("event-count")).toBeVisible();
  await openDataMenu(page);
  await expect(page.getByRole("region", { name: "Load report", exact: true })).toContainText("GeoJSON");
  expect(params(page).get("data")).toBe("/shared/colleague.geojson");
  await page.reload();
  await expect(page.getByTestId("event-count")).toBeVisible();
  expect(params(page).get("data")).toBe("/shared/colleague.geojson");
});

test("a dropped file loads", async ({ page }) => {
  const dataset = readShippedDataset();
  const small = JSON.stringify({ ...dataset, events: dataset.events.slice(0, 3) });
  await page.goto("./");
  await expect(page.getByTestId("event-count")).toContainText(`${dataset.events.length} reported`);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "three.json", { type: "application/json" }));
    return data;
  }, small);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await expect(page.getByText(/Drop a dataset file/)).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
  await expect(page.getByTestId("event-count")).toContainText("3 reported operations");
  // Kept in this browser, so the link reopens it (issue 13's local: keys).
  await expect.poll(() => params(page).get("data")).toMatch(/^local:[0-9a-f]+$/);
});

test("export writes the shown events, and importing the export gives them back", async ({ page }) => {
  await page.goto("./?region=HL");
  const dataset = readShippedDataset();
  const aleppo = dataset.events.filter((e) => e.location?.admin1 === "SY-HL");
  await expect.poll(() => markerTotal(page)).toBe(aleppo.length);
  await openDataMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: "Export the events shown" }).getByRole("button", { name: "CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/aleppo.*\.csv$/);
  const csv = readFileSync((await download.path()) as string, "utf8");
  expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(aleppo.length); // header + rows (rows may wrap)
  await openFile(page, download.suggestedFilename(), "text/csv", csv);
  await expect(page.getByTestId("event-count")).toContainText(`${aleppo.length} reported operation`);
});
