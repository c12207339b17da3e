import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDatasetAddress } from "../../src/features/import/dataset-address.ts";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "../../src/url/url-state.ts";

/** Whether the link the app writes for this address loads it again on reload. */
function linkReloads(address: string): boolean {
  const { state, notices } = parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, dataUrl: address }));
  return state.dataUrl === address && notices.length === 0;
}

const ADDRESSES = [
  "https://example.org/a.json",
  "http://example.org/a.csv?x=1#y",
  "data/events.json",
  "/data/events.json",
  "./x.geojson",
  "../up.json",
  "//example.org/a.json",
  "\\\\example.org/a.json",
  "/\\example.org/a.json",
  "javascript:alert(1)",
  "data:application/json,{}",
  "file:///etc/passwd",
  "blob:https://maps.example.net/1",
  "https://",
  `https://example.org/${"a".repeat(2100)}.json`,
];

describe("which dataset address may be loaded", () => {
  it.each(ADDRESSES)("the Data menu and the link agree about %j", (address) => {
    expect(checkDatasetAddress(address).ok).toBe(linkReloads(address));
  });

  it("agree about any text at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (address) => {
        const menu = checkDatasetAddress(address);
        if (menu.ok) expect(linkReloads(menu.url)).toBe(true);
        else if (address.trim() !== "") expect(linkReloads(address)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses addresses that leave the site without naming http(s)", () => {
    for (const address of ["//example.org/a.json", "\\\\example.org/a.json", "/\\example.org/a.json"]) {
      expect(checkDatasetAddress(address)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
