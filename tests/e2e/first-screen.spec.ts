import { expect, markerTotal, readShippedDataset, test } from "./support.ts";

test("accounts for every located event of the shipped dataset on the map", async ({ page, pageErrors }) => {
  const dataset = readShippedDataset();
  const located = dataset.events.filter((e) => e.location !== null).length;
  await page.goto("./");
  await expect(page.getByTestId("event-count")).toContainText(`${dataset.events.length} reported operations`);
  await expect.poll(() => markerTotal(page)).toBe(located);
  await expect(page.getByRole("status").filter({ hasText: "events loaded" })).toContainText(
    `${dataset.events.length} events loaded`,
  );
  expect(pageErrors).toEqual([]);
});

test("draws Syria's 14 governorates and its neighbours with every tile request blocked", async ({
  page,
  pageErrors,
}) => {
  await page.goto("./");
  await expect(page.locator(".leaflet-governorates-pane path")).toHaveCount(14);
  await expect(page.locator(".leaflet-neighbours-pane path").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /map of syria/i })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("a dataset that is not JSON shows a readable error screen, not a blank page", async ({ page, pageErrors }) => {
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ body: '{"title": "cut short", "events": [', contentType: "application/json" }),
  );
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The dataset could not be loaded");
  await expect(alert).toContainText("not valid JSON");
  await expect(alert).toContainText("data/events.json");
  await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("a web page served in place of the dataset is named as such", async ({ page }) => {
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ body: "<!doctype html><html>oops</html>", contentType: "text/html" }),
  );
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("web page");
});

test("a file without an events array says so", async ({ page }) => {
  await page.route("**/data/events.json", (route) => route.fulfill({ json: { title: "x", records: [] } }));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText('no "events" array');
});

test("bad records are skipped with reasons and every valid record is kept", async ({ page, pageErrors }) => {
  const dataset = readShippedDataset();
  const valid = dataset.events.slice(0, 10);
  const broken = [
    { ...valid[0], id: "bad-date", date: "2025-02-30" },
    { ...valid[1], id: "outside", location: { name: "Baghdad", lat: 33.31, lon: 44.36, precision: "town" } },
    { ...valid[2] }, // duplicate id
  ];
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ json: { ...dataset, events: [...valid, ...broken] } }),
  );
  await page.goto("./");
  const summary = page.getByRole("status").filter({ hasText: "events loaded" });
  await expect(summary).toContainText("10 events loaded, 3 records skipped");
  await summary.getByRole("button", { name: "Show details" }).click();
  await expect(summary).toContainText('record 11, "bad-date", field date: "2025-02-30" is not a real date');
  await expect(summary).toContainText(
    'record 12, "outside", field location: coordinates 33.31, 44.36 are outside Syria',
  );
  await expect(summary).toContainText("record 13");
  await expect(summary).toContainText("duplicate id");
  await expect.poll(() => markerTotal(page)).toBe(valid.filter((e) => e.location !== null).length);
  expect(pageErrors).toEqual([]);
});
