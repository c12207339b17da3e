import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, markerTotal, params, readShippedDataset, test } from "./support.ts";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const dataset = readShippedDataset();
const located = dataset.events.filter((e) => e.location !== null).length;
const aleppo = dataset.events.filter((e) => e.location?.admin1 === "SY-HL").length;

async function ready(page: Page) {
  await expect(page.getByTestId("event-count")).toBeVisible();
  await expect.poll(() => markerTotal(page)).toBe(located);
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

test("the map fills the screen; filters, list and timeline wait behind buttons", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  const map = await page.locator(".map-region").boundingBox();
  if (!map) throw new Error("the map has no box");
  expect(map.x).toBe(0);
  expect(map.width).toBe(390);
  expect(map.height).toBeGreaterThan(844 * 0.65);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

  await expect(page.locator(".filters-panel")).toBeHidden();
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(page.getByRole("button", { name: "Filters" })).toBeVisible();
  await expect(page.getByRole("button", { name: `List (${dataset.events.length})` })).toBeVisible();
  // The timeline is one line with the range, and opens on demand.
  await expect(page.locator(".tl-compact")).toContainText("All dates");
  await expect(page.getByRole("slider", { name: "Date range" })).toBeHidden();
  await page.getByRole("button", { name: "Timeline" }).click();
  await expect(page.getByRole("slider", { name: "Date range" })).toBeVisible();
  await page.getByRole("button", { name: "Last 90 days" }).click();
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  await page.getByRole("button", { name: "Hide timeline" }).click();
  await expect(page.getByRole("slider", { name: "Date range" })).toBeHidden();
  await expect(page.locator(".tl-compact")).not.toContainText("All dates");
});

test("the filters drawer opens over the map, filters by a governorate and closes with its button", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  const opener = page.getByRole("button", { name: "Filters" });
  await opener.click();
  const drawer = page.getByRole("dialog", { name: "Filters" });
  await expect(drawer).toBeVisible();
  const close = drawer.getByRole("button", { name: "Close filters" });
  await expect(close).toBeFocused();
  const sheet = await drawer.boundingBox();
  expect(sheet?.width).toBe(390);
  expect(sheet?.height).toBe(844);

  await drawer.getByRole("checkbox", { name: /^Aleppo/ }).check();
  await expect.poll(() => params(page).get("region")).toBe("HL");
  await close.click();
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(opener).toContainText("1"); // one filter is on
  await expect.poll(() => markerTotal(page)).toBe(aleppo);
  await expect(page.getByRole("button", { name: `List (${aleppo})` })).toBeVisible();

  // Escape closes it too, and Tab stays inside while it is open.
  await opener.click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();
});

