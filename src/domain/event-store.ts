import { DATE_PRECISIONS, type EventRecord, type SecurityEvent } from "./event.ts";
import { GOVERNORATE_CODES } from "./governorates.ts";
import { toSecurityEvent } from "./resolve-event.ts";
import { lastAtOrBelow } from "./sorted-positions.ts";

/**
 * The loaded events in position order (the index's date order). Only the events a person looks
 * at are ever materialised: a million event objects would cost the page seconds and gigabytes.
 */
export interface EventStore {
  readonly size: number;
  at(position: number): SecurityEvent;
  idAt(position: number): string;
  positionOf(id: string): number | undefined;
}

export function arrayEventStore(events: readonly SecurityEvent[]): EventStore {
  let positionById: Map<string, number> | null = null;
  return {
    size: events.length,
    at: (position) => events[position] as SecurityEvent,
    idAt: (position) => (events[position] as SecurityEvent).id,
    positionOf(id) {
      positionById ??= new Map(events.map((event, p) => [event.id, p]));
      return positionById.get(id);
    },
  };
}

/**
 * The records of a dataset as UTF-8 JSON, in transferable pieces, with what loading resolved
 * about each. Records of a format v1 file are byte ranges of the file itself, so loading never
 * re-serialises them; records of other formats (and records the schema cleaned up) are
 * re-encoded into `extraBytes`.
 */
export interface EncodedEvents {
  fileBytes: Uint8Array;
  extraBytes: Uint8Array;
  /** Byte range per position: below fileBytes.length in the file, else in extraBytes, shifted by it. */
  start: Float64Array;
  end: Float64Array;
  /** DATE_PRECISIONS index per position. */
  datePrecision: Uint8Array;
  /** Last day covered, per position (meaningless for undated positions). */
  endDay: Int32Array;
  /** Every id, in position order, each preceded by "\n" and the last followed by one. */
  ids: string;
  /** Where each id starts in `ids`; one more entry than positions. */
  idStart: Uint32Array;
}

/** What the encoded store needs from the index columns to rebuild an event. */
export interface StoreColumns {
  datedCount: number;
  startDay: Int32Array;
  region: Uint8Array;
}

export function encodedEventStore(encoded: EncodedEvents, columns: StoreColumns): EventStore {
  const decoder = new TextDecoder();
  const fileLength = encoded.fileBytes.length;
  const size = encoded.start.length;
  // Most events are never looked at: a map, not an array allocated for every event when the dataset opens.
  const decoded = new Map<number, SecurityEvent>();
  const idAt = (position: number) =>
    encoded.ids.slice(encoded.idStart[position] as number, (encoded.idStart[position + 1] as number) - 1);
  return {
    size,
    at(position) {
      const cached = decoded.get(position);
      if (cached) return cached;
      const start = encoded.start[position] as number;
      const end = encoded.end[position] as number;
      const bytes =
        start < fileLength
          ? encoded.fileBytes.subarray(start, end)
          : encoded.extraBytes.subarray(start - fileLength, end - fileLength);
      const record = JSON.parse(decoder.decode(bytes)) as EventRecord;
      const dated = position < columns.datedCount;
      const region = columns.region[position] as number;
      const event = toSecurityEvent(record, {
        datePrecision: DATE_PRECISIONS[encoded.datePrecision[position] as number] ?? "unknown",
        startDay: dated ? (columns.startDay[position] as number) : null,
        endDay: dated ? (encoded.endDay[position] as number) : null,
        admin1: region > 0 ? (GOVERNORATE_CODES[region - 1] ?? null) : null,
      });
      decoded.set(position, event);
      return event;
    },
    idAt,
    positionOf(id) {
      // Ids are URL-safe (no line breaks), so "\n" + id + "\n" occurs only where that id is.
      const at = encoded.ids.indexOf(`\n${id}\n`);
      if (at < 0) return undefined;
      return lastAtOrBelow(encoded.idStart, at + 1);
    },
  };
}

/** The buffers to transfer along with the encoded events. */
export function encodedTransferables(encoded: EncodedEvents): ArrayBuffer[] {
  return [
    encoded.fileBytes,
    encoded.extraBytes,
    encoded.start,
    encoded.end,
    encoded.datePrecision,
    encoded.endDay,
    encoded.idStart,
  ].map((array) => array.buffer as ArrayBuffer);
}
