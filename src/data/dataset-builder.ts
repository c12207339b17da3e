import { DATE_PRECISIONS, type EventRecord, type SecurityEvent } from "../domain/event.ts";
import {
  type IndexColumns,
  NamesCollector,
  REGION_NONE,
  regionSlot,
  sortIntoColumns,
  typeSlot,
} from "../domain/event-index.ts";
import type { EncodedEvents } from "../domain/event-store.ts";
import type { ResolvedFields } from "../domain/resolve-event.ts";

const PRECISION_SLOT = new Map<string, number>(DATE_PRECISIONS.map((precision, slot) => [precision, slot]));

/** The raw text an event is searched by; folded later (see text-search.ts), off the critical path. */
function rawSearchText(record: EventRecord): string {
  const location = record.location;
  const parts = [record.title, record.titleAr, record.summary, record.summaryAr, location?.name, location?.nameAr];
  return [...parts, ...record.actors, ...record.targets, ...(record.tags ?? [])].filter(Boolean).join(" ");
}

export interface BuiltDataset {
  columns: IndexColumns;
  encoded: EncodedEvents;
  /** Unfolded search text per position. */
  searchTexts: string[];
}

/**
 * Collects checked records one at a time, in load order, as columns and encoded bytes, never
 * keeping the records themselves; `finish` sorts them into the index's date order.
 */
export class DatasetBuilder {
  private readonly startDay: number[] = [];
  private readonly endDay: number[] = [];
  private readonly precision: number[] = [];
  private readonly region: number[] = [];
  private readonly type: number[] = [];
  private readonly lat: number[] = [];
  private readonly lon: number[] = [];
  private readonly actors = new NamesCollector();
  private readonly targets = new NamesCollector();
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly ids: string[] = [];
  private readonly searchTexts: string[] = [];
  private readonly extraParts: Uint8Array[] = [];
  private extraLength = 0;
  private readonly encoder = new TextEncoder();

  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds a record. `bytes` is its range in the file when the record is stored as read;
   * without it the record is re-encoded.
   */
  add(record: EventRecord, resolved: ResolvedFields, bytes: { start: number; end: number } | null): void {
    this.startDay.push(resolved.startDay ?? Number.NaN);
    this.endDay.push(resolved.endDay ?? 0);
    this.precision.push(PRECISION_SLOT.get(resolved.datePrecision) ?? 0);
    this.region.push(resolved.admin1 ? regionSlot(resolved.admin1) : REGION_NONE);
    this.type.push(typeSlot(record.type));
    this.lat.push(record.location ? record.location.lat : Number.NaN);
    this.lon.push(record.location ? record.location.lon : Number.NaN);
    this.actors.add(record.actors);
    this.targets.add(record.targets);
    this.ids.push(record.id);
    this.searchTexts.push(rawSearchText(record));
    if (bytes) {
      this.start.push(bytes.start);
      this.end.push(bytes.end);
    } else {
      const encoded = this.encoder.encode(JSON.stringify(record));
      this.extraParts.push(encoded);
      // Shifted past the file's bytes in finish(), once their length is known.
      this.start.push(-1 - this.extraLength);
      this.extraLength += encoded.length;
      this.end.push(-1 - this.extraLength);
    }
  }

  addEvent(event: SecurityEvent): void {
    this.add(event, event, null);
  }

  /** Sorts into date order; `fileBytes` are the bytes the ranges given to `add` point into. */
  finish(fileBytes: Uint8Array): BuiltDataset {
    const size = this.size;
    const { columns, order } = sortIntoColumns({
      size,
      startDay: this.startDay,
      region: this.region,
      type: this.type,
      lat: this.lat,
      lon: this.lon,
      actors: this.actors,
      targets: this.targets,
    });
    const extraBytes = new Uint8Array(this.extraLength);
    let offset = 0;
    for (const part of this.extraParts) {
      extraBytes.set(part, offset);
      offset += part.length;
    }
    const fileLength = fileBytes.length;
    const start = new Float64Array(size);
    const end = new Float64Array(size);
    const datePrecision = new Uint8Array(size);
    const endDay = new Int32Array(size);
    const idStart = new Uint32Array(size + 1);
    const idParts: string[] = new Array(size);
    const searchTexts: string[] = new Array(size);
    let idOffset = 1;
    for (let p = 0; p < size; p++) {
      const i = order[p] as number;
      const s = this.start[i] as number;
      const e = this.end[i] as number;
      start[p] = s >= 0 ? s : fileLength + (-1 - s);
      end[p] = e >= 0 ? e : fileLength + (-1 - e);
      datePrecision[p] = this.precision[i] as number;
      endDay[p] = this.endDay[i] as number;
      const id = this.ids[i] as string;
      idParts[p] = id;
      idStart[p] = idOffset;
      idOffset += id.length + 1;
      searchTexts[p] = this.searchTexts[i] as string;
    }
    idStart[size] = idOffset;
    const ids = size ? `\n${idParts.join("\n")}\n` : "\n";
    return {
      columns,
      encoded: { fileBytes, extraBytes, start, end, datePrecision, endDay, ids, idStart },
      searchTexts,
    };
  }
}
