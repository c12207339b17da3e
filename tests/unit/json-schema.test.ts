import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../src/data/event-schema.ts";
import { readJson } from "../support/disk.ts";
import { validRecord } from "../support/records.ts";

const published = readJson<Record<string, unknown>>("public/schema/events.v1.json");

function publishedValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(published);
}

describe("the published JSON Schema (public/schema/events.v1.json)", () => {
  it("is exactly what the validation schema in code generates (run `npm run schema` after changing it)", () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });

  it("accepts the shipped dataset", () => {
    const validate = publishedValidator();
    const valid = validate(readJson("public/data/events.json"));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects what the app rejects: a javascript: source, a missing source, an unknown type", () => {
    const validate = publishedValidator();
    const dataset = (events: unknown[]) => ({ title: "t", events });
    expect(validate(dataset([validRecord()]))).toBe(true);
    expect(validate(dataset([validRecord({ sources: [{ name: "x", url: "javascript:alert(1)" }] })]))).toBe(false);
    expect(validate(dataset([validRecord({ sources: [] })]))).toBe(false);
    expect(validate(dataset([validRecord({ type: "invasion" })]))).toBe(false);
  });
});
