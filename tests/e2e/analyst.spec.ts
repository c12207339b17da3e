import type { Page } from "@playwright/test";
import { expect, params, readShippedDataset, test } from "./support.ts";

const dataset = readShippedDataset();
const total = dataset.events.length;
type Outcome = { arrested?: number | null };
const outcomeOf = (id: string) =>
  ((dataset.events.find((e) => e.id === id) as unknown as { outcome: Outcome }).outcome ?? {}) as Outcome;

/** "N of M events" at the top of the list. */
async function matchCount(page: Page): Promise<number> {
  const text = (await page.getByText(new RegExp(`^[\\d,]+ of ${total} events$`)).textContent()) ?? "";
  return Number(text.split(" of ")[0]?.replace(/,/g, ""));
}

/** Ids of the list rows on screen (the list is virtualised: only some rows exist at a time). */
async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator("[role=listbox] [data-event-id]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-id") ?? ""));
}

test("?bin=month draws one bar per month, and the unit picker says so", async ({ page }) => {
  await page.goto("./?bin=month");
  await expect(page.getByLabel("Bars", { exact: true })).toHaveValue("month");
  const dated = dataset.events.flatMap((e) => (e.date ? [e.date.slice(0, 7)] : []));
  const sortedMonths = [...dated].sort();
  const [first, last] = [sortedMonths[0] as string, sortedMonths[sortedMonths.length - 1] as string];
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5)) + 1;
  await expect(page.locator(".tl-histogram .tl-bar")).toHaveCount(months);
  await expect(page.locator(".tl-histogram .tl-bar").first().locator("title")).toContainText(/^[A-Z][a-z]+ \d{4}:/);

  await page.getByLabel("Bars", { exact: true }).selectOption("year");
  await expect.poll(() => params(page).get("bin")).toBe("year");
  await expect(page.locator(".tl-histogram .tl-bar")).toHaveCount(
    Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1,
  );
});

test("comparing Damascus and Aleppo over 2025 shows two series with the file's monthly counts", async ({ page }) => {
  await page.goto("./?region=DI,HL&compare=region&bin=month&from=2025-01-01&to=2025-12-31");
  const expected = new Map<string, number[]>();
  for (const code of ["SY-DI", "SY-HL"]) {
    const perMonth = Array.from({ length: 12 }, () => 0);
    for (const e of dataset.events)
      if (e.date?.startsWith("2025") && e.location?.admin1 === code) {
        const month = e.date.length >= 7 ? Number(e.date.slice(5, 7)) : 1;
        perMonth[month - 1] = (perMonth[month - 1] as number) + 1;
      }
    expected.set(code, perMonth);
  }
  const rows = page.locator(".compare-view .cmp-row");
  await expect(rows).toHaveCount(2);
  for (const code of ["SY-DI", "SY-HL"]) {
    const counts = await page
      .locator(`.cmp-row[data-series="${code}"] .cmp-bar`)
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute("data-count"))));
    expect(counts, code).toEqual(expected.get(code));
  }
  await expect(rows.nth(0)).toContainText("Damascus");
  await expect(rows.nth(1)).toContainText("Aleppo");

  // The same numbers as a table a screen reader can read, period by series.
  await page.getByRole("button", { name: "Table" }).click();
  await expect.poll(() => params(page).get("table")).toBe("1");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Period", "Damascus", "Aleppo"]);
  await expect(table.getByRole("row", { name: /^March 2025/ }).getByRole("cell")).toHaveText(
    [expected.get("SY-DI")?.[2], expected.get("SY-HL")?.[2]].map(String),
  );
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("compare-region-month.csv");
  const stream = await file.createReadStream();
  let csv = "";
  for await (const chunk of stream) csv += chunk.toString();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("period (month),Damascus,Aleppo");
  expect(lines[1]).toBe(`2025-01,${expected.get("SY-DI")?.[0]},${expected.get("SY-HL")?.[0]}`);
});

test("?has=arrested lists exactly the events reporting more than zero arrested", async ({ page }) => {
  await page.goto("./?has=arrested");
  const expected = dataset.events.filter((e) => (outcomeOf(e.id).arrested ?? 0) > 0).map((e) => e.id);
  await expect.poll(() => matchCount(page)).toBe(expected.length);
  await expect(page.getByRole("button", { name: "Remove filter: Arrests reported" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Arrests reported" })).toBeChecked();
  const seen = new Set<string>();
  const list = page.getByRole("listbox");
  for (let step = 0; step < 20 && seen.size < expected.length; step++) {
    for (const id of await listedIds(page)) seen.add(id);
    await list.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
    await page.waitForTimeout(50);
  }
  expect([...seen].sort()).toEqual([...expected].sort());

  // Sorting by arrested puts the largest figure first.
  await page.getByLabel("Sort").selectOption("most-arrested");
  await list.evaluate((el) => el.scrollTo(0, 0));
  const first = (await listedIds(page))[0] as string;
  const most = Math.max(...expected.map((id) => outcomeOf(id).arrested ?? 0));
  expect(outcomeOf(first).arrested).toBe(most);
});

test("excluding campaigns removes them and shows a struck chip, in the URL", async ({ page }) => {
  await page.goto("./");
  const campaigns = dataset.events.filter((e) => e.type === "campaign").length;
  expect(campaigns).toBeGreaterThan(0);
  await expect.poll(() => matchCount(page)).toBe(total);
  await page.getByRole("checkbox", { name: /^Campaign/ }).hover();
  await page.getByRole("button", { name: "Exclude Campaign / aggregate" }).click();
  await expect.poll(() => params(page).get("-type")).toBe("campaign");
  await expect.poll(() => matchCount(page)).toBe(total - campaigns);
  const chip = page.getByRole("button", { name: "Remove filter: Excluded: Campaign / aggregate" });
  await expect(chip).toBeVisible();
  await expect(chip.locator("s")).toHaveText("Campaign / aggregate");
  await chip.click();
  await expect.poll(() => params(page).get("-type")).toBeNull();
  await expect.poll(() => matchCount(page)).toBe(total);
});

test("searching Daesh or داعش finds the same events as ISIS", async ({ page }) => {
  const found: Record<string, { count: number; ids: string[] }> = {};
  for (const q of ["ISIS", "Daesh", "داعش", "الدولة الإسلامية"]) {
    await page.goto(`./?q=${encodeURIComponent(q)}&sort=oldest`);
    await expect.poll(() => matchCount(page)).toBeGreaterThan(0);
    found[q] = { count: await matchCount(page), ids: await listedIds(page) };
  }
  expect(found.Daesh).toEqual(found.ISIS);
  expect(found["داعش"]).toEqual(found.ISIS);
  expect(found["الدولة الإسلامية"]).toEqual(found.ISIS);
});

test("Cite on an undated event says 'date unknown' and carries every source URL", async ({ page }) => {
  const undated = dataset.events.find((e) => e.date === null);
  if (!undated) throw new Error("the shipped dataset has no undated event");
  await page.goto(`./?event=${undated.id}`);
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  const text = page.getByTestId("citation-text");
  await expect(text).toContainText("(date unknown)");
  for (const source of undated.sources) await expect(text).toContainText(source.url);
  await expect(text).toContainText(`?event=${undated.id}`);
  await expect(text).toContainText(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(text).toContainText(dataset.title);

  await page.getByRole("button", { name: "العربية" }).last().click();
  await expect(text).toContainText("التاريخ غير معروف");
  for (const source of undated.sources) await expect(text).toContainText(source.url);
});
