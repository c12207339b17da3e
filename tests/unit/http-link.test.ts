import { describe, expect, it } from "vitest";
import { datasetAddressRefusal } from "../../src/data/dataset-address.ts";
import { eventRecordSchema } from "../../src/data/event-schema.ts";
import { passesFastCheck } from "../../src/data/fast-record-check.ts";
import { safeHttpUrl } from "../../src/features/details/safe-link.ts";
import { validRecord } from "../support/records.ts";

const ADDRESSES = [
  "https://example.org/story",
  "http://example.org/a?b=1#c",
  "HTTPS://EXAMPLE.ORG/upper",
  "https:example.org/no-slashes",
  " https://example.org/leading-space",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "file:///etc/passwd",
  "ftp://example.org/a",
  "mailto:someone@example.org",
  "//example.org/protocol-relative",
  "/on/this/site",
  "not a url",
];

describe("the one http(s) link rule", () => {
  it("is the same for a source in a dataset, a link in the panel and an absolute dataset address", () => {
    for (const address of ADDRESSES) {
      const record = validRecord({ sources: [{ name: "Outlet", url: address }] });
      const schemaAccepts = eventRecordSchema.safeParse(record).success;
      const linked = safeHttpUrl(address) !== null;
      expect({ address, schemaAccepts }).toEqual({ address, schemaAccepts: linked });
      // The fast check never accepts what the schema refuses.
      if (!schemaAccepts) expect(passesFastCheck(record), address).toBe(false);
      // An absolute address the panel would link is one the Data menu may load.
      if (linked) expect(datasetAddressRefusal(address), address).toBeNull();
    }
    expect(ADDRESSES.filter((a) => safeHttpUrl(a) !== null)).toEqual([
      "https://example.org/story",
      "http://example.org/a?b=1#c",
      "HTTPS://EXAMPLE.ORG/upper",
      "https:example.org/no-slashes",
      " https://example.org/leading-space",
    ]);
  });
});
