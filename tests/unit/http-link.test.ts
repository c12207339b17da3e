import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetAddressRefusal } from "../../src/data/dataset-address.ts";
import { eventRecordSchema } from "../../src/data/event-schema.ts";
import { passesFastCheck } from "../../src/data/fast-record-check.ts";
import { httpUrlOf, PLAIN_HTTP_URL } from "../../src/domain/http-link.ts";
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

describe("the fast check's plain-address shortcut", () => {
  const piece = fc.constantFrom(
    "a",
    "z9",
    "-",
    "0",
    "255",
    "xn--",
    "x",
    ".",
    "_",
    ":",
    "@",
    "/",
    "?",
    "#",
    " ",
    "%",
    "[",
    "\\",
    "é",
    "\n",
  );
  it("accepts only addresses a URL parser takes as http(s)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("http://", "https://", "HTTP://", "http:/", "ftp://"),
        fc.array(piece, { maxLength: 12 }),
        (scheme, parts) => {
          const address = scheme + parts.join("");
          if (PLAIN_HTTP_URL.test(address) && !/xn--/i.test(address))
            expect(httpUrlOf(address), address).not.toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
    for (const plain of ["https://example.org/story", "http://a-b.example.co.uk", "https://sana.sy/?p=1#x y"])
      expect(PLAIN_HTTP_URL.test(plain), plain).toBe(true);
    // Read as IP addresses, or with a port: left to the parser.
    for (const other of ["http://1.2.3.999/", "http://example.org:99999/", "http://user@example.org/"])
      expect(PLAIN_HTTP_URL.test(other), other).toBe(false);
  });
});
