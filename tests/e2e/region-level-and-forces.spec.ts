import type { Page } from "@playwright/test";
import { expect, markerTotal, params, readShippedDataset, test } from "./support.ts";

// Each test waits for the whole dataset on the map first, which takes long on a loaded machine.
test.slow();

const dataset = readShippedDataset();
const total = dataset.events.length;
type Located = { location: { area?: string; admin1?: string } | null; forceGroups?: string[] };
const events = dataset.events as unknown as (Located & { id: string; title: string })[];
const inAreas = events.filter((e) => e.location?.area !== undefined);
const badiaStrikes = events.filter((e) => e.location?.area === "badia");
const located = events.filter((e) => e.location !== null).length;

/** "N of M events" at the top of the list. */
async function matchCount(page: Page): Promise<number> {
  const text = (await page.getByText(new RegExp(`^[\\d,]+ of ${total} events$`)).textContent()) ?? "";
  return Number(text.split(" of ")[0]?.replace(/,/g, ""));
}

const listedIds = (page: Page) =>
  page
    .getByRole("listbox")
    .getByRole("option")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-id")));

test("the region facet counts region-level events on a line of their own, apart from Homs", async ({ page }) => {
  expect(badiaStrikes.length, "the shipped data has strikes placed only in the Badia").toBeGreaterThan(0);
  await page.goto("./");
  await expect.poll(() => markerTotal(page), { timeout: 30_000 }).toBe(located);
  const regionLevel = page.getByRole("checkbox", { name: /^Region-level \(area\)/ });
  await expect(regionLevel).toBeVisible();
  // Its accessible name carries its count: "Region-level (area) 7 events".
  await expect(regionLevel).toHaveAccessibleName(new RegExp(`^Region-level \\(area\\) ${inAreas.length} events?$`));

  // Homs by clicking its shape on the map: the Badia strikes, whose point lies in it, are not listed.
  const codes = await page.evaluate(async () => {
    const response = await fetch("geo/governorates.json");
    const data = (await response.json()) as { features: { properties: { code: string } }[] };
    return data.features.map((f) => f.properties.code);
  });
  await page.locator(".leaflet-governorates-pane path").nth(codes.indexOf("SY-HI")).dispatchEvent("click");
  await expect.poll(() => params(page).get("region")).toBe("HI");
  const homs = events.filter((e) => e.location?.admin1 === "SY-HI").length;
  await expect.poll(() => matchCount(page)).toBe(homs);
  const ids = await listedIds(page);
  for (const strike of badiaStrikes) expect(ids).not.toContain(strike.id);

  // The region-level line instead lists them, and the link keeps it.
  await page.getByRole("checkbox", { name: /^Homs/ }).uncheck();
  await regionLevel.check();
  await expect.poll(() => params(page).get("region")).toBe("area");
  await expect.poll(() => matchCount(page)).toBe(inAreas.length);
  await expect.poll(() => markerTotal(page)).toBe(inAreas.length);
  const areaIds = await listedIds(page);
  for (const strike of badiaStrikes) expect(areaIds).toContain(strike.id);
});

test("who acted: filter Syrian government forces against foreign forces, and read it in the panel", async ({
  page,
}) => {
  await page.goto("./");
  await expect.poll(() => markerTotal(page), { timeout: 30_000 }).toBe(located);
  const foreign = page.getByRole("checkbox", { name: /^Foreign forces/ });
  await foreign.check();
  await expect.poll(() => params(page).get("force")).toBe("foreign");
  const foreignCount = events.filter((e) => e.forceGroups?.includes("foreign")).length;
  await expect.poll(() => matchCount(page)).toBe(foreignCount);

  await foreign.uncheck();
  await page.getByRole("checkbox", { name: /^Syrian government forces/ }).check();
  const government = events.filter((e) => e.forceGroups?.includes("syrian-government")).length;
  await expect.poll(() => matchCount(page)).toBe(government);

  const strike = badiaStrikes[0];
  if (!strike) throw new Error("no Badia strike");
  await page.goto(`./?event=${strike.id}`);
  const panel = page.locator(".event-details");
  await expect(panel).toContainText("Who acted", { timeout: 30_000 });
  await expect(panel).toContainText("Foreign forces");
  await expect(panel).toContainText("region-level");
});

test("the header says what the bundled data covers, in English and Arabic", async ({ page }) => {
  const dates = events.map((e) => (e as unknown as { date: string | null }).date).filter((d) => d !== null);
  expect(dates.length).toBeGreaterThan(0);
  await page.goto("./");
  await expect(page.getByTestId("dataset-coverage")).toHaveText(
    new RegExp(`^Reports from 1 Sept? 2024 to 12 Mar 2026 · ${total} operations · updated 1 Dec 2026$`),
    { timeout: 30_000 },
  );
  await page.goto("./?lang=ar");
  await expect(page.getByTestId("dataset-coverage")).toContainText("تقارير من", { timeout: 30_000 });
  await expect(page.getByTestId("dataset-coverage")).not.toContainText("2024");
});
