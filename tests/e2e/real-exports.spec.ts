import type { Page } from "@playwright/test";
import { expect, test } from "./support.ts";

/*
 * An ACLED export as Excel leaves it on a European Windows machine: semicolons, Windows-1252
 * (é and ’ as single bytes), dates rewritten as 9-May-20, and rows from other countries.
 */
const HEADER =
  "data_id;iso;event_id_cnty;event_id_no_cnty;event_date;year;time_precision;event_type;sub_event_type;actor1;assoc_actor_1;inter1;actor2;assoc_actor_2;inter2;interaction;region;country;admin1;admin2;admin3;location;latitude;longitude;geo_precision;source;source_scale;notes;fatalities;timestamp;iso3";
const ROWS = [
  "1;760;SYR90001;90001;9-May-20;2020;1;Battles;Armed clash;Military Forces of Syria (2000-2024);;1;Hay’at Tahrir al-Sham;;2;12;Middle East;Syria;Idleb;Ariha;Saraqab;Saraqab;35.8623;36.8042;1;SOHR;Other;Clashes near the café on the M4 road.;2;1589000000;SYR",
  "2;760;SYR90002;90002;27-Apr-20;2020;1;Strategic developments;Arrests;Police Forces of Syria (2000-2024);;1;Civilians (Syria);;7;17;Middle East;Syria;Aleppo;Jebel Saman;Aleppo;Aleppo;36.2021;37.1343;1;SANA;National;Police arrested three men in Aleppo.;0;1589000000;SYR",
  "3;760;SYR90003;90003;1-May-20;2020;1;Explosions/Remote violence;Air/drone strike;Military Forces of Russia (2000-);;8;;;0;80;Middle East;Syria;Idleb;Idleb;Idleb;Idleb;35.9306;36.6339;1;SOHR;Other;;0;1589000000;SYR",
  "4;887;YEM1;1;9-May-20;2020;1;Battles;Armed clash;Houthis;;2;Military Forces of Yemen;;1;12;Middle East;Yemen;Sanaa;;;Sanaa;15.35;44.2;1;Source;Other;x;0;1589000000;YEM",
  "5;804;UKR1;1;9-May-20;2020;1;Battles;Armed clash;A;;2;B;;1;12;Europe;Ukraine;Donetsk;;;Donetsk;48.0;37.8;1;Source;Other;x;0;1589000000;UKR",
];
const CP1252: Record<string, number> = { "’": 0x92, é: 0xe9 };
const BYTES = [...`${HEADER}\r\n${ROWS.join("\r\n")}\r\n`].map((c) => CP1252[c] ?? c.charCodeAt(0));

async function dropExcelAcled(page: Page): Promise<void> {
  const transfer = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "acled-excel.csv", { type: "text/csv" }));
    return data;
  }, BYTES);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
}

test("an Excel-style ACLED file dropped on the page shows its events, in English and in Arabic", async ({ page }) => {
  // Two languages and a dropped file on a shared two-core machine: more than the default 30 s.
  test.setTimeout(120_000);
  await page.goto("./");
  await expect(page.getByTestId("event-count")).toContainText("reported operations");
  await dropExcelAcled(page);
  await expect(page.getByTestId("event-count")).toContainText("3 reported operations");
  const list = page.locator("#list-drawer");
  await expect(list).toContainText("Armed clash in Saraqab");
  await expect(list).toContainText("Arrests in Aleppo");

  await page.getByRole("button", { name: /^Data/ }).click();
  const report = page.locator(".data-menu-panel .load-report");
  await expect(report.getByTestId("load-report-format")).toHaveText("ACLED, 2020 layout, Excel dates (9-May-20)");
  await expect(report.getByTestId("load-report-encoding")).toHaveText("Windows-1252");
  await expect(report.getByTestId("load-report-delimiter")).toHaveText("semicolon");
  await expect(report.getByTestId("load-report-outside")).toHaveText(
    "2 rows outside Syria skipped: Ukraine 1, Yemen 1",
  );
  await page.keyboard.press("Escape");
  await expect(page.locator(".data-menu-panel")).toBeHidden();

  // The names came through Windows-1252 whole: Hay’at with its apostrophe.
  await list.getByText("Armed clash in Saraqab").click();
  await expect(page.getByText("Hay’at Tahrir al-Sham").first()).toBeVisible();

  await page.getByRole("button", { name: "العربية", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("event-count")).toContainText("٣");
  await expect(list).toContainText("Armed clash in Saraqab");
  await page.getByRole("button", { name: /^البيانات/ }).click();
  await expect(report.getByTestId("load-report-format")).toHaveText(
    "ACLED، تخطيط ٢٠٢٠، تواريخ Excel \u2068(9-May-20)\u2069",
  );
  await expect(report.getByTestId("load-report-delimiter")).toHaveText("فاصلة منقوطة");
  await expect(report.getByTestId("load-report-outside")).toContainText("صفوف خارج سوريا استُبعدت (٢)");
});
