import type { SecurityEvent } from "../../domain/event.ts";
import { type IndexColumns, sortIntoColumns } from "../../domain/event-index.ts";
import type { EncodedEvents } from "../../domain/event-store.ts";
import { LoadColumns, storeColumnsInOrder } from "../../domain/index-columns.ts";
import { Dictionary, NamesCollector } from "../../domain/name-dictionary.ts";
import { rawSearchText } from "../../domain/text-search.ts";
import type { LoadProblem } from "../load-problem.ts";
import type { RecordChecker } from "../validate-dataset.ts";
import type { CheckedBatch } from "./check-batch.ts";

const NO_PROBLEMS: readonly LoadProblem[] = [];

export interface BuiltDataset {
  columns: IndexColumns;
  encoded: EncodedEvents;
  /** Unfolded search text per position. */
  searchTexts: string[];
}

/** Maps a batch's name ids to a dictionary's, registering a name only when a kept event uses it. */
function nameMapper(collector: Dictionary, names: readonly string[]): (batchId: number) => number {
  const mapped = new Int32Array(names.length).fill(-1);
  return (batchId) => {
    let id = mapped[batchId] as number;
    if (id < 0) {
      id = collector.idOf(names[batchId] as string);
      mapped[batchId] = id;
    }
    return id;
  };
}

/**
 * Collects the kept records in load order as columns and byte ranges, never the records
 * themselves; `finish` sorts them into the index's date order.
 */
export class DatasetBuilder {
  private readonly columns = new LoadColumns();
  private readonly actors = new NamesCollector();
  private readonly targets = new NamesCollector();
  private readonly places = new Dictionary();
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

  /** Admits a checked batch's records in file order (see RecordChecker.admit) and adds those kept. */
  addBatch(batch: CheckedBatch, checker: RecordChecker): void {
    const ids = batch.ids.split("\n");
    const actorId = nameMapper(this.actors, batch.actorNames);
    const targetId = nameMapper(this.targets, batch.targetNames);
    const placeId = nameMapper(this.places, batch.placeNames);
    let problem = 0;
    let mapping = 0;
    let replacement = 0;
    let slot = 0;
    let searchOffset = 0;
    let reencoded = 0;
    /** The first slot of the current run of kept records, -1 between runs. */
    let run = -1;
    // The batch's re-encoded records join the extra bytes whole; kept ones point into them.
    const extraBase = this.extraLength;
    if (batch.reencoded.length) {
      this.extraParts.push(batch.reencoded);
      this.extraLength += batch.reencoded.length;
    }
    for (let k = 0; k < batch.count; k++) {
      const index = batch.from + k;
      const first = problem;
      while (batch.problems[problem]?.index === index) problem++;
      const id = ids[k] || null;
      const resolved = batch.resolved[k] === 1;
      const problems = first === problem ? NO_PROBLEMS : batch.problems.slice(first, problem);
      while (batch.mappingProblems[mapping]?.index === index)
        checker.problems.push(batch.mappingProblems[mapping++] as LoadProblem);
      const kept = checker.admit(index, id, resolved, problems);
      while (batch.replacementProblems[replacement]?.index === index)
        checker.problems.push(batch.replacementProblems[replacement++] as LoadProblem);
      if (!resolved) continue;
      const searchLength = batch.searchLengths[slot] as number;
      const asRead = (batch.start[slot] as number) >= 0;
      if (!kept && run >= 0) {
        this.columns.appendRun(batch.columns, run, slot, placeId);
        run = -1;
      }
      if (kept) {
        if (run < 0) run = slot;
        for (let a = batch.actorOffsets[slot] as number; a < (batch.actorOffsets[slot + 1] as number); a++)
          this.actors.push(actorId(batch.actorIds[a] as number));
        this.actors.endEvent();
        for (let t = batch.targetOffsets[slot] as number; t < (batch.targetOffsets[slot + 1] as number); t++)
          this.targets.push(targetId(batch.targetIds[t] as number));
        this.targets.endEvent();
        this.ids.push(id as string);
        this.searchTexts.push(batch.searchText.slice(searchOffset, searchOffset + searchLength));
        if (asRead) {
          this.start.push(batch.start[slot] as number);
          this.end.push(batch.end[slot] as number);
        } else {
          this.start.push(-1 - (extraBase + (reencoded ? (batch.reencodedEnds[reencoded - 1] as number) : 0)));
          this.end.push(-1 - (extraBase + (batch.reencodedEnds[reencoded] as number)));
        }
      }
      if (!asRead) reencoded++;
      searchOffset += searchLength;
      slot++;
    }
    if (run >= 0) this.columns.appendRun(batch.columns, run, slot, placeId);
  }

  /** Adds an event read by the whole-file reader (other formats); it is stored re-encoded. */
  addEvent(event: SecurityEvent): void {
    this.columns.push(event, event, this.places);
    this.actors.add(event.actors);
    this.targets.add(event.targets);
    this.ids.push(event.id);
    this.searchTexts.push(rawSearchText(event));
    this.addEncoded(JSON.stringify(event));
  }

  private addEncoded(json: string): void {
    const encoded = this.encoder.encode(json);
    this.extraParts.push(encoded);
    // Negative until finish() knows the file's length, which these ranges then follow.
    this.start.push(-1 - this.extraLength);
    this.extraLength += encoded.length;
    this.end.push(-1 - this.extraLength);
  }

  /** Sorts into date order; `fileBytes` are the bytes the file ranges point into. */
  finish(fileBytes: Uint8Array): BuiltDataset {
    const size = this.size;
    const values = this.columns.values;
    const { columns, order } = sortIntoColumns({
      ...values,
      size,
      actors: this.actors,
      targets: this.targets,
      placeNames: this.places.names,
    });
    const { datePrecision, endDay } = storeColumnsInOrder(values, order);
    const extraBytes = new Uint8Array(this.extraLength);
    let offset = 0;
    for (const part of this.extraParts) {
      extraBytes.set(part, offset);
      offset += part.length;
    }
    const fileLength = fileBytes.length;
    const start = new Float64Array(size);
    const end = new Float64Array(size);
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
