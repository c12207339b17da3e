import type { DatasetMetadata } from "../domain/event.ts";
import type { IndexColumns } from "../domain/event-index.ts";
import type { GovernorateCollection } from "../domain/region-locator.ts";
import type { FatalLoadError, LoadProblem } from "./load-problem.ts";
import type { DatasetFormat } from "./validate-dataset.ts";

/** Where a dataset comes from: an address (fetched) or a file the person chose or dropped. */
export type LoadSource = { kind: "url"; url: string } | { kind: "file"; file: File };

export type LoadProgress =
  | { phase: "reading"; loaded: number; total: number | null }
  | { phase: "validating"; done: number; total: number }
  | { phase: "indexing" }
  | { phase: "receiving"; done: number; total: number };

/** Page → worker. */
export interface LoadRequest {
  type: "load";
  source: LoadSource;
  governorates: GovernorateCollection;
}

/** Worker → page. Columns arrive first (transferred), then the events in chunks, then "done". */
export type LoadReply =
  | { type: "progress"; progress: LoadProgress }
  | { type: "fatal"; error: FatalLoadError }
  | {
      type: "columns";
      columns: IndexColumns;
      format: DatasetFormat;
      metadata: DatasetMetadata;
      problems: LoadProblem[];
      recordCount: number;
      /** When the last byte was read (epoch ms), for the "data available" mark the benchmark reads. */
      dataReadAt: number;
    }
  /**
   * A chunk of events as JSON text: the page parses it with JSON.parse, several times faster than
   * the structured-clone deserialisation of the same objects.
   */
  | { type: "events"; json: string }
  | { type: "done" };

/**
 * Events per message: small enough that the page deserialises each chunk well inside a frame
 * budget, so no main-thread task during a million-event load runs long.
 */
export const EVENT_CHUNK_SIZE = 5_000;
