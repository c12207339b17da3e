import type { EventIndex } from "../../domain/event-index.ts";
import type { DatasetOrigin } from "../dataset-origin.ts";
import type { LoadedDataset } from "../validate-dataset.ts";

/** A dataset on screen: what the loader reported about the file, and its events as an index. */
export interface OpenDataset extends Omit<LoadedDataset, "events"> {
  index: EventIndex;
  /** Set while only the first records of a file are shown and the rest is still loading. */
  partial?: boolean;
  /** Where it came from, as the app opened it (see dataset-origin.ts); absent in tests that build one. */
  origin?: DatasetOrigin;
}
