import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/domain/dates.ts";
import { NO_FILTERS } from "../../src/domain/filters.ts";
import { filtersInWords } from "../../src/features/publish/filter-words.ts";

const day = (text: string) => parseIsoDate(text)?.startDay ?? null;
/** Intl puts thin spaces around the range dash; a reader sees spaces. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("the filters in words", () => {
  it("names types, governorates and the date range as a reader would", () => {
    const filters = {
      ...NO_FILTERS,
      types: ["arrest"] as const,
      regions: ["SY-HL", "SY-ID"] as const,
      from: day("2025-01-01"),
      to: day("2025-06-30"),
    };
    expect(plain(filtersInWords(filters, "en"))).toBe("Arrests in Aleppo and Idlib, 1 Jan – 30 Jun 2025");
    const arabic = filtersInWords(filters, "ar");
    expect(arabic).toContain("اعتقالات في حلب وإدلب");
    expect(arabic).toMatch(/[٠-٩]/); // Arabic digits from the one formatter's locale
  });

  it("says what is shown when nothing is filtered, and names forces, targets and search", () => {
    expect(filtersInWords(NO_FILTERS, "en")).toBe("Reported security operations, all dates");
    const filters = {
      ...NO_FILTERS,
      types: ["raid", "strike"] as const,
      actors: ["US CENTCOM"],
      targets: ["ISIS"],
      text: "tunnel",
      from: day("2025-03-01"),
      includeUndated: false,
    };
    expect(filtersInWords(filters, "en")).toBe(
      "Raids and strikes by US CENTCOM against ISIS matching “tunnel”, since 1 Mar 2025",
    );
    // Without a range, leaving undated reports out is a choice the title must name.
    expect(filtersInWords({ ...NO_FILTERS, includeUndated: false }, "en")).toBe(
      "Reported security operations, all dates, dated events only",
    );
  });
});
