/**
 * Folds text for search: case, Latin diacritics ("Dar‘ā" → "dara"), Arabic diacritics
 * (harakat, tatweel) and the Arabic letter variants people type interchangeably
 * (أ إ آ → ا, ى → ي, ة → ه), so either spelling finds the other.
 */
export function normalizeText(text: string): string {
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
