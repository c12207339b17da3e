import { describe, expect, it } from "vitest";
import { FATAL_MESSAGES, PROBLEM_MESSAGES } from "../../src/data/load-problem-messages.ts";
import { LANGUAGES } from "../../src/i18n/language.ts";
import { URL_MESSAGES } from "../../src/url/url-messages.ts";

/*
 * Every table of user-visible text, coded messages and interface strings alike, must speak every
 * language with the same entries. The interface tables are found by name (`*-messages.ts`), so a
 * new feature's table is walked without being listed here.
 */

const interfaceTables = import.meta.glob<Record<string, unknown>>("../../src/**/*-messages.ts", { eager: true });

function isLanguageTable(value: unknown): value is Record<string, Record<string, unknown>> {
  return typeof value === "object" && value !== null && "en" in value && "ar" in value;
}

/** The paths of every entry of a table, recursively ("addressErrors.scheme"). */
function entries(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [path];
  // An empty object in English is a map of optional overrides (e.g. format labels): its keys are free.
  if (Object.keys(value).length === 0) return [path];
  return Object.entries(value).flatMap(([key, inner]) => entries(inner, path ? `${path}.${key}` : key));
}

/** Entries of `lang` with the free keys of the English overrides map folded into it. */
function entriesLike(english: readonly string[], value: unknown): string[] {
  const paths = entries(value).map((path) => english.find((e) => path.startsWith(`${e}.`)) ?? path);
  return [...new Set(paths)].sort();
}

function empties(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.trim() === "" ? [path] : [];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => empties(inner, `${path}.${key}`));
}

const tables: [string, Record<string, Record<string, unknown>>][] = [
  ["url", URL_MESSAGES],
  ["fatal", FATAL_MESSAGES],
  ["problem", PROBLEM_MESSAGES],
  ...Object.entries(interfaceTables).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([, value]) => isLanguageTable(value))
      .map(([name, value]) => [`${file}#${name}`, value] as [string, Record<string, Record<string, unknown>>]),
  ),
];

/** Codes whose `kind` parameter names one of a few things. */
const KINDS: Record<string, { kind: string }> = {
  "import.not-text": { kind: "pdf" },
  "import.workbook": { kind: "xlsx" },
  "import.json-scalar": { kind: "null" },
};

describe("message tables", () => {
  it("are found", () => {
    expect(tables.length).toBeGreaterThan(10);
  });

  it.each(tables)("%s says every entry in every language, none empty", (_name, table) => {
    const english = entries(table.en).sort();
    for (const lang of LANGUAGES) {
      expect(table[lang], lang).toBeDefined();
      expect(entriesLike(english, table[lang]), lang).toEqual(english);
      expect(empties(table[lang]), lang).toEqual([]);
    }
  });

  it("say every coded message differently in Arabic than in English", () => {
    const samples: Record<string, unknown> = {
      param: "map",
      value: "banana",
      reason: "map-view",
      megabytes: 300,
      limit: 200,
      detail: "x",
      status: 404,
      statusText: "Not Found",
      holds: "array",
      type: "string",
      lat: 1,
      lon: 2,
      said: "SY-HL",
      found: "SY-DR",
      first: 3,
      message: "m",
      hint: "h",
      text: "t",
      members: "a\u001fb",
      items: 2,
      kind: "acled",
      named: "json",
      columns: "a\u001fb",
      nearest: "",
      missing: "",
      known: "gtd",
      properties: "eventid\u001fiyear",
      layout: "2020",
      release: "",
      geojson: 0,
      rows: 5,
      countries: "Yemen\u001e5",
      column: "where_prec",
      order: "day-first",
      fields: 3,
      header: 2,
      row: 4,
      renamed: "a\u001fb",
      km: 1.5,
      code: "SY-RA",
      area: "Badia",
      sheet: "Sheet1",
      part: "story",
      expected: "string",
      actual: "number",
      minimum: 1,
      maximum: 300,
      allowed: "raid\u001farrest",
      names: "colour\u001fsize",
    };
    for (const table of [URL_MESSAGES, FATAL_MESSAGES, PROBLEM_MESSAGES] as Record<string, Record<string, unknown>>[]) {
      for (const code of Object.keys(table.en as object)) {
        const say = (lang: string) =>
          JSON.stringify(
            (table[lang] as Record<string, (p: unknown) => unknown>)[code]?.({ ...samples, ...KINDS[code] }),
          );
        expect(say("ar"), code).not.toEqual(say("en"));
      }
    }
  });
});
