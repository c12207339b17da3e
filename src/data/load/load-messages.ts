import type { DatasetMetadata } from "../../domain/event.ts";
import type { IndexColumns } from "../../domain/event-index.ts";
import type { EncodedEvents } from "../../domain/event-store.ts";
import type { GovernorateCollection } from "../../domain/region-locator.ts";
import type { TextSearchChunk } from "../../domain/text-search.ts";
import type { FileDescription, OutsideSyria } from "../import/file-description.ts";
import type { FatalLoadError, LoadProblem } from "../load-problem.ts";
import type { DatasetFormat } from "../validate-dataset.ts";

/** Where a dataset comes from: an address (fetched) or a file the person chose or dropped. */
export type LoadSource = { kind: "url"; url: string } | { kind: "file"; file: File };

/** What the page is told about a loaded dataset besides its events. */
export interface DatasetHeader {
  format: DatasetFormat;
  metadata: DatasetMetadata;
  problems: LoadProblem[];
  /** How many records the file held, valid or not. */
  recordCount: number;
  description?: FileDescription;
  outsideSyria?: OutsideSyria;
  /** When the first byte arrived (epoch ms): "data available", for the benchmark. */
  dataArrivedAt: number;
}

export type LoadProgress =
  /** `records`: records already checked while reading (format v1 files are checked as they arrive). */
  | { phase: "reading"; loaded: number; total: number | null; records: number }
  | { phase: "validating"; done: number; total: number }
  | { phase: "indexing" };

/**
 * Page → worker. A worker may be prepared ahead of need (helpers started, region locator built);
 * its one load then sends no governorates (null: as prepared).
 */
export type LoadRequest =
  | { type: "prepare"; governorates: GovernorateCollection }
  | { type: "load"; source: LoadSource; governorates: GovernorateCollection | null };

/**
 * Worker → page. The dataset arrives in one message whose buffers are transferred, not copied:
 * columns for every hot path and the records as encoded bytes, decoded only when shown. The
 * search texts follow in chunks, folded after the dataset is on screen.
 */
export type LoadReply =
  | { type: "progress"; progress: LoadProgress }
  /** A worker prepared ahead of need (see prepareLoader) is ready for its load. */
  | { type: "prepared" }
  | { type: "fatal"; error: FatalLoadError }
  /** A file's content key (see content-hash.ts), after "dataset", before "search-done"; null without Web Crypto. */
  | { type: "content-key"; key: string | null }
  | { type: "dataset"; header: DatasetHeader; columns: IndexColumns; encoded: EncodedEvents }
  /** The first records of a large file, to show while the rest loads; a "dataset" follows. */
  | { type: "preview"; header: DatasetHeader; columns: IndexColumns; encoded: EncodedEvents }
  | { type: "search"; chunk: TextSearchChunk }
  | { type: "search-done" };
