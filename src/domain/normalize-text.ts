const ASCII = /^[^\u0080-\uffff]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * Folds text for search: case, Latin diacritics ("Dar‘ā" → "dara"), Arabic diacritics
 * (harakat, tatweel) and the Arabic letter variants people type interchangeably
 * (أ إ آ → ا, ى → ي, ة → ه), so either spelling finds the other.
 */
export function normalizeText(text: string): string {
  // Plain ASCII, most text in most files, has no diacritics or Arabic letters to fold: the same
  // result for half the cost, which counts when a million events are folded for search.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, "").replace(ASCII_SEPARATORS, " ").trim();
  return foldUnicode(text);
}

/** The full folding, for any text. */
export function foldUnicode(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[‘’'`ʿʾ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Search terms of a query, folded like the indexed text. */
export function searchTerms(query: string): string[] {
  return normalizeText(query).split(" ").filter(Boolean);
}
