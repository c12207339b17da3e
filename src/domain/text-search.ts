import type { EventRecord } from "./event.ts";
import { normalizeText } from "./normalize-text.ts";
import type { SearchClause } from "./search-synonyms.ts";
import { lastAtOrBelow } from "./sorted-positions.ts";

/**
 * Full-text search over every event's folded text (see normalizeText). The texts are joined
 * into a few large strings so that a query is a handful of native `indexOf` scans, not one
 * `includes` per event: at a million events that is the difference between a frame and a second.
 */
export interface TextSearchChunk {
  /** Folded texts of consecutive positions, each followed by "\n". */
  text: string;
  /** Position of the chunk's first text. */
  firstPosition: number;
  /** Where each text starts in `text`. */
  starts: Uint32Array;
}

export interface TextSearch {
  /**
   * Per position, 1 when the event's text satisfies every clause (see searchClauses); a plain
   * string is a clause of one folded term found anywhere.
   */
  matching(clauses: readonly (string | SearchClause)[]): Uint8Array;
}

function asClause(term: string | SearchClause): SearchClause {
  return typeof term === "string" ? [{ text: term, wholeWord: false }] : term;
}

const isBoundary = (text: string, at: number) => at < 0 || at >= text.length || text[at] === " " || text[at] === "\n";

/** The text an event is found by, as written: titles, summaries, place, forces, targets and tags. */
export function rawSearchText(record: EventRecord): string {
  const location = record.location;
  const parts = [record.title, record.titleAr, record.summary, record.summaryAr, location?.name, location?.nameAr];
  return [...parts, ...record.actors, ...record.targets, ...(record.tags ?? [])].filter(Boolean).join(" ");
}

/** That text folded for search (see normalizeText). */
export function searchableText(record: EventRecord): string {
  return normalizeText(rawSearchText(record));
}

const CHUNK_TEXTS = 50_000;

/** Joins folded texts (in position order) into chunks. */
export function textSearchChunks(
  foldedTexts: readonly string[],
  firstPosition = 0,
  perChunk = CHUNK_TEXTS,
): TextSearchChunk[] {
  const chunks: TextSearchChunk[] = [];
  for (let from = 0; from < foldedTexts.length; from += perChunk) {
    const texts = foldedTexts.slice(from, from + perChunk);
    const starts = new Uint32Array(texts.length);
    let offset = 0;
    texts.forEach((text, k) => {
      starts[k] = offset;
      offset += text.length + 1;
    });
    chunks.push({ text: `${texts.join("\n")}\n`, firstPosition: firstPosition + from, starts });
  }
  return chunks;
}

export function textSearchFromChunks(chunks: readonly TextSearchChunk[], size: number): TextSearch {
  let last: { key: string; mask: Uint8Array } | null = null;
  return {
    matching(allTerms) {
      const clauses = allTerms.slice(0, 250).map(asClause); // hits are counted in bytes
      const key = JSON.stringify(clauses);
      if (last?.key === key) return last.mask;
      const hits = new Uint8Array(size);
      clauses.forEach((clause, t) => {
        for (const { text: term, wholeWord } of clause) {
          for (const chunk of chunks) {
            const { text, starts, firstPosition } = chunk;
            let from = 0;
            for (;;) {
              const at = text.indexOf(term, from);
              if (at < 0) break;
              if (wholeWord && !(isBoundary(text, at - 1) && isBoundary(text, at + term.length))) {
                from = at + 1;
                continue;
              }
              const k = lastAtOrBelow(starts, at); // the text holding character `at`
              const p = firstPosition + k;
              // A text counts only if it met every earlier clause too; each clause counts once per text.
              if (hits[p] === t) hits[p] = t + 1;
              from = k + 1 < starts.length ? (starts[k + 1] as number) : text.length;
            }
          }
        }
      });
      const mask = new Uint8Array(size);
      const all = clauses.length;
      for (let p = 0; p < size; p++) if (hits[p] === all) mask[p] = 1;
      last = { key, mask };
      return mask;
    },
  };
}

/** Builds the search in place, for datasets small enough to fold on the page. */
export function buildTextSearch(records: readonly EventRecord[]): TextSearch {
  return textSearchFromChunks(textSearchChunks(records.map(searchableText)), records.length);
}
