import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { makeXlsx } from "../support/make-xlsx.ts";
import { expect, test } from "./support.ts";

/*
 * Real export files (../shared/samples/real-world) opened through the Data menu with the
 * interface in Arabic: the format line, the grouped reasons and the refusals are said in Arabic.
 */

const DIR = resolve(process.cwd(), "../shared/samples/real-world");
/** English words of the importers' sentences: none may be left in what an Arabic reader sees. */
const ENGLISH_PROSE = /\b(the|not|file|rows?|is|are|this|reads|outside|skipped|layout|dates)\b/i;

/** Opens a file from disk through the Data menu, as a person would. */
async function openThroughDataMenu(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  await page.getByRole("button", { name: /^البيانات/ }).click();
  const input = page.locator('.data-menu input[type="file"]');
  await input.setInputFiles(
    typeof file === "string" ? resolve(DIR, file) : { name: file.name, mimeType: "text/csv", buffer: file.buffer },
  );
}

/** Text with names isolated as left-to-right fragments taken out: what must be Arabic. */
function withoutIsolates(text: string): string {
  return text.replace(/\u2068[^\u2069]*\u2069/g, "");
}

test.describe("real export files, in Arabic", () => {
  test.skip(!existsSync(DIR), `${DIR} is not on this machine`);
  // Real files of thousands of rows on a shared two-core machine: more than the default 30 s.
  test.setTimeout(120_000);

  test("the Global Terrorism Database file is refused in Arabic", async ({ page }) => {
    await page.goto("./?lang=ar");
    await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 60_000 });
    await openThroughDataMenu(page, "gtd_europe_2015-2017_shapefile-derived.geojson");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("تعذّر تحميل مجموعة البيانات", { timeout: 60_000 });
    await expect(alert).toContainText("قاعدة بيانات الإرهاب العالمية (GTD)");
    await expect(alert).toContainText("يقرأ هذا التطبيق ملفات GeoJSON");
    for (const said of await alert.locator("dd").all()) {
      const text = (await said.textContent()) ?? "";
      if (text.endsWith(".geojson")) continue;
      expect(withoutIsolates(text)).not.toMatch(ENGLISH_PROSE);
    }
  });

  test("the global ACLED file: its format, the grouped outside-Syria line and the notes, in Arabic", async ({
    page,
  }) => {
    await page.goto("./?lang=ar");
    await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 60_000 });
    await openThroughDataMenu(page, "acled_global_2020-04-27_2020-05-09.csv");
    await expect(page.getByTestId("event-count")).toContainText("٣١٣", { timeout: 90_000 });
    await page.getByRole("button", { name: /^البيانات/ }).click();
    const report = page.locator(".data-menu-panel .load-report");
    await expect(report.getByTestId("load-report-format")).toHaveText(
      "ACLED، تخطيط ٢٠٢٠، تواريخ Excel \u2068(9-May-20)\u2069",
    );
    const outside = report.getByTestId("load-report-outside");
    await expect(outside).toContainText("صفوف خارج سوريا استُبعدت (٤٬٧٥٧)");
    await expect(outside).toContainText("أوكرانيا\u2069 ٥٦٤");
    await expect(outside).toContainText("المكسيك\u2069 ٤٣٩");
    expect(withoutIsolates((await outside.textContent()) ?? "")).not.toMatch(/[A-Za-z]/);
    await expect(report).toContainText("تقع النقطة خارج حدود سوريا المرفقة بقليل");
    for (const group of await report.locator(".load-report-groups li").all())
      expect(withoutIsolates((await group.textContent()) ?? "")).not.toMatch(ENGLISH_PROSE);
  });

  test("a hostile file's rows: each reason and example said in Arabic, with the value it is about", async ({
    page,
  }) => {
    const header =
      "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,geo_precision,fatalities";
    const rows = [
      "SYR1,09 May 2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,36.52,37.95,1,0",
      "SYR2,31/31/2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,36.52,37.95,1,0",
      "SYR3,09 May 2020,2020,7,Battles,Armed clash,SDF,Syria,Narnia,Manbij,36.52,37.95,1,some",
      "SYR4,09 May 2020,2020,1,Battles,Dance-off,SDF,Syria,Aleppo,Manbij,36.52,37.95,9,0",
      "SYR5,09 May 2020,2020,1,Battles,Armed clash,SDF,Syria,Aleppo,Manbij,north,east,1,0",
    ];
    await page.goto("./?lang=ar");
    await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 60_000 });
    await openThroughDataMenu(page, {
      name: "hostile-acled.csv",
      buffer: Buffer.from(`${header}\n${rows.join("\n")}\n`),
    });
    await expect(page.getByRole("banner")).toContainText("hostile-acled.csv", { timeout: 60_000 });
    await page.getByRole("button", { name: /^البيانات/ }).click();
    const report = page.locator(".data-menu-panel .load-report");
    const groups = report.locator(".load-report-groups li");
    await expect(groups.filter({ hasText: "ليس تاريخًا: لا يصلح أيٌّ من العددين أن يكون الشهر" })).toHaveCount(1);
    await expect(groups.filter({ hasText: '\u2068"31/31/2020"\u2069' })).toHaveCount(1);
    await expect(groups.filter({ hasText: "لا إحداثيات صالحة" })).toHaveCount(1);
    await expect(groups.filter({ hasText: "ليس اسم محافظة يعرفه هذا التطبيق" })).toHaveCount(1);
    await expect(groups.filter({ hasText: "ليس عددًا صحيحًا" })).toHaveCount(1);
    for (const group of await groups.all())
      expect(withoutIsolates((await group.textContent()) ?? "")).not.toMatch(ENGLISH_PROSE);
  });
});

test("an Excel workbook (.xlsx) of ACLED rows opens through the Data menu, its sheet named, in Arabic", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const header = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country", "admin1"];
  const place = ["location", "latitude", "longitude", "geo_precision", "fatalities"];
  const workbook = makeXlsx(
    [
      [...header, ...place],
      [
        "SYR1",
        { date: "2020-05-09" },
        "Battles",
        "Armed clash",
        "SDF",
        "Syria",
        "Aleppo",
        "منبج",
        36.5281,
        37.9549,
        1,
        2,
      ],
      ["SYR2", { date: "2020-04-27" }, "Battles", "Armed clash", "SDF", "Syria", "Aleppo", "الباب", 36.37, 37.52, 1, 0],
      [
        "YEM1",
        { date: "2020-05-09" },
        "Battles",
        "Armed clash",
        "Houthis",
        "Yemen",
        "Sanaa",
        "Sanaa",
        15.35,
        44.2,
        1,
        0,
      ],
    ],
    "ACLED",
  );
  await page.goto("./?lang=ar");
  await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: /^البيانات/ }).click();
  await page.locator('.data-menu input[type="file"]').setInputFiles({
    name: "acled-syria.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(workbook),
  });
  await expect(page.getByRole("banner")).toContainText("acled-syria.xlsx", { timeout: 60_000 });
  await expect(page.locator("#list-drawer")).toContainText("منبج");
  await page.getByRole("button", { name: /^البيانات/ }).click();
  const report = page.locator(".data-menu-panel .load-report");
  await expect(report.getByTestId("load-report-format")).toHaveText(
    "ACLED، تخطيط ٢٠١٩، مصنّف Excel \u2068(.xlsx)\u2069، الورقة «\u2068ACLED\u2069»",
  );
  await expect(report.getByTestId("load-report-loaded")).toHaveText("٢");
  await expect(report.getByTestId("load-report-outside")).toContainText("اليمن\u2069 ١");
});
