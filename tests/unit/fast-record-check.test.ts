import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventRecordSchema } from "../../src/data/event-schema.ts";
import { passesFastCheck } from "../../src/data/fast-record-check.ts";
import { readJson } from "../support/disk.ts";
import { validRecord } from "../support/records.ts";

const shipped = readJson<{ events: Record<string, unknown>[] }>("public/data/events.json").events;

/** Values that probe every edge the schema cares about. */
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    " padded ",
    "x",
    "\u00a0nbsp",
    "tab\t",
    "javascript:alert(1)",
    "http://",
    "https://example.com/a b",
    "https://example.com/ok",
    "2025-02-30",
    "2025-13",
    "2025",
    "raid",
    "SY-HL",
    "SY-XX",
    "town",
    "high",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1.5,
    1_000_001,
    91,
    36.2,
    true,
    [],
    {},
    ["ISIS"],
    [" ISIS"],
    [1],
    "x".repeat(301),
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
);

const paths = [
  ["id"],
  ["date"],
  ["datePrecision"],
  ["endDate"],
  ["title"],
  ["titleAr"],
  ["summary"],
  ["type"],
  ["actors"],
  ["targets"],
  ["location"],
  ["location", "name"],
  ["location", "lat"],
  ["location", "lon"],
  ["location", "precision"],
  ["location", "admin1"],
  ["location", "extra"],
  ["outcome"],
  ["outcome", "arrested"],
  ["outcome", "killed"],
  ["outcome", "seized"],
  ["outcome", "other"],
  ["sources"],
  ["sources", "0", "url"],
  ["sources", "0", "name"],
  ["sources", "0", "published"],
  ["confidence"],
  ["tags"],
  ["synthetic"],
  ["unknownField"],
];

function setPath(record: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(record);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== "object" || next === null) return copy;
    target = next as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const mutatedRecord = fc
  .tuple(
    fc.constantFrom(validRecord(), ...shipped.slice(0, 20)),
    fc.array(fc.tuple(fc.constantFrom(...paths), oddValue), { minLength: 0, maxLength: 3 }),
  )
  .map(([base, edits]) => edits.reduce((record, [path, value]) => setPath(record, path, value), base));

describe("the fast record check", () => {
  it("accepts nothing that zod would reject or change", () => {
    fc.assert(
      fc.property(mutatedRecord, (record) => {
        if (!passesFastCheck(record)) return;
        const parsed = eventRecordSchema.safeParse(record);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(record);
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts every record of the shipped dataset, so the fast path is the common path", () => {
    expect(shipped.filter((record) => !passesFastCheck(record)).map((r) => r.id)).toEqual([]);
  });

  it("rejects a javascript: link and a padded title, leaving them to zod's messages", () => {
    expect(passesFastCheck(validRecord({ sources: [{ name: "x", url: "javascript:alert(1)" }] }))).toBe(false);
    expect(passesFastCheck(validRecord({ title: " padded" }))).toBe(false);
  });
});
