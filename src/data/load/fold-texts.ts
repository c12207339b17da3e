import { normalizeText } from "../../domain/normalize-text.ts";
import { type TextSearchChunk, textSearchChunks } from "../../domain/text-search.ts";

/** Search texts of consecutive positions, as one string and each text's length: cheap to post. */
export interface RawTexts {
  firstPosition: number;
  joined: string;
  lengths: Uint32Array;
}

/** Texts per piece of folding work (and per search chunk). */
export const FOLD_CHUNK = 50_000;

export function rawTexts(texts: readonly string[], firstPosition: number): RawTexts {
  return {
    firstPosition,
    joined: texts.join(""),
    lengths: Uint32Array.from(texts, (text) => text.length),
  };
}

/** Folds a piece of search texts (see normalizeText) into one search chunk. */
export function foldTexts({ firstPosition, joined, lengths }: RawTexts): TextSearchChunk {
  const folded: string[] = new Array(lengths.length);
  let offset = 0;
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] as number;
    folded[k] = normalizeText(joined.slice(offset, offset + length));
    offset += length;
  }
  const [chunk] = textSearchChunks(folded, firstPosition, Math.max(1, lengths.length));
  return chunk ?? { text: "", firstPosition, starts: new Uint32Array(0) };
}
