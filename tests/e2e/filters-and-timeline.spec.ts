import type { Page } from "@playwright/test";
import { expect, markerTotal, params, readShippedDataset, test } from "./support.ts";

const dataset = readShippedDataset();
const total = dataset.events.length;
const located = dataset.events.filter((e) => e.location !== null).length;

/** "N of M events" at the top of the list. */
async function matchCount(page: Page): Promise<number> {
  const text = (await page.getByText(new RegExp(`^[\\d,]+ of ${total} events$`)).textContent()) ?? "";
  return Number(text.split(" of ")[0]?.replace(/,/g, ""));
}

test("brushing the timeline changes the count, the markers and the URL", async ({ page }) => {
  await page.goto("./");
  await expect.poll(() => markerTotal(page)).toBe(located);
  const chart = page.locator(".timeline svg").first();
  const box = await chart.boundingBox();
  if (!box) throw new Error("the timeline has no size");
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  expect(params(page).get("to")).not.toBeNull();
  const count = await matchCount(page);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  await expect.poll(() => markerTotal(page)).toBeLessThan(located);

  // The keyboard moves the same range one bar at a time.
  const before = params(page).get("from");
  await page.getByRole("slider", { name: "Date range" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => params(page).get("from")).not.toBe(before);
});

test("clicking a governorate on the map filters by it, and shows in the region list", async ({ page }) => {
  await page.goto("./");
  await expect.poll(() => markerTotal(page)).toBe(located);
  const aleppoCount = dataset.events.filter((e) => e.location?.admin1 === "SY-HL").length;
  // The shapes are drawn in the order of the bundled file; Aleppo is SY-HL.
  const codes = await page.evaluate(async () => {
    const response = await fetch("geo/governorates.json");
    const data = (await response.json()) as { features: { properties: { code: string } }[] };
    return data.features.map((f) => f.properties.code);
  });
  await page.locator(".leaflet-governorates-pane path").nth(codes.indexOf("SY-HL")).dispatchEvent("click");
  await expect.poll(() => params(page).get("region")).toBe("HL");
  await expect.poll(() => matchCount(page)).toBe(aleppoCount);
  await expect(page.getByRole("checkbox", { name: /^Aleppo/ })).toBeChecked();
  await expect.poll(() => markerTotal(page)).toBe(aleppoCount);
});

test("text search works in English and in Arabic", async ({ page }) => {
  await page.goto("./");
  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.fill("captagon");
  await expect.poll(() => params(page).get("q")).toBe("captagon");
  const englishCount = await matchCount(page);
  expect(englishCount).toBeGreaterThan(0);
  expect(englishCount).toBeLessThan(total);
  const firstRow = page.getByRole("listbox").getByRole("option").first();
  await expect(firstRow).toBeVisible();

  const arabic = dataset.events.find((e) => (e.location as { nameAr?: string } | null)?.nameAr === "حلب");
  expect(arabic, "the dataset has a place named حلب").toBeTruthy();
  await search.fill("حلب");
  await expect.poll(() => params(page).get("q")).toBe("حلب");
  await expect.poll(() => matchCount(page)).toBeGreaterThan(0);
  await expect(
    page.getByRole("listbox").getByRole("option", { name: new RegExp(arabic?.title.slice(0, 30) ?? "") }),
  ).toBeVisible();
});

test("presets count back from the newest event and say so", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText(/Presets count back from the newest event/)).toBeVisible();
  await page.getByRole("button", { name: "Last 90 days" }).click();
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  const newest = dataset.events
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort()
    .pop() as string;
  expect(params(page).get("to")).toBe(newest.length === 10 ? newest : params(page).get("to"));
  await expect.poll(() => matchCount(page)).toBeLessThan(total); // the list follows the timeline by a frame
  await expect(page.getByRole("button", { name: "Last 90 days" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Everything" }).click();
  await expect.poll(() => params(page).get("from")).toBeNull();
});

test("play steps a window across the span, updating the URL, and pause stops it", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => params(page).get("from")).not.toBeNull();
  const first = params(page).get("from");
  await expect.poll(() => params(page).get("from"), { timeout: 8000 }).not.toBe(first);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = params(page).get("from");
  await page.waitForTimeout(1600);
  expect(params(page).get("from")).toBe(paused);
});

test("reloading restores every filter", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("checkbox", { name: /^Damascus/ }).check();
  await page.getByRole("checkbox", { name: /^Rif Dimashq/ }).check();
  await page.getByRole("checkbox", { name: /^Arrest \d/ }).check();
  await page.getByRole("checkbox", { name: "Include undated" }).uncheck();
  await page.getByRole("button", { name: "Last 12 months" }).click();
  await page.getByRole("searchbox", { name: "Search events" }).fill("isis");
  await expect.poll(() => params(page).get("q")).toBe("isis");
  const url = page.url();
  const count = await matchCount(page);
  const chips = await page.getByRole("list", { name: "Active filters" }).getByRole("button").allTextContents();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect.poll(() => matchCount(page)).toBe(count);
  await expect(page.getByRole("list", { name: "Active filters" }).getByRole("button")).toHaveText(chips);
  await expect(page.getByRole("checkbox", { name: /^Arrest \d/ })).toBeChecked();
  expect(params(page).get("undated")).toBe("0"); // undated reports stay left out, even without a range
  await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("isis");
});

for (const [lang, fromLabel, shown] of [
  ["en", "From", "6 Mar 2025"],
  ["ar", "من", "٦ آذار ٢٠٢٥"],
] as const)
  test(`a date typed day first after a click in the middle of the box sets the range (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByTestId("event-count")).toBeVisible();
    const from = page.getByRole("textbox", { name: fromLabel, exact: true });
    const box = await from.boundingBox();
    if (!box) throw new Error("the From box has no box");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type("6/3/2025");
    await page.keyboard.press("Tab");
    await expect.poll(() => params(page).get("from")).toBe("2025-03-06");
    await expect(from).toHaveValue(shown);
  });

test("a brush step redraws the count bubbles in place, each showing its new count", async ({ page }) => {
  // The range ends on the newest event's day, so one step back drops at least that event.
  await page.goto("./?from=2024-09-01&to=2026-03-12");
  await expect(page.locator(".leaflet-marker-pane .cluster-marker").first()).toBeVisible();
  const before = await markerTotal(page);
  // Tag the drawn bubbles: the ones still on the map after the step must be the same elements.
  await page.locator(".leaflet-marker-pane .cluster-marker").evaluateAll((els) => {
    for (const el of els) el.setAttribute("data-test-drawn-before", "");
  });
  const to = params(page).get("to");
  await page.getByRole("slider", { name: "Date range" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => params(page).get("to")).not.toBe(to);
  await expect.poll(() => markerTotal(page)).toBeLessThan(before);
  const bubbles = await page.locator(".leaflet-marker-pane .cluster-marker").evaluateAll((els) =>
    els.map((el) => ({
      count: el.getAttribute("data-count"),
      label: el.textContent,
      title: el.getAttribute("title") ?? "",
      kept: el.hasAttribute("data-test-drawn-before"),
      size: (el.firstElementChild as HTMLElement).getBoundingClientRect().width,
      box: el.getBoundingClientRect().width,
    })),
  );
  expect(bubbles.length).toBeGreaterThan(0);
  for (const bubble of bubbles) {
    expect(bubble.label).toBe(bubble.count);
    expect(bubble.title).toContain(bubble.count as string);
    expect(Math.abs(bubble.size - bubble.box)).toBeLessThan(1); // the marker box follows the bubble's size
  }
  expect(bubbles.some((bubble) => bubble.kept)).toBe(true);
});
