// @vitest-environment node
import { describe, expect, it } from "vitest";
import { workbookToCsv } from "../../src/data/import/xlsx-sheet.ts";
import { type LoadJobResult, runLoadJob } from "../../src/data/load/run-load-job.ts";
import { readGeography } from "../support/disk.ts";
import { makeXlsx, type XlsxCell } from "../support/make-xlsx.ts";

/*
 * An .xlsx workbook opened as people hold them: an ACLED or UCDP export saved by Excel, dates as
 * Excel day numbers. Read from its first sheet by the same row mappers as the CSV. The workbooks
 * are made by the test (tests/support/make-xlsx.ts).
 */

const ACLED_HEADER = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "country",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
];

function acledRow(id: string, date: XlsxCell, country: string, place: string, lat: number, lon: number): XlsxCell[] {
  return [
    id,
    date,
    2020,
    1,
    "Battles",
    "Armed clash",
    "SDF",
    "Hay'at Tahrir al-Sham",
    country,
    "Aleppo",
    place,
    lat,
    lon,
    1,
    "SOHR",
    'Clash, with a comma & "quotes"',
    2,
  ];
}

async function open(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<LoadJobResult> {
  return runLoadJob({ kind: "file", file: new File([bytes], name) }, readGeography().governorates, () => {});
}

describe("Excel workbooks (.xlsx)", () => {
  it("loads an ACLED export's first sheet: Excel day numbers become days, the sheet is named", async () => {
    const workbook = makeXlsx(
      [
        ACLED_HEADER,
        acledRow("SYR1", { date: "2020-05-09" }, "Syria", "Manbij", 36.5281, 37.9549),
        acledRow("SYR2", { date: "2020-04-27" }, "Syria", "منبج", 36.53, 37.95),
        acledRow("YEM1", { date: "2020-05-09" }, "Yemen", "Sanaa", 15.35, 44.2),
      ],
      "ACLED export",
    );
    const result = await open(workbook, "acled-2020.xlsx");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.header.format).toBe("acled-csv");
    expect(result.header.description).toMatchObject({
      container: "xlsx",
      sheet: "ACLED export",
      source: { kind: "acled", layout: "2019", dateStyle: "iso" },
    });
    expect(result.header.description?.delimiter).toBeUndefined();
    expect(result.header.recordCount).toBe(3);
    expect(result.built.searchTexts).toHaveLength(2);
    expect(result.header.outsideSyria).toEqual({ rows: 1, countries: [{ name: "Yemen", rows: 1 }] });
    const texts = result.built.searchTexts.join(" ");
    expect(texts).toContain("منبج");
    expect(texts).toContain('"quotes"');
    const sheet = workbookToCsv(workbook);
    if ("error" in sheet) throw new Error(sheet.error.code);
    expect(sheet.csv.split("\r\n").map((line) => line.split(",")[1])).toEqual([
      "event_date",
      "2020-05-09",
      "2020-04-27",
      "2020-05-09",
      undefined,
    ]);
    expect(result.header.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reads day numbers in a date column even when Excel kept them unformatted", () => {
    const sheet = workbookToCsv(
      makeXlsx([
        ["event_date", "latitude"],
        [{ serial: 43960 }, 36.5],
      ]),
    );
    if ("error" in sheet) throw new Error(sheet.error.code);
    expect(sheet.csv).toBe("event_date,latitude\r\n2020-05-09,36.5\r\n");
    expect(sheet.rows).toBe(1);
  });

  it("refuses a sheet of other columns in one message, and a broken workbook as unreadable", async () => {
    const other = await open(
      makeXlsx([
        ["Name", "Budget", "Quarter"],
        ["Office", 1200, "Q1"],
      ]),
      "budget.xlsx",
    );
    expect(other.ok).toBe(false);
    if (!other.ok)
      expect(other.error.message).toMatch(
        /^The format of this file was not recognised: it is an Excel workbook whose first sheet \("Sheet1"\) has 3 columns \(name, budget, quarter\)/,
      );
    const broken = makeXlsx([["a"], ["b"]]).slice(0, 200);
    const unreadable = await open(broken, "broken.xlsx");
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok) expect(unreadable.error.reason?.code).toMatch(/^import\.workbook-/);
  });
});
