import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldUnicode, normalizeText, searchTerms } from "../../src/domain/normalize-text.ts";
import { textSearchChunks, textSearchFromChunks } from "../../src/domain/text-search.ts";

const WORDS = ["raid", "aleppo", "al", "cell", "دمشق", "حلب", "homs", "om", "a", "ISIS", "Darʿā"];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => normalizeText(words.join(" ")));

describe("text search", () => {
  it("folds plain ASCII on its short path exactly as the full folding does", () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(normalizeText(text)).toBe(foldUnicode(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds exactly the texts holding every term, across any chunking", () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.array(fc.constantFrom(...WORDS, "zzz", "m"), { maxLength: 3 }),
        fc.integer({ min: 1, max: 7 }),
        (texts, words, perChunk) => {
          const terms = searchTerms(words.join(" "));
          const search = textSearchFromChunks(textSearchChunks(texts, 0, perChunk), texts.length);
          const found = [...search.matching(terms)].flatMap((hit, p) => (hit ? [p] : []));
          const expected = texts.flatMap((t, p) => (terms.every((term) => t.includes(term)) ? [p] : []));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("counts a term repeated in one text once, and needs every term", () => {
    const search = textSearchFromChunks(textSearchChunks(["raid raid raid", "raid homs", "homs"]), 3);
    expect([...search.matching(["raid", "homs"])]).toEqual([0, 1, 0]);
    expect([...search.matching(["raid"])]).toEqual([1, 1, 0]);
  });
});
