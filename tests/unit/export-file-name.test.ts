import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinList, protectCell, splitList, unprotectCell } from "../../src/data/export/csv-layout.ts";
import { exportFileName, slugify } from "../../src/data/export/export-file-name.ts";
import { parseIsoDate } from "../../src/domain/dates.ts";
import { type Filters, NO_FILTERS } from "../../src/domain/filters.ts";

const day = (iso: string) => parseIsoDate(iso)?.startDay ?? null;
const title = "Reported security operations in Syria";

describe("export file names", () => {
  it("says which dataset and which filters", () => {
    const filters: Filters = { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31"), regions: ["SY-HL"] };
    expect(exportFileName(title, filters, "csv")).toBe(
      "reported-security-operations-in-syria_2025-01-01_2025-03-31_aleppo.csv",
    );
    expect(exportFileName(title, NO_FILTERS, ".geojson")).toBe("reported-security-operations-in-syria.geojson");
  });

  it("names open-ended ranges, several regions, types, and other filters", () => {
    const filters: Filters = {
      ...NO_FILTERS,
      from: day("2025-02-01"),
      regions: ["SY-DY", "SY-HA"],
      types: ["raid", "cell-dismantled"],
      text: "isis",
    };
    expect(exportFileName(title, filters, "json")).toBe(
      "reported-security-operations-in-syria_from-2025-02-01_deir-ez-zor-al-hasakah_raid-cell-dismantled_filtered.json",
    );
    expect(
      exportFileName(
        title,
        { ...NO_FILTERS, to: day("2025-02-01"), regions: ["SY-DY", "SY-HA", "SY-HL", "SY-ID"] },
        "csv",
      ),
    ).toBe("reported-security-operations-in-syria_to-2025-02-01_4-governorates.csv");
  });

  it("makes a safe name of any title", () => {
    expect(exportFileName("../../etc/passwd", NO_FILTERS, "csv")).toBe("etc-passwd.csv");
    expect(exportFileName("", NO_FILTERS, "csv")).toBe("dataset.csv");
    expect(exportFileName("عمليات أمنية في سوريا", NO_FILTERS, "csv")).toBe("عمليات-امنية-في-سوريا.csv");
    fc.assert(
      fc.property(fc.string(), fc.string(), (anyTitle, ext) => {
        const name = exportFileName(anyTitle, NO_FILTERS, ext);
        expect(name).toMatch(/^[\p{L}\p{N}_-]+\.[\p{L}\p{N}-]+$/u);
        expect(name.length).toBeLessThanOrEqual(180);
        expect(name.startsWith(".")).toBe(false);
      }),
    );
    expect(slugify("Dar‘ā — Deir ez-Zor")).toBe("dar-a-deir-ez-zor");
  });
});

describe("CSV cells of the app's own layout", () => {
  it("protects formulas reversibly", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = protectCell(value);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(unprotectCell(cell)).toBe(value);
      }),
      { numRuns: 500 },
    );
    expect(protectCell("'Ain Issa")).toBe("'Ain Issa");
    expect(protectCell("=1+1")).toBe("'=1+1");
  });

  it("joins and splits lists, whatever the items hold", () => {
    const item = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
      { numRuns: 500 },
    );
    expect(splitList("a;b ;  c;;")).toEqual(["a", "b", "c"]);
    expect(splitList("2025-01-01; ; 2025-01-03", true)).toEqual(["2025-01-01", "", "2025-01-03"]);
  });
});
