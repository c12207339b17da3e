import { REGION_LEVEL, type RegionKey } from "./areas.ts";
import { DATE_PRECISIONS, EVENT_TYPES, type EventRecord, type EventType } from "./event.ts";
import { forceMask } from "./force-groups.ts";
import { GOVERNORATE_CODES } from "./governorates.ts";
import type { Dictionary } from "./name-dictionary.ts";
import type { ResolvedFields } from "./resolve-event.ts";

/**
 * The index's per-event numeric columns, declared once. Everything that handles them by name
 * derives from this table: the index type, allocation, the date-order sort, the loading batches
 * and their transfer, the dataset builder's append. Adding a column is one entry here plus its
 * reader; the query then reads it by name (`index.region[p]`), as fast as a hand-written field.
 */

/** Region slots: 0 for an event in no governorate and no area, 1..14 the governorates, then areas. */
export const REGION_NONE = 0;
export const REGION_AREA = GOVERNORATE_CODES.length + 1;
export const REGION_SLOTS = GOVERNORATE_CODES.length + 2;
export const regionSlot = (key: RegionKey): number =>
  key === REGION_LEVEL ? REGION_AREA : GOVERNORATE_CODES.indexOf(key) + 1;
export const typeSlot = (type: EventType): number => EVENT_TYPES.indexOf(type);

type ColumnArray = Int32Array | Uint8Array | Float64Array;

interface ColumnArrayType<A extends ColumnArray> {
  new (length: number): A;
}

/** One column: the typed array it is kept in and how its value is read from a checked record. */
export interface ColumnSpec<A extends ColumnArray = ColumnArray> {
  array: ColumnArrayType<A>;
  /**
   * The array it travels in while loading, when the index's cannot hold every value on the way
   * (an undated start day is NaN until the sort puts it after the dated ones).
   */
  loadArray?: ColumnArrayType<ColumnArray>;
  /** `places` gives ids to place labels, for the columns that hold such ids. */
  read(record: EventRecord, resolved: ResolvedFields, places: Dictionary): number;
  /** Its values are ids into the place labels (-1 for none), renumbered when batches are joined. */
  placeIds?: true;
}

const column = <A extends ColumnArray>(spec: ColumnSpec<A>): ColumnSpec<A> => spec;

const PRECISION_SLOT = new Map<string, number>(DATE_PRECISIONS.map((precision, slot) => [precision, slot]));

/** Arrested plus killed, counting only what was reported; null when neither was. */
function outcomeTotal(outcome: EventRecord["outcome"]): number | null {
  const { arrested, killed } = outcome;
  if (typeof arrested !== "number" && typeof killed !== "number") return null;
  return (typeof arrested === "number" ? arrested : 0) + (typeof killed === "number" ? killed : 0);
}

/** A reported count as a column value: NaN when not reported (unknown, never zero). */
const reportedCount = (value: number | null | undefined): number =>
  typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;

/** Columns the index keeps, in position order. */
export const INDEX_COLUMNS = {
  /** Days since 1970-01-01; positions [0, datedCount) are dated, the rest hold 0. */
  startDay: column({
    array: Int32Array,
    loadArray: Float64Array,
    read: (_record, resolved) => resolved.startDay ?? Number.NaN,
  }),
  /** A region slot (see regionSlot): governorate, area, or neither. */
  region: column({
    array: Uint8Array,
    read: (record, resolved) =>
      resolved.admin1 ? regionSlot(resolved.admin1) : record.location?.area ? REGION_AREA : REGION_NONE,
  }),
  /** EVENT_TYPES index. */
  type: column({ array: Uint8Array, read: (record) => typeSlot(record.type) }),
  /** Force groups as bits (see forceBit); 0 when the event states none. */
  forces: column({ array: Uint8Array, read: (record) => forceMask(record.forceGroups) }),
  /** NaN when the event has no location. */
  lat: column({ array: Float64Array, read: (record) => record.location?.lat ?? Number.NaN }),
  lon: column({ array: Float64Array, read: (record) => record.location?.lon ?? Number.NaN }),
  /** The place as named in the data: an id into placeNames, -1 without a place (the list's place sort). */
  placeEn: column({
    array: Int32Array,
    placeIds: true,
    read: (record, _resolved, places) => (record.location ? places.idOf(record.location.name) : -1),
  }),
  /** The place as shown in Arabic (its Arabic name when it has one). */
  placeAr: column({
    array: Int32Array,
    placeIds: true,
    read: (record, _resolved, places) =>
      record.location ? places.idOf(record.location.nameAr || record.location.name) : -1,
  }),
  /** Arrested plus killed, counting what was reported; NaN when neither was (the list's outcome sort). */
  outcome: column({ array: Float64Array, read: (record) => outcomeTotal(record.outcome) ?? Number.NaN }),
  /** Reported counts, NaN when the event gives no figure: outcome filters, count sorts, totals. */
  arrested: column({ array: Float64Array, read: (record) => reportedCount(record.outcome.arrested) }),
  killed: column({ array: Float64Array, read: (record) => reportedCount(record.outcome.killed) }),
  wounded: column({ array: Float64Array, read: (record) => reportedCount(record.outcome.wounded) }),
};

