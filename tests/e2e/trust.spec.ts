import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, params, readShippedDataset, test } from "./support.ts";

const shipped = readShippedDataset();
const ELSEWHERE = "https://elsewhere.example/mirror/events.json";
/** Three of the shipped events under the shipped title: what a look-alike dataset would do. */
const LOOKALIKE = JSON.stringify({
  ...JSON.parse(readFileSync("public/data/events.json", "utf8")),
  events: shipped.events.filter((e) => e.date !== null && e.location !== null).slice(0, 3),
});
const ACLED = readFileSync("tests/fixtures/import/acled-sample.csv");

async function serveElsewhere(page: Page) {
  await page.route(ELSEWHERE, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "access-control-allow-origin": "*" },
      body: LOOKALIKE,
    }),
  );
}

async function openFromDisk(page: Page) {
  await page.locator('.data-menu input[type="file"]').setInputFiles({
    name: "acled-sample.csv",
    mimeType: "text/csv",
    buffer: ACLED,
  });
}

/** The keys of the dataset files this page's browser keeps (IndexedDB, as the app stores them). */
function keptFileKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open("syria-map-kept-datasets", 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore("files");
          request.result.createObjectStore("recent");
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const keys = request.result.transaction("files").objectStore("files").getAllKeys();
          keys.onsuccess = () => {
            request.result.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

const banner = (page: Page) => page.getByTestId("provenance");

/** Loading waits on workers that share two cores with everything else on a busy machine. */
const LOAD = { timeout: 30_000 };
test.slow();

test("the bundled dataset says it is the bundled one, with its update date", async ({ page }) => {
  await page.goto("./");
  await expect(banner(page)).toHaveText(/Bundled dataset of this map, updated \d+ \w+ 20\d\d/, LOAD);
  await page.goto("./?lang=ar");
  await expect(banner(page)).toContainText("مجموعة البيانات المرفقة بهذه الخريطة، حُدّثت في", LOAD);
});

test("a data= file that copies the bundled title shows where it came from, and the way back", async ({ page }) => {
  await serveElsewhere(page);
  await page.goto(`./?data=${encodeURIComponent(ELSEWHERE)}`);
  await expect(page.getByTestId("event-count")).toContainText("3 reported operations", LOAD);
  // The title is copied; the banner is not.
  await expect(page.locator(".dataset-title")).toHaveText(shipped.title);
  await expect(banner(page)).toContainText("Not the bundled dataset. Loaded from elsewhere.example/mirror/events.json");
  await expect(banner(page).locator("strong", { hasText: "elsewhere.example" })).toBeVisible();
  // The whole address on focus (and on hover).
  await page.getByTestId("provenance-address").focus();
  await expect(page.getByRole("tooltip")).toHaveText(ELSEWHERE);
  await expect(page.getByTestId("provenance-address")).toHaveAccessibleDescription(ELSEWHERE);
  // The load report says the same.
  await page.getByRole("button", { name: /^Data/ }).click();
  await expect(page.getByTestId("load-report-origin")).toHaveText(ELSEWHERE);
  await page.keyboard.press("Escape");

  await banner(page).getByRole("button", { name: "Back to the bundled dataset" }).click();
  await expect(page.getByTestId("event-count")).toContainText(`${shipped.events.length} reported operations`, LOAD);
  await expect(banner(page)).toContainText("Bundled dataset of this map", LOAD);
  expect(params(page).get("data")).toBeNull();
});

test("a file opened from disk is still shown after a reload and after Back/Forward", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("event-count")).toContainText(`${shipped.events.length} reported operations`, LOAD);
  await openFromDisk(page);
  await expect(banner(page)).toContainText("Not the bundled dataset. Your file: acled-sample.csv, opened", LOAD);
  await expect.poll(() => params(page).get("data")).toMatch(/^local:[0-9a-f]{32}$/);
  const link = page.url();
  const count = await page.getByTestId("event-count").textContent();
  expect(count).not.toContain(`${shipped.events.length} reported`);

  await page.reload();
  await expect(banner(page)).toContainText("Your file: acled-sample.csv", LOAD);
  await expect(page.getByTestId("event-count")).toHaveText(count as string, LOAD);

  // An event selected in the file, then Back and Forward through it.
  await page.locator(".event-list [role='option']").first().click();
  await expect.poll(() => params(page).get("event")).not.toBeNull();
  await page.goBack();
  await expect.poll(() => params(page).get("event")).toBeNull();
  await expect(banner(page)).toContainText("Your file: acled-sample.csv", LOAD);
  await page.goBack();
  await expect(banner(page)).toContainText("Bundled dataset of this map", LOAD);
  await expect(page.getByTestId("event-count")).toContainText(`${shipped.events.length} reported operations`, LOAD);
  await page.goForward();
  await expect(banner(page)).toContainText("Your file: acled-sample.csv", LOAD);
  await expect(page.getByTestId("event-count")).toHaveText(count as string, LOAD);
  expect(page.url()).toBe(link);
});

test("a forgotten dataset is gone from storage and from the Data menu", async ({ page }) => {
  await page.goto("./");
  await expect(banner(page)).toBeVisible(LOAD);
  await openFromDisk(page);
  await expect.poll(() => params(page).get("data"), LOAD).toMatch(/^local:/);
  const key = (params(page).get("data") as string).slice("local:".length);
  await expect.poll(() => keptFileKeys(page), LOAD).toEqual([key]);

  await page.getByRole("button", { name: /^Data/ }).click();
  const recent = page.getByTestId("recent-dataset");
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText("acled-sample.csv");
  await expect(recent).toContainText(/\d+(\.\d)? KB · \d+ events · opened/);
  await recent.getByRole("button", { name: "Forget acled-sample.csv (delete it from this browser)" }).click();
  await expect(recent).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "acled-sample.csv was deleted" })).toBeVisible();
  expect(await keptFileKeys(page)).toEqual([]);

  // Its link now says the file is not here, and offers to open one.
  await page.reload();
  await expect(page.getByTestId("missing-local")).toContainText(
    "This link opens a file that is not in this browser",
    LOAD,
  );
  await expect(page.getByRole("button", { name: "Open a file…" })).toBeVisible();
});

test("a local: link opened in another browser says the file is on the sender's computer", async ({ page }) => {
  await page.goto(`./?data=local:${"3f9a".padEnd(32, "0")}&lang=ar`);
  const panel = page.getByTestId("missing-local");
  await expect(panel).toContainText("يفتح هذا الرابط ملفًا غير موجود في هذا المتصفح", LOAD);
  await panel.getByRole("button", { name: "عرض مجموعة البيانات المرفقة" }).click();
  await expect(banner(page)).toContainText("مجموعة البيانات المرفقة بهذه الخريطة", LOAD);
});

for (const lang of ["en", "ar"] as const)
  test(`axe finds nothing serious with the banner of another dataset, ${lang === "en" ? "English" : "Arabic"}`, async ({
    page,
  }) => {
    // axe walks the whole page: minutes, not seconds, when the machine is busy.
    test.setTimeout(180_000);
    await serveElsewhere(page);
    await page.goto(`./?data=${encodeURIComponent(ELSEWHERE)}&lang=${lang}`);
    await expect(page.getByTestId("event-count")).toBeVisible(LOAD);
    await expect(page.locator(".leaflet-governorates-pane path")).toHaveCount(14);
    await page.getByTestId("provenance-address").focus();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => [v.id, v.nodes[0]?.target]),
    ).toEqual([]);
  });
