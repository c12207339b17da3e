import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { groupSentence, summarizeProblems } from "../../src/data/import/summarize-problems.ts";
import { type LoadProblem, problemSentence } from "../../src/data/load-problem.ts";
import { bundledLocator } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

/*
 * A format v1 file with malformed fields: each of the schema's checks is reported as a code the
 * load report says in English and in Arabic, never as zod's English sentence.
 */

function problemsOf(text: string): LoadProblem[] {
  const result = parseDatasetFile(text, "malformed.json", bundledLocator());
  if (!result.ok) throw new Error(result.error.message);
  return result.problems;
}

const place = { name: "Aleppo", lat: 36.2, lon: 37.15, precision: "town" };

/** One malformed record per check the schema makes, with what the report must say about it. */
const CASES: [string, Record<string, unknown>, string, string, string, string | undefined][] = [
  ["a missing field", { title: undefined }, "title", "schema.missing", "required, but missing", undefined],
  ["text of the wrong type", { title: 5 }, "title", "schema.wrong-type", "must be text, not a number", undefined],
  [
    "a list given as text",
    { actors: "police" },
    "actors",
    "schema.wrong-type",
    "must be a list ([…]), not text",
    undefined,
  ],
  [
    "null where an object is",
    { outcome: null },
    "outcome",
    "schema.wrong-type",
    "must be an object ({…}), not null",
    undefined,
  ],
  [
    "a flag given as text",
    { synthetic: "yes" },
    "synthetic",
    "schema.wrong-type",
    "must be true or false, not text",
    undefined,
  ],
  [
    "a fractional count",
    { outcome: { killed: 1.5 } },
    "outcome.killed",
    "schema.not-whole-number",
    "must be a whole number",
    "1.5",
  ],
  ["empty text", { summary: "   " }, "summary", "schema.empty", "must not be empty (or only spaces)", undefined],
  [
    "text too long",
    { title: "x".repeat(301) },
    "title",
    "schema.text-too-long",
    "is longer than the 300 characters allowed",
    undefined,
  ],
  ["no source", { sources: [] }, "sources", "schema.too-few-items", "must list at least one item", undefined],
  [
    "too many actors",
    { actors: Array.from({ length: 51 }, () => "a") },
    "actors",
    "schema.too-many-items",
    "lists more than the 50 items allowed",
    undefined,
  ],
  [
    "a negative count",
    { outcome: { arrested: -2 } },
    "outcome.arrested",
    "schema.below-minimum",
    "must be at least 0",
    "-2",
  ],
  [
    "a latitude past the pole",
    { location: { ...place, lat: 95 } },
    "location.lat",
    "schema.above-maximum",
    "must be at most 90",
    "95",
  ],
  [
    "an unknown type",
    { type: "party" },
    "type",
    "schema.not-one-of",
    "must be one of raid, arrest, cell-dismantled, strike, clash, seizure, foiled-plot, campaign, other",
    '"party"',
  ],
  [
    "a date in another format",
    { date: "02/01/2025" },
    "date",
    "schema.not-iso-date",
    "must be a date written YYYY-MM-DD, YYYY-MM or YYYY",
    '"02/01/2025"',
  ],
  [
    "an id with a space",
    { id: "a b" },
    "id",
    "schema.bad-id",
    "must be 1 to 120 URL-safe characters (letters, digits, . _ ~ -), starting with a letter or digit",
    '"a b"',
  ],
  [
    "a javascript: link",
    { sources: [{ name: "x", url: "javascript:alert(1)" }] },
    "sources.0.url",
    "schema.not-http-link",
    "must be an http(s) URL",
    '"javascript:alert(1)"',
  ],
  [
    "unknown fields",
    { colour: "red", size: 3 },
    "",
    "schema.unknown-fields",
    "unknown field(s): colour, size (format v1 has no such field: check the spelling)",
    undefined,
  ],
];

/** Arabic letters, and no Latin word outside the isolated fragments (values, codes, formats). */
function expectArabic(text: string) {
  expect(text).toMatch(/[\u0621-\u064A]{3}/);
  expect(text.replace(/\u2068[^\u2069]*\u2069/g, ""), text).not.toMatch(/[A-Za-z]/);
}

describe("malformed format v1 fields", () => {
  it.each(CASES)("%s is a coded problem, said in English and in Arabic", (_what, fields, field, code, english, got) => {
    const problems = problemsOf(datasetText([validRecord({ id: "bad", ...fields })]));
    expect(problems).toHaveLength(1);
    const [problem] = problems as [LoadProblem];
    expect(problem).toMatchObject({ severity: "error", index: 0, reason: { code, params: { part: "record" } } });
    expect(problem.field ?? "").toBe(field);
    expect(problem.got).toBe(got);
    expect(problem.message).toBe(got === undefined ? english : `${english} (got ${got})`);
    expect(problemSentence(problem, "en")).toBe(problem.message);
    const arabic = problemSentence(problem, "ar");
    expectArabic(arabic);
    if (got !== undefined) expect(arabic).toContain(`\u2068${got}\u2069`);
  });

  it("are grouped by field and fault, and each group is named in Arabic", () => {
    const problems = problemsOf(
      datasetText([
        validRecord({ id: "a", type: "party" }),
        validRecord({ id: "b", type: "picnic" }),
        validRecord({ id: "c", colour: "red" }),
        validRecord({ id: "d", size: 3 }),
      ]),
    );
    const groups = summarizeProblems(problems).errors;
    expect(groups.map((g) => [g.rows, groupSentence(g, "en")])).toEqual([
      [2, "type: must be one of raid, arrest, cell-dismantled, strike, clash, seizure, foiled-plot, campaign, other"],
      [2, "unknown fields"],
    ]);
    const named = groups.map((g) => groupSentence(g, "ar"));
    expect(named[1]).toBe("حقول مجهولة");
    for (const name of named) expectArabic(name.replace(/^\u2068?[\w.[\]]+\u2069?: /, ""));
  });

  it("in a story or the metadata say what is left out, in both languages", () => {
    const story = {
      id: "s1",
      title: "t",
      summary: "s",
      steps: [{ event: "e1", text: "x", view: { lat: 1, lon: 2, zoom: 30 } }],
    };
    const problems = problemsOf(datasetText([validRecord({ id: "e1" })], { title: 7, narratives: [story] }));
    const storyProblem = problems.find((p) => p.field === "narratives.0.steps.0.view.zoom") as LoadProblem;
    expect(storyProblem).toMatchObject({ severity: "warning", reason: { code: "schema.above-maximum" } });
    expect(storyProblem.message).toBe("story left out: must be at most 20 (got 30)");
    expect(problemSentence(storyProblem, "ar")).toMatch(/^تُركت القصة جانبًا: يجب ألا يزيد على ٢٠/);
    const metadataProblem = problems.find((p) => p.field === "title") as LoadProblem;
    expect(metadataProblem).toMatchObject({ severity: "warning", reason: { code: "schema.wrong-type" } });
    expect(metadataProblem.message).toBe("metadata not read (the file name is the title): must be text, not a number");
    expectArabic(problemSentence(metadataProblem, "ar"));
  });
});
