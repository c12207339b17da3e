import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/domain/normalize-text.ts";
import { SYNONYM_GROUPS, searchClauses } from "../../src/domain/search-synonyms.ts";
import { textSearchChunks, textSearchFromChunks } from "../../src/domain/text-search.ts";
import { textSatisfies } from "../support/reference-filters.ts";

const ALL_FORMS = SYNONYM_GROUPS.flat();
const FILLER = ["raid", "this", "cell", "in", "وفي", "اعتقال", "state", "forces", "is", "island"];
/** Texts made of names in any of their forms (with Arabic prefixes), mixed with ordinary words. */
const texts = fc.array(
  fc
    .array(fc.oneof(fc.constantFrom(...ALL_FORMS), fc.constantFrom(...FILLER), fc.constantFrom("ل", "و")), {
      maxLength: 7,
    })
    .map((words) => normalizeText(words.join(" "))),
  { maxLength: 25 },
);

const found = (foldedTexts: string[], query: string, perChunk = 4) => {
  const search = textSearchFromChunks(textSearchChunks(foldedTexts, 0, perChunk), foldedTexts.length);
  return [...search.matching(searchClauses(query))].flatMap((hit, p) => (hit ? [p] : []));
};

describe("search synonyms", () => {
  it("finds the same events whichever form of a name is searched (both ways, every pair)", () => {
    const group = fc.constantFrom(...SYNONYM_GROUPS);
    fc.assert(
      fc.property(texts, group, fc.nat(), fc.nat(), (foldedTexts, forms, i, j) => {
        const a = forms[i % forms.length] as string;
        const b = forms[j % forms.length] as string;
        expect(found(foldedTexts, a)).toEqual(found(foldedTexts, b));
      }),
      { numRuns: 600 },
    );
  });

  it("finds a text written with any form of the searched name", () => {
    for (const group of SYNONYM_GROUPS)
      for (const query of group)
        for (const written of group) {
          const hits = found([normalizeText(`Report on ${written} today`), "nothing here"], query);
          expect(hits, `${query} should find "${written}"`).toEqual([0]);
        }
  });

  it("the index search equals the reference definition, for queries mixing names and words", () => {
    const query = fc
      .array(fc.oneof(fc.constantFrom(...ALL_FORMS), fc.constantFrom("raid", "cell", "zzz")), { maxLength: 3 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(texts, query, fc.integer({ min: 1, max: 6 }), (foldedTexts, q, perChunk) => {
        const clauses = searchClauses(q);
        const expected = foldedTexts.flatMap((t, p) => (clauses.every((c) => textSatisfies(t, c)) ? [p] : []));
        expect(found(foldedTexts, q, perChunk)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("matches short Latin forms only as whole words: IS does not find 'this' or 'island'", () => {
    const t = ["this island", "claimed by is today", "isis cell", "داعش"].map(normalizeText);
    expect(found(t, "IS")).toEqual([1, 2, 3]);
    expect(found(t, "Daesh")).toEqual([1, 2, 3]);
    expect(found(t, "داعش")).toEqual([1, 2, 3]);
  });

  it("reads a multi-word name as one clause and other words as their own", () => {
    const t = ["hts raid in idleb", "hayat tahrir al sham raid in idlib", "raid in idlib", "هيئة تحرير الشام"].map(
      normalizeText,
    );
    expect(found(t, "Hayat Tahrir al-Sham raid")).toEqual([0, 1]);
    expect(found(t, "هيئة تحرير الشام")).toEqual([0, 1, 3]);
    expect(searchClauses("Hay'at Tahrir al-Sham raid")).toHaveLength(2);
  });

  it("finds Arabic forms written with a prefix (لداعش) and the Captagon spellings", () => {
    const t = ["ضربة لداعش", "ضبط حبوب كبتاجون", "captagon pills"].map(normalizeText);
    expect(found(t, "ISIS")).toEqual([0]);
    expect(found(t, "كبتاغون")).toEqual([1, 2]);
    expect(found(t, "Captagon")).toEqual([1, 2]);
  });
});
