import { describe, expect, it } from "vitest";
import { parseDatasetText } from "../../src/data/validate-dataset.ts";
import { bundledLocator } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

const load = (text: string) => parseDatasetText(text, "test.json", bundledLocator());

function loaded(text: string) {
  const result = load(text);
  if (!result.ok) throw new Error(`unexpected fatal error: ${result.error.message}`);
  return result;
}

describe("fatal files", () => {
  it("says a file that is not JSON is not JSON, naming the file", () => {
    const result = load("<html>oops</html>");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/not valid JSON/);
    expect(result.error.file).toBe("test.json");
    expect(result.error.hint).not.toBe("");
  });

  it.each([
    ["an empty file", "", /empty/],
    ["an array", "[]", /an array, not a dataset object/],
    ["a number", "42", /number, not a dataset object/],
    ["no events", '{"title":"x"}', /no "events" array/],
    ["events not an array", '{"title":"x","events":{}}', /no "events" array/],
  ])("rejects %s with one clear message", (_what, text, message) => {
    const result = load(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(loaded(`\ufeff${datasetText([validRecord()])}`).events).toHaveLength(1);
  });
});

describe("records", () => {
  it("keeps a valid record and fills its governorate from the coordinates", () => {
    const { events, problems } = loaded(datasetText([validRecord()]));
    expect(problems).toEqual([]);
    expect(events[0]?.admin1).toBe("SY-HL");
    expect(events[0]?.location?.admin1).toBe("SY-HL");
    expect(events[0]?.datePrecision).toBe("day");
  });

  it("keeps undated records, marked unknown and never given a date", () => {
    const { events } = loaded(datasetText([validRecord({ date: null })]));
    expect(events[0]?.startDay).toBeNull();
    expect(events[0]?.datePrecision).toBe("unknown");
  });

  it("keeps unlocated records without a governorate", () => {
    const { events } = loaded(datasetText([validRecord({ location: null })]));
    expect(events).toHaveLength(1);
    expect(events[0]?.admin1).toBeNull();
  });

  it("reads month precision from the date and spans the month", () => {
    const { events } = loaded(datasetText([validRecord({ date: "2025-03" })]));
    expect(events[0]?.datePrecision).toBe("month");
    expect((events[0]?.endDay ?? 0) - (events[0]?.startDay ?? 0)).toBe(30);
  });

  it("skips bad records, says where and why, and keeps every valid one", () => {
    const records = [
      validRecord({ id: "good-1" }),
      validRecord({ id: "bad-date", date: "2025-02-30" }),
      validRecord({ id: "good-2" }),
      validRecord({ id: "in-iraq", location: { name: "Baghdad", lat: 33.31, lon: 44.36, precision: "town" } }),
      validRecord({ id: "good-1" }),
      validRecord({ id: "no-source", sources: [] }),
      validRecord({ id: "js-link", sources: [{ name: "x", url: "javascript:alert(1)" }] }),
      validRecord({ id: "bad-type", type: "invasion" }),
      validRecord({ id: "nan", location: { name: "x", lat: "NaN", lon: 36, precision: "town" } }),
      "not an object",
      validRecord({ id: "good-3" }),
    ];
    const { events, problems, recordCount } = loaded(datasetText(records));
    expect(events.map((e) => e.id)).toEqual(["good-1", "good-2", "good-3"]);
    expect(recordCount).toBe(11);
    const byId = (id: string) => problems.filter((p) => p.id === id);
    expect(byId("bad-date")).toEqual([
      {
        severity: "error",
        index: 1,
        id: "bad-date",
        field: "date",
        message: '"2025-02-30" is not a real date',
        reason: { code: "problem.not-a-date", params: { value: "2025-02-30" } },
      },
    ]);
    expect(byId("in-iraq")[0]).toMatchObject({
      index: 3,
      field: "location",
      message: expect.stringMatching(/outside Syria/),
    });
    expect(problems.find((p) => p.index === 4)).toMatchObject({
      id: "good-1",
      field: "id",
      message: expect.stringMatching(/duplicate id \(first used by record 1\)/),
    });
    expect(byId("no-source")[0]).toMatchObject({ field: "sources" });
    expect(byId("js-link")[0]).toMatchObject({
      field: "sources.0.url",
      message: expect.stringMatching(/^must be an http\(s\) URL \(got "javascript:/),
    });
    expect(byId("bad-type")[0]).toMatchObject({ field: "type" });
    expect(byId("nan")[0]).toMatchObject({ field: "location.lat" });
    expect(problems.find((p) => p.index === 9)).toMatchObject({ severity: "error" });
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("keeps a record whose stated governorate disagrees with its coordinates, with a warning", () => {
    const record = validRecord({
      location: { name: "Aleppo", lat: 36.2021, lon: 37.1343, precision: "town", admin1: "SY-DI" },
    });
    const { events, problems } = loaded(datasetText([record]));
    expect(events[0]?.admin1).toBe("SY-DI");
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        field: "location.admin1",
        message: "says SY-DI but the coordinates fall in SY-HL",
      }),
    ]);
  });

  it("rejects an end date before the start", () => {
    const { events, problems } = loaded(datasetText([validRecord({ endDate: "2025-05-01" })]));
    expect(events).toEqual([]);
    expect(problems[0]).toMatchObject({ field: "endDate", message: "ends before it starts" });
  });

  it("names unknown fields rather than dropping them silently", () => {
    const { problems } = loaded(datasetText([validRecord({ colour: "red" })]));
    expect(problems[0]?.message).toBe("unknown field(s): colour (format v1 has no such field: check the spelling)");
  });

  it("warns about broken metadata but still loads the events", () => {
    const { events, problems, metadata } = loaded(JSON.stringify({ title: 7, events: [validRecord()] }));
    expect(events).toHaveLength(1);
    expect(metadata.title).toBe("test.json");
    expect(problems[0]).toMatchObject({ severity: "warning", field: "title" });
  });
});

describe("region-level places and force groups", () => {
  const badia = { name: "The Badia", lat: 34.6, lon: 38.3, precision: "region", area: "badia" };

  it("keeps an event placed in an area out of the governorate its point falls in", () => {
    const result = loaded(datasetText([validRecord({ location: badia, forceGroups: ["foreign"] })]));
    expect(result.problems).toEqual([]);
    const [event] = result.events;
    expect(event?.admin1).toBeNull();
    expect(event?.location?.area).toBe("badia");
    expect(event?.forceGroups).toEqual(["foreign"]);
  });

  it("ignores a governorate given with an area, with a warning naming the field", () => {
    const result = loaded(datasetText([validRecord({ location: { ...badia, admin1: "SY-HI" } })]));
    expect(result.events[0]?.admin1).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        field: "location.admin1",
        message: expect.stringMatching(/area/),
      }),
    ]);
  });

  it("refuses an unknown area or force group, naming the field", () => {
    const result = loaded(
      datasetText([
        validRecord({ id: "a", location: { ...badia, area: "the-moon" } }),
        validRecord({ id: "b", forceGroups: ["aliens"] }),
      ]),
    );
    expect(result.events).toHaveLength(0);
    expect(result.problems.map((p) => p.field)).toEqual(["location.area", "forceGroups.0"]);
  });
});
