import { describe, expect, it } from "vitest";
import { formatDay, parseIsoDate } from "../../src/domain/dates.ts";

describe("parseIsoDate", () => {
  it("reads a day as a one-day span", () => {
    const parsed = parseIsoDate("2025-01-11");
    expect(parsed?.precision).toBe("day");
    expect(parsed && formatDay(parsed.startDay)).toBe("2025-01-11");
    expect(parsed?.endDay).toBe(parsed?.startDay);
  });

  it("reads a month as the whole month, leap years included", () => {
    const parsed = parseIsoDate("2024-02");
    expect(parsed?.precision).toBe("month");
    expect(parsed && [formatDay(parsed.startDay), formatDay(parsed.endDay)]).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("reads a year as the whole year", () => {
    const parsed = parseIsoDate("2025");
    expect(parsed && [formatDay(parsed.startDay), formatDay(parsed.endDay)]).toEqual(["2025-01-01", "2025-12-31"]);
  });

  it.each([
    "2025-02-30",
    "2025-13-01",
    "2025-00",
    "25-01-01",
    "2025/01/01",
    "",
    "1066",
    "2025-1-1",
    "2025-01-01T00:00",
  ])("rejects %j", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});
