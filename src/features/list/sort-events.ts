import type { SecurityEvent } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import { GOVERNORATE_CODES, GOVERNORATES, governorateByCode } from "../../domain/governorates.ts";
import { regionSlot } from "../../domain/index-columns.ts";
import type { OutcomeKind } from "../../domain/outcome-filter.ts";
import { countDated } from "../../domain/sorted-positions.ts";
import { LOCALES } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import type { ListSort } from "../../state/list-sort.ts";

/** Dated descending, then undated in their usual order. */
function newestFirst(index: EventIndex, positions: Uint32Array): Uint32Array {
  const dated = countDated(positions, index.datedCount);
  const out = new Uint32Array(positions.length);
  for (let i = 0; i < dated; i++) out[i] = positions[dated - 1 - i] as number;
  out.set(positions.subarray(dated), dated);
  return out;
}

export function placeName(event: SecurityEvent, lang: Language): string | null {
  const location = event.location;
  if (!location) return null;
  return lang === "ar" && location.nameAr ? location.nameAr : location.name;
}

export function governorateLabel(event: SecurityEvent, lang: Language): string | null {
  if (!event.admin1) return null;
  const governorate = governorateByCode(event.admin1);
  return lang === "ar" ? governorate.nameAr : governorate.name;
}

/** Orders positions stably by an integer key in [0, keyCount): a counting sort, linear in both. */
function stableByKey(order: Uint32Array, keyOf: (position: number) => number, keyCount: number): Uint32Array {
  const starts = new Uint32Array(keyCount + 1);
  for (let i = 0; i < order.length; i++) {
    const k = keyOf(order[i] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 1; k <= keyCount; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const p = order[i] as number;
    const k = keyOf(p);
    out[starts[k] as number] = p;
    starts[k] = (starts[k] as number) + 1;
  }
  return out;
}

/** Ranks of values in the given order, equal values (by `compare`) sharing a rank. */
function ranks<T>(values: readonly T[], compare: (a: T, b: T) => number): Int32Array {
  const ids = values.map((_, id) => id).sort((a, b) => compare(values[a] as T, values[b] as T));
  const rank = new Int32Array(values.length);
  let r = 0;
  ids.forEach((id, k) => {
    if (k > 0 && compare(values[ids[k - 1] as number] as T, values[id] as T) !== 0) r++;
    rank[id] = r;
  });
  return rank;
}

interface PlaceOrder {
  /** Rank of each place label, in the interface language's collation. */
  placeRank: Int32Array;
  placeRanks: number;
  /** Rank of each region slot's governorate name; slot 0 (none) last. */
  governorateRank: Int32Array;
}

const placeOrders = new WeakMap<EventIndex, Partial<Record<Language, PlaceOrder>>>();

function placeOrder(index: EventIndex, lang: Language): PlaceOrder {
  const cached = placeOrders.get(index)?.[lang];
  if (cached) return cached;
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
  const placeRank = ranks(index.placeNames, collator.compare);
  const names = GOVERNORATES.map((g) => (lang === "ar" ? g.nameAr : g.name));
  const byName = ranks(names, collator.compare);
  const governorateRank = new Int32Array(GOVERNORATE_CODES.length + 1).fill(GOVERNORATE_CODES.length);
  GOVERNORATES.forEach((g, i) => {
    governorateRank[regionSlot(g.code)] = byName[i] as number;
  });
  const order = { placeRank, placeRanks: placeRank.reduce((max, r) => Math.max(max, r + 1), 0), governorateRank };
  placeOrders.set(index, { ...placeOrders.get(index), [lang]: order });
  return order;
}

const outcomeRanks = new WeakMap<EventIndex, { rankAt: Int32Array; count: number }>();

/** Each position's outcome total ranked largest first; events reporting neither count rank last. */
function outcomeOrder(index: EventIndex): { rankAt: Int32Array; count: number } {
  let cached = outcomeRanks.get(index);
  if (!cached) {
    const { outcome } = index;
    const totals = [...new Set(outcome)].filter((n) => !Number.isNaN(n)).sort((a, b) => b - a);
    const rankOf = new Map(totals.map((total, rank) => [total, rank]));
    const rankAt = new Int32Array(outcome.length);
    for (let p = 0; p < outcome.length; p++) rankAt[p] = rankOf.get(outcome[p] as number) ?? totals.length;
    cached = { rankAt, count: totals.length };
    outcomeRanks.set(index, cached);
  }
  return cached;
}

const countRanks = new WeakMap<EventIndex, Partial<Record<OutcomeKind, { rankAt: Int32Array; count: number }>>>();

/** Each position's reported count of one kind ranked smallest first; not reported ranks after all. */
function countOrder(index: EventIndex, kind: OutcomeKind): { rankAt: Int32Array; count: number } {
  const cached = countRanks.get(index)?.[kind];
  if (cached) return cached;
  const column = index[kind];
  const values = [...new Set(column)].filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  const rankOf = new Map(values.map((value, rank) => [value, rank]));
  const rankAt = new Int32Array(column.length);
  for (let p = 0; p < column.length; p++) rankAt[p] = rankOf.get(column[p] as number) ?? values.length;
  const order = { rankAt, count: values.length };
  countRanks.set(index, { ...countRanks.get(index), [kind]: order });
  return order;
}

const COUNT_SORTS: Partial<Record<ListSort, { kind: OutcomeKind; largestFirst: boolean }>> = {
  "most-arrested": { kind: "arrested", largestFirst: true },
  "fewest-arrested": { kind: "arrested", largestFirst: false },
  "most-killed": { kind: "killed", largestFirst: true },
  "fewest-killed": { kind: "killed", largestFirst: false },
  "most-wounded": { kind: "wounded", largestFirst: true },
  "fewest-wounded": { kind: "wounded", largestFirst: false },
};

/**
 * The matches in list order. The query gives positions in date order (dated ascending, then
 * undated); "oldest" is that order as is. "place" and "outcome" are stable sorts over the
 * newest-first order, so ties read newest first. Both read the index's sort-key columns and
 * sort by counting, so a million matches sort without decoding an event.
 *  - place: by place name, then governorate (in the interface language); unlocated last.
 *  - outcome: arrested + killed, largest first; events reporting neither last.
 *  - most-/fewest- arrested, killed or wounded: that one count either way; "not reported" is
 *    last in both directions (it is unknown, not zero).
 */
export function sortPositions(index: EventIndex, positions: Uint32Array, sort: ListSort, lang: Language): Uint32Array {
  if (sort === "oldest") return positions;
  const newest = newestFirst(index, positions);
  if (sort === "newest") return newest;

  if (sort === "place") {
    const { placeRank, placeRanks, governorateRank } = placeOrder(index, lang);
    const place = lang === "ar" ? index.placeAr : index.placeEn;
    const governorates = GOVERNORATE_CODES.length + 1;
    const keyOf = (p: number) => {
      const id = place[p] as number;
      const rank = id < 0 ? placeRanks : (placeRank[id] as number);
      return rank * governorates + (governorateRank[index.region[p] as number] as number);
    };
    return stableByKey(newest, keyOf, (placeRanks + 1) * governorates);
  }

  const bySingleCount = COUNT_SORTS[sort];
  if (bySingleCount) {
    const { rankAt, count } = countOrder(index, bySingleCount.kind);
    const key = bySingleCount.largestFirst
      ? (p: number) => {
          const rank = rankAt[p] as number;
          return rank === count ? count : count - 1 - rank;
        }
      : (p: number) => rankAt[p] as number;
    return stableByKey(newest, key, count + 1);
  }

  const { rankAt, count } = outcomeOrder(index);
  return stableByKey(newest, (p) => rankAt[p] as number, count + 1);
}
