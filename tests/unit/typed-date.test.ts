import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, parseIsoDate } from "../../src/domain/dates.ts";
import { parseTypedDay } from "../../src/domain/typed-date.ts";
import { formatShortDay } from "../../src/i18n/format.ts";

const day = (iso: string) => parseIsoDate(iso)?.startDay;

describe("parseTypedDay", () => {
  it.each([
    ["2025-03-06"],
    ["6/3/2025"],
    ["06/03/2025"],
    ["6.3.2025"],
    ["6-3-2025"],
    ["6 Mar 2025"],
    ["6 march 2025"],
    ["March 6, 2025"],
    [" 6  Mar  2025 "],
    ["٦ آذار ٢٠٢٥"],
    ["٦/٣/٢٠٢٥"],
    ["6 مارس 2025"],
    ["٢٠٢٥-٠٣-٠٦"],
  ])("reads %s as 6 March 2025", (text) => {
    expect(parseTypedDay(text)).toBe(day("2025-03-06"));
  });

  it.each([["2025-02-30"], ["31/4/2025"], ["6 Smarch 2025"], ["6/3"], ["2025"], ["6/3/25"], ["tomorrow"], [""]])(
    "refuses %s",
    (text) => {
      expect(parseTypedDay(text)).toBeNull();
    },
  );

  it("reads back every day as the interface shows it, in English and Arabic", () => {
    fc.assert(
      fc.property(fc.integer({ min: day("1990-01-01") as number, max: day("2060-12-31") as number }), (d) => {
        expect(parseTypedDay(formatShortDay(d, "en")), formatDay(d)).toBe(d);
        expect(parseTypedDay(formatShortDay(d, "ar")), formatDay(d)).toBe(d);
      }),
    );
  });
});
