import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DataMenu } from "../../src/app/data-menu.tsx";
import { parseDatasetBytes, parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import type { OpenDataset } from "../../src/data/load/open-dataset.ts";
import { LoadReport } from "../../src/features/import/load-report.tsx";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { bundledLocator } from "../support/disk.ts";
import { captureDownloads } from "../support/downloads.ts";
import { datasetText, validRecord } from "../support/records.ts";
import { openDataset } from "../support/store.ts";

function loadFixture(name: string): OpenDataset {
  const result = parseDatasetFile(readFileSync(`tests/fixtures/import/${name}`, "utf8"), name, bundledLocator());
  if (!result.ok) throw new Error(result.error.message);
  return openDataset(result);
}

function renderWith(dataset: OpenDataset | null, ui = <LoadReport />, lang: "en" | "ar" = "en") {
  const store = createAppStore({ load: { status: "ready" }, dataset, lang });
  return render(<StoreProvider store={store}>{ui}</StoreProvider>);
}

const { blobs, names: downloads } = captureDownloads();

describe("the load report", () => {
  it("opens from the header's Data menu, says what was read, loaded and skipped, and closes with Escape", async () => {
    renderWith(loadFixture("ucdp-sample.csv"), <DataMenu onFile={() => {}} onUrl={() => {}} />);
    const button = screen.getByRole("button", { name: /^Data/ });
    expect(button.querySelector(".data-menu-badge")).toHaveTextContent("4");
    expect(button).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(button);
    const dialog = await screen.findByRole("region", { name: "Load report" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(within(dialog).getByRole("heading", { name: "Load report" })).toBeVisible();
    expect(within(dialog).getByTestId("load-report-format")).toHaveTextContent("UCDP GED, 19.1 layout");
    expect(within(dialog).getByTestId("load-report-read")).toHaveTextContent("9");
    expect(within(dialog).getByTestId("load-report-loaded")).toHaveTextContent("5");
    expect(within(dialog).getByTestId("load-report-skipped")).toHaveTextContent("4");
    expect(within(dialog).getByTestId("load-report-warnings")).toHaveTextContent("1");
    expect(dialog).toHaveTextContent("Rows read");
    expect(dialog).toHaveTextContent("1 row: type_of_violence: not 1, 2 or 3: the event type cannot be mapped");
    expect(dialog).toHaveTextContent(
      'e.g. row 5 (ucdp-900005): not 1, 2 or 3: the event type cannot be mapped (got "9")',
    );
    expect(dialog).toHaveTextContent("1 row: id: duplicate id (the later record was skipped)");
    expect(dialog).toHaveTextContent("1 row: where_prec: where_prec 6: only the country is known");

    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Load report" })).toBeNull();
    expect(button).toHaveFocus();
  });

  it("groups many rows under one reason", () => {
    const records = Array.from({ length: 41 }, (_, i) =>
      validRecord({ id: `r${i}`, location: { name: "x", lat: 48.85, lon: 2.35, precision: "town" } }),
    );
    const result = parseDatasetFile(datasetText([...records, validRecord()]), "paris.json", bundledLocator());
    if (!result.ok) throw new Error(result.error.message);
    renderWith(openDataset(result), <LoadReport />);
    expect(screen.getByText("41 records: location: coordinates outside Syria")).toBeInTheDocument();
    expect(screen.getByText("Records read")).toBeInTheDocument();
  });

  it("downloads every problem as a spreadsheet-safe CSV", async () => {
    renderWith(loadFixture("acled-sample.csv"), <LoadReport />);
    await userEvent.click(screen.getByRole("button", { name: "Download report (CSV)" }));
    expect(downloads).toEqual(["acled-acled-sample-csv-load-report.csv"]);
    expect(blobs[0]?.type).toBe("text/csv;charset=utf-8");
    const text = await blobs[0]?.text();
    const lines = text?.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines?.[0]).toBe("severity,row,id,field,message");
    expect(lines).toContain(
      'error,4,acled-SYR1004,sub_event_type,"not an ACLED sub-event type this app maps to an event type (got ""Cyber attack"")"',
    );
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it("shows file content in messages as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const result = parseDatasetFile(datasetText([validRecord({ [hostile]: 1 })]), "x.json", bundledLocator());
    if (!result.ok) throw new Error(result.error.message);
    const { container } = renderWith(openDataset(result), <LoadReport />);
    expect(container).toHaveTextContent(`unknown field(s): ${hostile}`);
    expect(container.querySelector("img")).toBeNull();
  });

  it("says when everything loaded, and offers no empty report", () => {
    const result = parseDatasetFile(datasetText([validRecord()]), "one.json", bundledLocator());
    if (!result.ok) throw new Error(result.error.message);
    renderWith(openDataset(result), <LoadReport />);
    expect(screen.getByText("Every row was loaded, with nothing to note.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Download/ })).toBeNull();
  });

  it("shows nothing before a dataset is loaded", () => {
    const { container } = renderWith(null);
    expect(container).toBeEmptyDOMElement();
  });

  it("speaks Arabic when the interface does", async () => {
    renderWith(loadFixture("events.geojson"), <DataMenu onFile={() => {}} onUrl={() => {}} />, "ar");
    await userEvent.click(screen.getByRole("button", { name: /^البيانات/ }));
    const dialog = await screen.findByRole("region", { name: "تقرير التحميل" });
    expect(dialog).toHaveTextContent("المعالم المقروءة");
    expect(dialog).toHaveTextContent("GeoJSON (مجموعة معالم)");
    await userEvent.click(screen.getByRole("button", { name: "إغلاق" }));
    expect(screen.queryByRole("region", { name: "تقرير التحميل" })).toBeNull();
  });

  it("names every group of problems in Arabic, from its code, without the rows' values", () => {
    const records = [
      validRecord({ id: "bad-date", date: "2025-02-30" }),
      validRecord({ id: "bad-date-2", date: "2025-13-01" }),
      validRecord({ id: "paris", location: { name: "x", lat: 48.85, lon: 2.35, precision: "town" } }),
      validRecord({ id: "colour", colour: "red" }),
      validRecord({ id: "size", size: 3 }),
      validRecord({ id: "no-link", sources: [{ url: "ftp://example.org/a", name: "x" }] }),
      validRecord({ id: "twice" }),
      validRecord({ id: "twice" }),
      validRecord({
        id: "wrong-governorate",
        location: { name: "Damascus", lat: 33.51, lon: 36.29, precision: "town", admin1: "SY-HL" },
      }),
    ];
    const result = parseDatasetFile(datasetText([...records, validRecord()]), "hostile.json", bundledLocator());
    if (!result.ok) throw new Error(result.error.message);
    const dataset = openDataset(result);
    const { container, unmount } = renderWith(dataset, <LoadReport />, "en");
    const english = [...container.querySelectorAll(".load-report-reason")].map((e) => e.textContent ?? "");
    expect(english).toEqual(
      expect.arrayContaining([
        "2 records: date: not a real date",
        "2 records: unknown fields",
        "1 record: id: duplicate id (the later record was skipped)",
        "1 record: location: coordinates outside Syria",
        "1 record: sources[].url: must be an http(s) URL",
        "1 record: location.admin1: the governorate named differs from the one the coordinates fall in",
      ]),
    );
    unmount();

    const arabic = [...renderWith(dataset, <LoadReport />, "ar").container.querySelectorAll(".load-report-reason")];
    expect(arabic).toHaveLength(english.length);
    for (const element of arabic) {
      const said = element.textContent ?? "";
      const outsideIsolates = said.replace(/\u2068[^\u2069]*\u2069/g, "");
      expect(outsideIsolates, said).toMatch(/[\u0621-\u064A]{3}/);
      expect(outsideIsolates, said).not.toMatch(/[A-Za-z]/);
      expect(said, "a row's value").not.toMatch(/2025|48\.85|red|SY-HL/);
    }
    expect(arabic.map((e) => e.textContent)).toEqual(
      expect.arrayContaining([
        "سجلان: \u2068date\u2069: ليس تاريخًا صحيحًا",
        "سجلان: حقول مجهولة",
        "سجل واحد: \u2068id\u2069: معرّف مكرر (تم تخطي السجل اللاحق)",
        "سجل واحد: \u2068location.admin1\u2069: المحافظة المذكورة غير التي تقع فيها الإحداثيات",
      ]),
    );
  });

  describe("an ACLED export re-saved by Excel on a European Windows machine", () => {
    // Semicolons, Windows-1252 (é as one byte), 9-May-20 dates, and rows from other countries.
    const header =
      "event_id_cnty;event_date;year;time_precision;event_type;sub_event_type;actor1;assoc_actor_1;actor2;country;admin1;location;latitude;longitude;geo_precision;source;notes;fatalities";
    const rows = [
      "SYR1;9-May-20;2020;1;Battles;Armed clash;Military Forces of Syria (2000-2024);;Hay'at Tahrir al-Sham;Syria;Idleb;Saraqab;35.8623;36.8042;1;SOHR;Clash near the café;2",
      "SYR2;27-Apr-20;2020;1;Strategic developments;Arrests;Police Forces of Syria (2000-2024);;Civilians (Syria);Syria;Aleppo;Aleppo;36.2021;37.1343;1;SANA;Arrests;0",
      "YEM1;9-May-20;2020;1;Battles;Armed clash;Houthis;;Military Forces of Yemen;Yemen;Sanaa;Sanaa;15.35;44.2;1;Source;x;0",
      "YEM2;9-May-20;2020;1;Battles;Armed clash;Houthis;;Military Forces of Yemen;Yemen;Sanaa;Sanaa;15.35;44.2;1;Source;x;0",
      "UKR1;9-May-20;2020;1;Battles;Armed clash;A;;B;Ukraine;Donetsk;Donetsk;48.0;37.8;1;Source;x;0",
    ];
    const bytes = Uint8Array.from(
      [...`${header}\r\n${rows.join("\r\n")}\r\n`].map((c) => (c === "é" ? 0xe9 : c.charCodeAt(0))),
    );
    function excelAcled(): OpenDataset {
      const result = parseDatasetBytes(bytes, "acled-excel.csv", bundledLocator());
      if (!result.ok) throw new Error(result.error.message);
      return openDataset(result);
    }

    it("names the layout, the dates, the encoding and the delimiter, and groups rows outside Syria", () => {
      renderWith(excelAcled(), <LoadReport />);
      expect(screen.getByTestId("load-report-format")).toHaveTextContent("ACLED, 2019 layout, Excel dates (9-May-20)");
      expect(screen.getByTestId("load-report-encoding")).toHaveTextContent("Windows-1252");
      expect(screen.getByTestId("load-report-delimiter")).toHaveTextContent("semicolon");
      expect(screen.getByTestId("load-report-loaded")).toHaveTextContent("2");
      expect(screen.getByTestId("load-report-skipped")).toHaveTextContent("3");
      expect(screen.getByTestId("load-report-outside")).toHaveTextContent(
        "3 rows outside Syria skipped: Yemen 2, Ukraine 1",
      );
      // No note about the governorate of a row that is not in Syria.
      expect(screen.queryByText(/not a governorate name/)).toBeNull();
    });

    it("says the same in Arabic", () => {
      renderWith(excelAcled(), <LoadReport />, "ar");
      expect(screen.getByTestId("load-report-format")).toHaveTextContent("ACLED، تخطيط ٢٠١٩، تواريخ Excel");
      expect(screen.getByTestId("load-report-delimiter")).toHaveTextContent("فاصلة منقوطة");
      expect(screen.getByTestId("load-report-outside")).toHaveTextContent(
        "صفوف خارج سوريا استُبعدت (٣): \u2068اليمن\u2069 ٢، \u2068أوكرانيا\u2069 ١",
      );
    });
  });
});