/** Carried through loading for the event store (which rebuilds events from them), not the index. */
export const STORE_COLUMNS = {
  /** Last day covered (meaningless for undated events). */
  endDay: column({ array: Int32Array, read: (_record, resolved) => resolved.endDay ?? 0 }),
  /** DATE_PRECISIONS index. */
  datePrecision: column({
    array: Uint8Array,
    read: (_record, resolved) => PRECISION_SLOT.get(resolved.datePrecision) ?? 0,
  }),
};

/** Every column read from a record while loading. */
export const RECORD_COLUMNS = { ...INDEX_COLUMNS, ...STORE_COLUMNS };

export type IndexColumnName = keyof typeof INDEX_COLUMNS;
export type RecordColumnName = keyof typeof RECORD_COLUMNS;
type Table = Readonly<Record<string, ColumnSpec>>;
type ArrayOf<S> = S extends ColumnSpec<infer A> ? A : never;
type LoadArrayOf<S> = S extends { loadArray: ColumnArrayType<infer A> } ? A : ArrayOf<S>;

/** The index's columns as typed arrays, by name. */
export type IndexColumnArrays = { [K in IndexColumnName]: ArrayOf<(typeof INDEX_COLUMNS)[K]> };
/** Every record column as it travels while loading (NaN still possible where `loadArray` says so). */
export type RecordColumnLoadArrays = { [K in RecordColumnName]: LoadArrayOf<(typeof RECORD_COLUMNS)[K]> };
/** Record columns in load order, as plain numbers collected one record at a time. */
export type RecordColumnValues = { [K in RecordColumnName]: number[] };

const entries = <T extends Table>(table: T) => Object.entries(table) as [keyof T & string, ColumnSpec][];
const INDEX_ENTRIES = entries(INDEX_COLUMNS);
const RECORD_ENTRIES = entries(RECORD_COLUMNS);

/** Arrays of `size` for every record column, in their loading kind. */
export function allocateLoadColumns(size: number): RecordColumnLoadArrays {
  const out: Record<string, ColumnArray> = {};
  for (const [name, spec] of RECORD_ENTRIES) out[name] = new (spec.loadArray ?? spec.array)(size);
  return out as RecordColumnLoadArrays;
}

/** Empty growable columns for every record column. */
export function emptyRecordValues(): RecordColumnValues {
  const out: Record<string, number[]> = {};
  for (const [name] of RECORD_ENTRIES) out[name] = [];
  return out as RecordColumnValues;
}

/** Reads every record column of one record into `into` at `at`. */
export function readRecordColumns(
  into: RecordColumnLoadArrays,
  at: number,
  record: EventRecord,
  resolved: ResolvedFields,
  places: Dictionary,
): void {
  const arrays = into as unknown as Record<string, ColumnArray>;
  for (const [name, spec] of RECORD_ENTRIES) (arrays[name] as ColumnArray)[at] = spec.read(record, resolved, places);
}

/** Appends every record column of one record. */
export function pushRecordColumns(
  into: RecordColumnValues,
  record: EventRecord,
  resolved: ResolvedFields,
  places: Dictionary,
): void {
  const lists = into as unknown as Record<string, number[]>;
  for (const [name, spec] of RECORD_ENTRIES) (lists[name] as number[]).push(spec.read(record, resolved, places));
}

