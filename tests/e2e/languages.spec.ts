import type { Page } from "@playwright/test";
import { expect, markerTotal, params, readShippedDataset, test } from "./support.ts";

const dataset = readShippedDataset();
const total = dataset.events.length;
const located = dataset.events.filter((e) => e.location !== null).length;
const newest = dataset.events
  .map((e) => e.date)
  .filter((d): d is string => d !== null && d.length === 10)
  .sort()
  .pop() as string;

const ARABIC_DIGITS = /[٠-٩]/;
const LATIN_DIGITS = /[0-9]/;

async function ready(page: Page) {
  await expect(page.getByTestId("event-count")).toBeVisible();
  await expect.poll(() => markerTotal(page)).toBe(located);
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

test("?lang=ar gives an Arabic, right-to-left page with Arabic numbers and dates", async ({ page }) => {
  await page.goto("./?lang=ar");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خريطة العمليات الأمنية في سوريا");
  await expect(page).toHaveTitle("خريطة العمليات الأمنية في سوريا");

  const counts = page.getByTestId("event-count");
  await expect(counts).toContainText("العمليات المُبلَّغ عنها");
  await expect(counts).toContainText(new Intl.NumberFormat("ar-SY").format(total));
  expect(await counts.textContent()).not.toMatch(LATIN_DIGITS);

  // The list: its count and the newest event's date, as Intl writes them for ar-SY in this browser.
  const expectedDate = await page.evaluate(
    (iso) =>
      new Intl.DateTimeFormat("ar-SY", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${iso}T00:00:00Z`),
      ),
    newest,
  );
  const list = page.getByRole("listbox", { name: "الأحداث المطابقة" });
  await expect(page.locator(".event-list-count")).toHaveText(/^[٠-٩]+ من أصل [٠-٩]+ حدثًا$/);
  const firstDate = list.getByRole("option").first().locator(".event-row-date");
  await expect(firstDate).toHaveText(expectedDate);
  expect(expectedDate).toMatch(ARABIC_DIGITS);
  expect(expectedDate).not.toMatch(LATIN_DIGITS);

  // Map labels and controls are Arabic too.
  await expect(page.locator(".governorate-label").filter({ hasText: "حلب" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "تكبير" })).toBeVisible();
  await expect(page.getByRole("button", { name: "تصغير" })).toBeVisible();
  const marker = page.locator(".leaflet-marker-pane .event-marker").first();
  await expect(marker).toHaveAttribute("title", /^(مداهمة|اعتقال|تفكيك خلية|ضربة|اشتباك|مصادرة|إحباط مخطط|حملة|أخرى)/);
});

test("the layout mirrors: filters on the right, the list on the left, zoom buttons at the top right", async ({
  page,
}) => {
  await page.goto("./");
  await ready(page);
  const en = {
    filters: await box(page, ".filters-panel"),
    map: await box(page, ".map-region"),
    list: await box(page, ".side-column"),
    zoom: await box(page, ".leaflet-control-zoom"),
  };
  expect(en.filters.x).toBeLessThan(en.map.x);
  expect(en.map.x).toBeLessThan(en.list.x);
  expect(en.zoom.x).toBeLessThan(en.map.x + en.map.width / 2);

  await page.goto("./?lang=ar");
  await ready(page);
  const ar = {
    filters: await box(page, ".filters-panel"),
    map: await box(page, ".map-region"),
    list: await box(page, ".side-column"),
    zoom: await box(page, ".leaflet-control-zoom"),
    search: await box(page, ".filter-search-input"),
    searchIcon: await box(page, ".filter-search-icon"),
  };
  expect(ar.filters.x).toBeGreaterThan(ar.map.x);
  expect(ar.map.x).toBeGreaterThan(ar.list.x);
  expect(ar.zoom.x).toBeGreaterThan(ar.map.x + ar.map.width / 2);
  // Inside the panels too: the search icon sits at the start of the box, on the right.
  expect(ar.searchIcon.x).toBeGreaterThan(ar.search.x + ar.search.width / 2);
});

test("the language switch changes the interface and the address, and a reload keeps it", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  const toArabic = page.getByRole("button", { name: "العربية", exact: true });
  await expect(toArabic).toHaveAttribute("lang", "ar");
  await toArabic.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect.poll(() => params(page).get("lang")).toBe("ar");
  await expect(page.getByRole("heading", { level: 2, name: "المرشحات" })).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خريطة العمليات الأمنية في سوريا");

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect.poll(() => params(page).get("lang")).toBe("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Syria security operations map");
});

test("in Arabic time runs right to left on the timeline, and the arrow keys follow", async ({ page }) => {
  await page.goto("./?lang=ar");
  await ready(page);
  const bars = page.locator(".tl-bar");
  const firstBar = await bars.first().boundingBox();
  const lastBar = await bars.last().boundingBox();
  if (!firstBar || !lastBar) throw new Error("the histogram has no bars");
  expect(firstBar.x).toBeGreaterThan(lastBar.x); // the oldest bar is on the right

  const brush = page.getByRole("slider", { name: "النطاق الزمني" });
  await brush.focus();
  await page.keyboard.press("Home");
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  const start = params(page).get("from") as string;
  await page.keyboard.press("ArrowLeft"); // toward later dates
  await expect.poll(() => params(page).get("from")).not.toBe(start);
  const later = params(page).get("from") as string;
  expect(later > start).toBe(true);
  await page.keyboard.press("ArrowRight"); // back toward earlier dates
  await expect.poll(() => params(page).get("from")).toBe(start);

  // Dragging on the left part of the chart picks the later dates.
  await page.keyboard.press("Delete");
  const chart = await page.locator(".tl-histogram").boundingBox();
  if (!chart) throw new Error("the timeline has no size");
  await page.mouse.move(chart.x + chart.width * 0.05, chart.y + 30);
  await page.mouse.down();
  await page.mouse.move(chart.x + chart.width * 0.2, chart.y + 30, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => params(page).get("to")).not.toBeNull();
  const oldest = dataset.events
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort()[0] as string;
  const middle = new Date((Date.parse(oldest.slice(0, 7)) + Date.parse(newest)) / 2).toISOString().slice(0, 10);
  expect((params(page).get("from") as string) > middle).toBe(true);
});

test("an event's panel speaks Arabic, with dates and numbers in Arabic digits", async ({ page }) => {
  const event = dataset.events.find((e) => e.location !== null && e.date?.length === 10);
  if (!event) throw new Error("no dated, located event");
  await page.goto(`./?lang=ar&event=${event.id}`);
  const panel = page.getByRole("article");
  await expect(panel.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(panel.getByText("التاريخ", { exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: "الأحدث" })).toBeVisible();
  await expect(panel.locator(".coordinates")).toHaveText(/^الإحداثيات: [٠-٩]+٫[٠-٩]{4}، [٠-٩]+٫[٠-٩]{4}/);
  await expect(page.getByRole("complementary", { name: "تفاصيل الحدث" })).toBeVisible();
});

test("notices about the address and the load summary are in Arabic", async ({ page }) => {
  await page.goto("./?lang=ar&region=XX");
  await expect(page.locator(".notices")).toContainText("تم تجاهل");
  await expect(page.locator(".notices")).toContainText("ليس رمز محافظة");
  await expect(page.getByRole("button", { name: /^إغلاق: / })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "الأحداث المحمّلة" })).toContainText(
    new Intl.NumberFormat("ar-SY").format(total),
  );
});

test.describe("with an Arabic browser", () => {
  test.use({ locale: "ar-SY" });

  test("the interface starts in Arabic, unless the address says otherwise", async ({ page }) => {
    await page.goto("./");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(params(page).get("lang")).toBeNull();

    await page.goto("./?lang=en");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Syria security operations map");
  });
});
