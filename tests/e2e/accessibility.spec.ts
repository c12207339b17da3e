import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, params, readShippedDataset, type ShippedEvent, test } from "./support.ts";

// axe walks every node of a full page (list, markers, timeline): tens of seconds on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const dataset = readShippedDataset();
const located = dataset.events.find((e) => e.location !== null && e.date !== null) as ShippedEvent;
const FILTERS = "region=HL,DY,RD&type=raid,arrest&from=2025-01-01&to=2025-12-31&q=isis&undated=0";

/** Waits until the data is in and the map, timeline and side column are drawn. */
async function ready(page: Page) {
  await expect(page.getByTestId("event-count")).toBeVisible();
  await expect(page.locator(".leaflet-governorates-pane path")).toHaveCount(14);
  await expect(page.locator(".timeline")).toBeVisible();
  await expect(page.locator(".side-column")).toBeVisible();
}

/** axe's serious and critical findings, in a form that reads well when a test fails. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

const VIEWS = [
  { name: "the main view", query: "" },
  { name: "an event's panel open", query: `event=${located.id}` },
  { name: "filters applied", query: FILTERS },
];

for (const scheme of ["light", "dark"] as const) {
  for (const lang of ["en", "ar"] as const) {
    for (const view of VIEWS) {
      test(`axe finds nothing serious: ${view.name}, ${lang === "ar" ? "Arabic" : "English"}, ${scheme}`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`./?${view.query ? `${view.query}&` : ""}lang=${lang}`);
        await ready(page);
        if (view.query.startsWith("event=")) await expect(page.getByRole("article")).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }
}

test("axe finds nothing serious with the legend and the governorate shading open, in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./?shade=1");
  await ready(page);
  await page.getByRole("button", { name: "Show legend" }).click();
  await expect(page.getByRole("checkbox", { name: "Shade governorates by count" })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the first Tab stop is a skip link to the event list, the second to the map", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  await page.keyboard.press("Tab");
  const toList = page.getByRole("link", { name: "Skip to event list" });
  await expect(toList).toBeFocused();
  await expect(toList).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listbox", { name: "Filtered events" })).toBeFocused();

  await page.goto("./");
  await ready(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to map" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".map-region .leaflet-container")).toBeFocused();
});

test("markers and zoom buttons take focus visibly; Enter opens an event and Escape brings focus back", async ({
  page,
}) => {
  await page.goto("./");
  await ready(page);
  await page.locator(".map-region .leaflet-container").focus();
  // Tab through the markers (count bubbles come first or between) to a single event's marker.
  const marker = page.locator(".leaflet-marker-pane .event-marker:focus");
  for (let i = 0; i < 40 && (await marker.count()) === 0; i++) await page.keyboard.press("Tab");
  await expect(marker).toHaveCount(1);
  await expect(marker).toHaveAttribute("role", "button");
  await expect(marker).toHaveAttribute("title", /.+: .+ \(.+\)/);
  expect(await marker.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  const id = (await marker.getAttribute("data-event-id")) as string;

  await page.keyboard.press("Enter");
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toBeFocused();
  await expect.poll(() => params(page).get("event")).toBe(id);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("article")).toHaveCount(0);
  await expect(page.locator(`.leaflet-marker-pane [data-event-id="${id}"]`)).toBeFocused();

  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  await zoomIn.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(zoomIn).toBeFocused();
  expect(await zoomIn.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
});

test("the event list moves with the arrow keys, opens with Enter and gets focus back on close", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  const list = page.getByRole("listbox", { name: "Filtered events" });
  await list.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const activeId = await list.getAttribute("aria-activedescendant");
  expect(activeId).toBeTruthy();
  const title = (await page.locator(`[id="${activeId}"] .event-row-title`).textContent()) as string;
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(title);
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(page.getByRole("listbox", { name: "Filtered events" })).toBeFocused();
});

test("the timeline brush works from the keyboard", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  const brush = page.getByRole("slider", { name: "Date range" });
  await brush.focus();
  await page.keyboard.press("Home");
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  const first = params(page).get("from") as string;
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => params(page).get("from")).not.toBe(first);
  expect((params(page).get("from") as string) > first).toBe(true);
  await page.keyboard.press("Delete");
  await expect.poll(() => params(page).get("from")).toBeNull();
});

test("a polite live region says how many events match once the filters settle", async ({ page }) => {
  // The page's timers run on a clock the test moves, so the debounce is checked in the page's
  // time: a slow machine can take longer than the delay to get back to the test.
  await page.clock.install();
  await page.goto("./");
  await ready(page);
  const announcer = page.getByTestId("match-announcer");
  await expect(announcer).toHaveAttribute("role", "status");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await expect(announcer).toHaveAttribute("aria-atomic", "true");
  await expect(announcer).toHaveText("");
  const raids = dataset.events.filter((e) => e.type === "raid").length;
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByRole("checkbox", { name: /^Raid/ }).check();
  // Debounced (ANNOUNCE_DELAY_MS, 500 ms): nothing is said while the filters may still move, then the count.
  await page.clock.runFor(400);
  await expect(announcer).toHaveText("");
  await page.clock.runFor(200);
  await expect(announcer).toHaveText(`${raids} events match`);
  // The visible count is not a second live region.
  await expect(page.locator(".event-list-count")).not.toHaveAttribute("aria-live");
});

test("the map region and the legend are named, and markers have a list as their alternative", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  await expect(page.getByRole("region", { name: "Map of Syria showing reported security operations" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Legend" })).toBeVisible();
  await expect(page.getByRole("listbox", { name: "Filtered events" }).getByRole("option").first()).toBeVisible();
  // Map labels and decoration stay out of the Tab order: only markers and controls take focus.
  const focusableShapes = await page
    .locator(".leaflet-governorates-pane path")
    .evaluateAll((paths) => paths.filter((p) => p.getAttribute("tabindex") !== "-1").length);
  expect(focusableShapes).toBe(0);
});