/** The first `count` values of each column (a batch trimmed to the records it kept). */
export function sliceLoadColumns(columns: RecordColumnLoadArrays, count: number): RecordColumnLoadArrays {
  const out: Record<string, ColumnArray> = {};
  for (const [name, array] of Object.entries(columns)) out[name] = array.slice(0, count);
  return out as RecordColumnLoadArrays;
}

/**
 * Record columns in load order, grown as records are admitted: a batch's run of kept records
 * is copied column by column in one call, not value by value.
 */
export class LoadColumns {
  size = 0;
  private capacity: number;
  private arrays: Record<string, ColumnArray>;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.arrays = allocateLoadColumns(capacity) as unknown as Record<string, ColumnArray>;
  }

  /** The columns of the records so far (views, valid until the next append). */
  get values(): RecordColumnLoadArrays {
    const out: Record<string, ColumnArray> = {};
    for (const [name, array] of Object.entries(this.arrays)) out[name] = array.subarray(0, this.size);
    return out as RecordColumnLoadArrays;
  }

  /** Appends every record column of one record. */
  push(record: EventRecord, resolved: ResolvedFields, places: Dictionary): void {
    this.reserve(1);
    for (const [name, spec] of RECORD_ENTRIES)
      (this.arrays[name] as ColumnArray)[this.size] = spec.read(record, resolved, places);
    this.size++;
  }

  /**
   * Appends slots [from, to) of a batch's columns; `placeId` renumbers the batch's place ids
   * into the builder's (-1, no place, stays -1).
   */
  appendRun(batch: RecordColumnLoadArrays, from: number, to: number, placeId: (batchId: number) => number): void {
    const count = to - from;
    if (count <= 0) return;
    this.reserve(count);
    const source = batch as unknown as Record<string, ColumnArray>;
    for (const [name, spec] of RECORD_ENTRIES) {
      const column = source[name] as ColumnArray;
      const into = this.arrays[name] as ColumnArray;
      if (!spec.placeIds) into.set(column.subarray(from, to), this.size);
      else
        for (let k = 0; k < count; k++) {
          const value = column[from + k] as number;
          into[this.size + k] = value >= 0 ? placeId(value) : value;
        }
    }
    this.size += count;
  }

  private reserve(extra: number): void {
    if (this.size + extra <= this.capacity) return;
    this.capacity = Math.max(this.capacity * 2, this.size + extra);
    for (const [name, spec] of RECORD_ENTRIES) {
      const grown = new (spec.loadArray ?? spec.array)(this.capacity);
      grown.set((this.arrays[name] as ColumnArray).subarray(0, this.size));
      this.arrays[name] = grown;
    }
  }
}

/** The index columns in position order: `order[p]` is the load index of position p. */
export function indexColumnsInOrder(
  input: Readonly<Record<IndexColumnName, ArrayLike<number>>>,
  order: Uint32Array,
): IndexColumnArrays {
  return permute(INDEX_ENTRIES, input, order) as IndexColumnArrays;
}

/** The store columns in position order. */
export function storeColumnsInOrder(
  input: Readonly<Record<keyof typeof STORE_COLUMNS, ArrayLike<number>>>,
  order: Uint32Array,
): { [K in keyof typeof STORE_COLUMNS]: ArrayOf<(typeof STORE_COLUMNS)[K]> } {
  return permute(entries(STORE_COLUMNS), input, order) as {
    [K in keyof typeof STORE_COLUMNS]: ArrayOf<(typeof STORE_COLUMNS)[K]>;
  };
}

function permute(
  table: [string, ColumnSpec][],
  input: Readonly<Record<string, ArrayLike<number>>>,
  order: Uint32Array,
): Record<string, ColumnArray> {
  const out: Record<string, ColumnArray> = {};
  for (const [name, spec] of table) {
    const from = input[name] as ArrayLike<number>;
    const to = new spec.array(order.length);
    for (let p = 0; p < order.length; p++) to[p] = from[order[p] as number] as number;
    out[name] = to;
  }
  return out;
}

/** Every typed array's buffer in a structure of columns (nested one level), each once: the transfer list. */
export function buffersOf(columns: object): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: unknown, depth: number) => {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
    else if (depth < 2 && value !== null && typeof value === "object" && !Array.isArray(value))
      for (const inner of Object.values(value)) visit(inner, depth + 1);
  };
  visit(columns, 0);
  return [...buffers];
}