test("picking an event from the list shows it in a bottom sheet that expands and closes", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  await page.getByRole("button", { name: /^List \(/ }).click();
  const drawer = page.getByRole("dialog", { name: "Event list" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Close list" })).toBeFocused();
  const option = drawer.getByRole("listbox", { name: "Filtered events" }).getByRole("option").nth(1);
  const id = (await option.getAttribute("data-event-id")) as string;
  const title = dataset.events.find((e) => e.id === id)?.title as string;
  await option.click();

  await expect(drawer).toBeHidden();
  await expect.poll(() => params(page).get("event")).toBe(id);
  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(title);
  await expect(details.getByText("Date", { exact: true })).toBeVisible();
  await expect(details.getByText("Place", { exact: true })).toBeInViewport();
  // A sheet at the foot of the screen, the map still in sight above it.
  const collapsed = await details.boundingBox();
  if (!collapsed) throw new Error("the sheet has no box");
  expect(Math.round(collapsed.y + collapsed.height)).toBe(844);
  expect(collapsed.height).toBeLessThan(844 / 2);
  await expect(page.locator(".map-region")).toBeInViewport();
  // It covers what lies under it (legend, timeline bar), opaque.
  const onTop = await details.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [r.bottom - 10, r.bottom - 60].map((y) => document.elementFromPoint(r.x + r.width - 30, y));
    return points.every((hit) => el.contains(hit)) && getComputedStyle(el).backgroundColor !== "rgba(0, 0, 0, 0)";
  });
  expect(onTop).toBe(true);
  await expect(page.locator(`[data-selected-id="${id}"]`)).toHaveCount(
    dataset.events.find((e) => e.id === id)?.location ? 1 : 0,
  );

  const handle = details.getByRole("button", { name: "Show all details" });
  await expect(handle).toHaveAttribute("aria-expanded", "false");
  await handle.click();
  await expect(details.getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
  await expect.poll(async () => (await details.boundingBox())?.height ?? 0).toBeGreaterThan(844 * 0.8);
  await details.getByRole("heading", { name: "Sources" }).scrollIntoViewIfNeeded();
  await expect(details.getByRole("heading", { name: "Sources" })).toBeInViewport();

  await details.getByRole("button", { name: "Close details" }).click();
  await expect(details).toBeHidden();
  await expect.poll(() => params(page).get("event")).toBeNull();
  await expect(page.getByRole("button", { name: /^List \(/ })).toBeFocused();
});

test("the sheet can be dragged open by its handle", async ({ page }) => {
  const event = dataset.events.find((e) => e.location !== null && e.date !== null);
  await page.goto(`./?event=${event?.id}`);
  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details.getByRole("heading", { level: 2 })).toBeVisible();
  const handle = await details.locator(".sheet-handle").boundingBox();
  if (!handle) throw new Error("no handle");
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 200, { steps: 6 });
  await page.mouse.up();
  await expect(details.locator(".sheet-handle")).toHaveAttribute("aria-expanded", "true");
});

test("Arabic on a phone: buttons over the map on the left, sheets mirrored, nothing serious for axe", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./?lang=ar");
  await ready(page);
  const filters = page.getByRole("button", { name: "المرشحات" });
  const zoom = await page.locator(".leaflet-control-zoom").boundingBox();
  const buttons = await filters.boundingBox();
  expect(zoom && buttons && zoom.x > buttons.x).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await filters.click();
  const drawer = page.getByRole("dialog", { name: "المرشحات" });
  await expect(drawer).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await drawer.getByRole("button", { name: "إغلاق المرشحات" }).click();

  await page.getByRole("button", { name: /^القائمة/ }).click();
  const list = page.getByRole("dialog", { name: "قائمة الأحداث" }).getByRole("listbox", { name: "الأحداث المطابقة" });
  await list.getByRole("option").first().click();
  await expect(page.getByRole("complementary", { name: "تفاصيل الحدث" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the Data menu opens over the whole screen and closes with its button", async ({ page }) => {
  await page.goto("./");
  const button = page.getByRole("button", { name: /^Data/ });
  await button.click();
  const panel = page.getByRole("region", { name: /^Data: open, export/ });
  await expect(panel).toBeVisible();
  const box = await panel.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await expect(panel.getByRole("button", { name: "CSV", exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
});

for (const [lang, open, searchLabel] of [
  ["en", "Filters", "Search events"],
  ["ar", "المرشحات", "البحث في الأحداث"],
] as const)
  test(`the filter sheet keeps its active-filter chips clear of the search box (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&region=HL,DY,RD&type=raid`);
    await expect(page.getByTestId("event-count")).toBeVisible(); // filtered: not every marker is drawn
    await page.getByRole("button", { name: open }).click();
    const sheet = page.getByRole("dialog", { name: open });
    await expect(sheet).toBeVisible();
    const chips = await sheet.locator(".filter-chip").all();
    expect(chips).toHaveLength(4);
    const boxes = [
      ...(await Promise.all(chips.map((chip) => chip.boundingBox()))),
      await sheet.locator(".filter-clear-all").boundingBox(),
      await sheet.getByText(searchLabel, { exact: true }).boundingBox(),
      await sheet.getByRole("searchbox").boundingBox(),
    ];
    const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) throw new Error("a chip, the label or the search box has no box");
        expect(overlaps(a, b), `items ${i} and ${j} overlap`).toBe(false);
      }
    // Every chip is on screen and can be pressed.
    for (const chip of chips) await expect(chip).toBeInViewport();
  });
