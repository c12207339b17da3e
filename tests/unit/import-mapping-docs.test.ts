import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/data/export/csv-layout.ts";
import { ACLED_SUB_EVENT_TYPES } from "../../src/data/import/acled.ts";
import { GEOJSON_PROPERTIES } from "../../src/data/import/geojson.ts";
import { importMappingMarkdown } from "../support/mapping-docs.ts";

describe("the mapping tables for the README", () => {
  const markdown = importMappingMarkdown();

  it("lists every GeoJSON property, ACLED sub-event type and CSV column", () => {
    for (const p of GEOJSON_PROPERTIES) expect(markdown).toContain(`| \`${p.property}\` |`);
    for (const sub of Object.keys(ACLED_SUB_EVENT_TYPES)) expect(markdown).toContain(`| ${sub} |`);
    for (const c of CSV_COLUMNS) expect(markdown).toContain(`| \`${c.column}\` |`);
  });

  it("says how peer sources are cited", () => {
    expect(markdown).toContain("https://acleddata.com/");
    expect(markdown).toContain("https://ucdp.uu.se/event/<id>");
  });
});
