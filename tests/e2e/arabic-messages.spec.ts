import { expect, readShippedDataset, test } from "./support.ts";

/*
 * Switching to Arabic says everything the loaders and the address codec report in Arabic: a bad
 * link's notices, a hostile file's load problems, a fatal error and a cancelled load.
 */

const ARABIC = /[\u0600-\u06FF]/;
/**
 * Arabic, with Latin letters only inside isolated fragments (a value, a field name, a code): no
 * English sentence fell through.
 */
const ARABIC_ONLY = /^(?=.*[\u0621-\u064A]{3})(?:[^A-Za-z\u2068]|\u2068[^\u2069]*\u2069)*$/s;

test("a bad link's notices are said in Arabic, and switch back to English with the interface", async ({ page }) => {
  await page.goto("./?lang=ar&region=XX&map=banana&from=2025-02-30&type=invasion&sort=sideways");
  const notices = page.locator(".notices .notice");
  await expect(notices).toHaveCount(5);
  for (const notice of await notices.all()) await expect(notice).toContainText(/^تم تجاهل /);
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator(".notices")).toContainText("Ignored region=XX");
});

test("a hostile file's load problems are said in Arabic, malformed fields included", async ({ page }) => {
  const valid = readShippedDataset().events.slice(0, 5);
  const hostile = {
    title: "hostile",
    events: [
      ...valid,
      { ...valid[0], id: "bad-date", date: "2025-02-30" },
      { ...valid[1], id: "outside", location: { name: "Baghdad", lat: 33.31, lon: 44.36, precision: "town" } },
      { ...valid[2] },
      // Malformed fields, each found by the format's schema.
      { ...valid[3], id: "title-number", title: 5 },
      { ...valid[3], id: "party", type: "party" },
      { ...valid[3], id: "colour", colour: "red" },
      { ...valid[3], id: "slashed-date", date: "02/01/2025" },
      { ...valid[3], id: "no-sources", sources: [] },
    ],
  };
  await page.route("**/data/events.json", (route) => route.fulfill({ json: hostile }));
  await page.goto("./?lang=ar");
  const summary = page.getByRole("status").filter({ hasText: "الأحداث المحمّلة" });
  await summary.getByRole("button", { name: "عرض التفاصيل" }).click();
  const problems = page.locator(".problem-list .problem");
  await expect(problems).toHaveCount(8);
  await expect(problems.filter({ hasText: "ليس تاريخًا صحيحًا" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "خارج سوريا" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "معرّف مكرر" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "يجب أن يكون نصًا، لا رقمًا" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "يجب أن يكون إحدى القيم" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "حقول مجهولة" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "يجب أن يكون تاريخًا مكتوبًا بالصيغة" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "عنصر واحد على الأقل" })).toHaveCount(1);
  for (const problem of await problems.all()) await expect(problem).toHaveText(ARABIC_ONLY);
  await expect(page.locator(".problem-list [lang]")).toHaveCount(0);

  // The load report in the Data menu groups them, in Arabic too.
  await page.getByRole("button", { name: /^البيانات/ }).click();
  const report = page.locator(".data-menu-panel .load-report");
  const groups = report.locator(".load-report-groups li");
  await expect(groups).toHaveCount(8);
  for (const line of await report.locator(".load-report-reason, .load-report-example").all())
    await expect(line).toHaveText(ARABIC_ONLY);
  await expect(report.locator("[lang]")).toHaveCount(0);
});

test("a fatal error is said in Arabic", async ({ page }) => {
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ body: '{"title": "cut short", "events": [', contentType: "application/json" }),
  );
  await page.goto("./?lang=ar");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("تعذّر تحميل مجموعة البيانات");
  await expect(alert).toContainText("الملف ليس JSON صالحًا");
  await expect(alert).toContainText("افتحه في محرّر أو مدقّق JSON");
  await expect(alert.locator("dd").nth(1)).toHaveText(ARABIC);
});

test("a missing dataset is said in Arabic", async ({ page }) => {
  await page.route("**/data/events.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?lang=ar");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("أجاب الخادم");
  await expect(alert).toContainText("لا يوجد ملف على هذا العنوان");
});
