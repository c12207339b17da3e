import type { z } from "zod";
import { parseIsoDate } from "../domain/dates.ts";
import type { DatasetMetadata, EventRecord, SecurityEvent } from "../domain/event.ts";
import type { Narrative } from "../domain/narrative.ts";
import type { RegionLocator } from "../domain/region-locator.ts";
import { type ResolvedFields, toSecurityEvent } from "../domain/resolve-event.ts";
import { eventRecordSchema, metadataSchema, narrativeSchema } from "./event-schema.ts";
import { passesFastCheck } from "./fast-record-check.ts";
import type { FileDescription, OutsideSyria } from "./import/file-description.ts";
import { type FatalLoadError, fatalError, type LoadProblem, problemText } from "./load-problem.ts";
import { isPlainObject } from "./plain-object.ts";
import { schemaProblemText } from "./schema-problems.ts";

/** File formats the app reads, named on screen in the load report. */
export const DATASET_FORMATS = {
  "json-v1": "Dataset JSON (format v1)",
  geojson: "GeoJSON FeatureCollection",
  "acled-csv": "ACLED export (CSV)",
  "ucdp-csv": "UCDP GED (CSV)",
  "csv-v1": "Dataset CSV (format v1)",
} as const;
export type DatasetFormat = keyof typeof DATASET_FORMATS;

export interface LoadedDataset {
  format: DatasetFormat;
  metadata: DatasetMetadata;
  events: SecurityEvent[];
  problems: LoadProblem[];
  /** How many records the file held, valid or not. */
  recordCount: number;
  /** What the file was found to be: source layout, dates, encoding, delimiter (imports). */
  description?: FileDescription;
  /** Rows skipped because the file places them in another country, counted by country. */
  outsideSyria?: OutsideSyria;
}

export type DatasetResult = ({ ok: true } & LoadedDataset) | { ok: false; error: FatalLoadError };

const MAX_PROBLEMS_PER_RECORD = 5;
/** Stories read from one dataset at most (the schema's limit); any beyond are not read. */
const MAX_NARRATIVES = 100;
const PROGRESS_EVERY = 20_000;

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join(".") : undefined;
}

function readableId(record: unknown): string | undefined {
  if (!isPlainObject(record)) return undefined;
  const id = record.id;
  return typeof id === "string" && id.length > 0 && id.length <= 120 ? id : undefined;
}

function schemaProblems(index: number, raw: unknown, issues: readonly z.core.$ZodIssue[]): LoadProblem[] {
  const id = readableId(raw);
  return issues.slice(0, MAX_PROBLEMS_PER_RECORD).map((issue) => ({
    severity: "error",
    index,
    ...(id ? { id } : {}),
    ...(fieldOf(issue.path) ? { field: fieldOf(issue.path) as string } : {}),
    ...schemaProblemText(issue, raw, "record"),
  }));
}

/**
 * Settles a schema-valid record's dates and region. Returns the problems instead when its
 * content is impossible (bad dates, outside Syria).
 */
function resolveRecord(
  record: EventRecord,
  index: number,
  locator: RegionLocator,
): { resolved: ResolvedFields | null; problems: LoadProblem[] } {
  const at = { index, id: record.id };
  const problems: LoadProblem[] = [];
  let startDay: number | null = null;
  let endDay: number | null = null;
  let precision = record.datePrecision ?? "unknown";
  if (record.date !== null) {
    const parsed = parseIsoDate(record.date);
    if (!parsed) {
      problems.push({
        severity: "error",
        ...at,
        field: "date",
        ...problemText({ code: "problem.not-a-date", params: { value: record.date } }),
      });
    } else {
      startDay = parsed.startDay;
      endDay = parsed.endDay;
      precision = record.datePrecision && record.datePrecision !== "unknown" ? record.datePrecision : parsed.precision;
    }
    if (record.endDate !== undefined && parsed) {
      const end = parseIsoDate(record.endDate);
      if (!end)
        problems.push({
          severity: "error",
          ...at,
          field: "endDate",
          ...problemText({ code: "problem.not-a-date", params: { value: record.endDate } }),
        });
      else if (end.endDay < parsed.startDay)
        problems.push({
          severity: "error",
          ...at,
          field: "endDate",
          ...problemText({ code: "problem.ends-before-start", params: {} }),
        });
      else endDay = end.endDay;
    }
  } else {
    precision = "unknown";
    if (record.endDate !== undefined)
      problems.push({
        severity: "warning",
        ...at,
        field: "endDate",
        ...problemText({ code: "problem.end-without-start", params: {} }),
      });
  }

  let admin1: SecurityEvent["admin1"] = null;
  if (record.location) {
    const { lat, lon } = record.location;
    const found = locator.locate(lat, lon);
    if (!found) {
      problems.push({
        severity: "error",
        ...at,
        field: "location",
        ...problemText({ code: "problem.outside-syria", params: { lat, lon } }),
      });
    } else if (record.location.area) {
      // An area spans governorates: its point is representative, so it must not count as the
      // governorate it happens to fall in.
      if (record.location.admin1)
        problems.push({
          severity: "warning",
          ...at,
          field: "location.admin1",
          ...problemText({ code: "row.area-no-governorate", params: { area: record.location.area } }),
        });
    } else {
      // Within the border tolerance but outside every outline: kept, and said, so a point far
      // off by a typo is not silently moved into Syria.
      if (found.distanceKm > 0)
        problems.push({
          severity: "warning",
          ...at,
          field: "location",
          ...problemText({ code: "row.border-kept", params: { km: found.distanceKm, code: found.code } }),
        });
      admin1 = record.location.admin1 ?? found.code;
      if (record.location.admin1 && record.location.admin1 !== found.code)
        problems.push({
          severity: "warning",
          ...at,
          field: "location.admin1",
          ...problemText({
            code: "problem.admin1-mismatch",
            params: { said: record.location.admin1, found: found.code },
          }),
        });
    }
  }

  if (problems.some((p) => p.severity === "error")) return { resolved: null, problems };
  return { resolved: { datePrecision: precision, startDay, endDay, admin1 }, problems };
}

/**
 * What a record's own content gives, before it is compared with other records. `asRead` is false
 * when the schema changed the record (trimmed text): it must then be stored as checked, not as read.
 */
export type ContentCheck =
  | { valid: false; problems: LoadProblem[] }
  | { valid: true; record: EventRecord; asRead: boolean; resolved: ResolvedFields | null; problems: LoadProblem[] };

/** Checks one record on its own: the schema, then its dates and place. Pure, so any thread may run it. */
export function checkRecordContent(raw: unknown, index: number, locator: RegionLocator): ContentCheck {
  let record: EventRecord;
  let asRead = true;
  if (passesFastCheck(raw)) record = raw;
  else {
    const parsed = eventRecordSchema.safeParse(raw);
    if (!parsed.success) return { valid: false, problems: schemaProblems(index, raw, parsed.error.issues) };
    record = parsed.data;
    asRead = false;
  }
  const { resolved, problems } = resolveRecord(record, index, locator);
  return { valid: true, record, asRead, resolved, problems };
}

/**
 * Checks records in file order, collecting the problems: the same rules whether the file was
 * parsed whole, streamed, or checked in parallel batches and admitted here in order.
 */
export class RecordChecker {
  readonly problems: LoadProblem[] = [];
  private readonly seenIds = new Map<string, number>();

  /**
   * Applies the rule across records (the first to use an id keeps it) to a record whose content
   * was checked: `id` is null when it failed the schema. True when the record is kept.
   */
  admit(index: number, id: string | null, resolved: boolean, contentProblems: readonly LoadProblem[]): boolean {
    if (id !== null) {
      const firstIndex = this.seenIds.get(id);
      if (firstIndex !== undefined) {
        this.problems.push({
          severity: "error",
          index,
          id,
          field: "id",
          ...problemText({ code: "problem.duplicate-id", params: { first: firstIndex + 1 } }),
        });
        return false;
      }
    }
    for (const problem of contentProblems) this.problems.push(problem);
    if (id === null || !resolved) return false;
    this.seenIds.set(id, index);
    return true;
  }
}

/**
 * A dataset's stories, each checked on its own: a bad story is reported and left out, the others
 * are kept (a story whose event is missing is kept too; its card says which event is missing).
 */
function checkNarratives(value: unknown, problems: LoadProblem[]): Narrative[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({
      severity: "warning",
      field: "narratives",
      ...problemText({ code: "problem.stories-not-array", params: {} }),
    });
    return undefined;
  }
  const kept: Narrative[] = [];
  const ids = new Set<string>();
  value.slice(0, MAX_NARRATIVES).forEach((raw, i) => {
    const result = narrativeSchema.safeParse(raw);
    if (!result.success) {
      // A story is said once, by the first thing wrong with it: it is left out whatever the rest.
      const [issue] = result.error.issues;
      if (issue)
        problems.push({
          severity: "warning",
          field: ["narratives", i, ...issue.path].map(String).join("."),
          ...schemaProblemText(issue, raw, "story"),
        });
    } else if (ids.has(result.data.id))
      problems.push({
        severity: "warning",
        field: `narratives.${i}.id`,
        ...problemText({ code: "problem.story-duplicate-id", params: { id: result.data.id } }),
      });
    else {
      ids.add(result.data.id);
      kept.push(result.data);
    }
  });
  return kept;
}

/** Checks a dataset's metadata (everything but its events); problems are warnings, never fatal. */
export function checkMetadata(
  data: Record<string, unknown>,
  file: string,
): { metadata: DatasetMetadata; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const { narratives: rawNarratives, ...rest } = data;
  const narratives = checkNarratives(rawNarratives, problems);
  const withStories = (metadata: DatasetMetadata): DatasetMetadata =>
    narratives?.length ? { ...metadata, narratives } : metadata;
  const metadataResult = metadataSchema.safeParse(rest);
  if (metadataResult.success) return { metadata: withStories(metadataResult.data), problems };
  for (const issue of metadataResult.error.issues.slice(0, MAX_PROBLEMS_PER_RECORD)) {
    const field = fieldOf(issue.path);
    problems.push({ severity: "warning", ...(field ? { field } : {}), ...schemaProblemText(issue, rest, "metadata") });
  }
  return { metadata: withStories({ title: file.split("/").pop() || "Untitled dataset" }), problems };
}

/**
 * Validates a parsed dataset file. Every valid record is kept; every invalid one is reported
 * with its position, id and field. Only a file that is not a dataset at all is fatal.
 */
export function validateDataset(
  data: unknown,
  file: string,
  locator: RegionLocator,
  onProgress?: (done: number, total: number) => void,
): DatasetResult {
  if (!isPlainObject(data) || !Array.isArray(data.events)) {
    return {
      ok: false,
      error: fatalError(
        file,
        isPlainObject(data)
          ? { code: "fatal.no-events", params: {} }
          : {
              code: "fatal.not-an-object",
              params: { holds: Array.isArray(data) ? "array" : "other", type: typeof data },
            },
      ),
    };
  }

  const { metadata, problems: metadataProblems } = checkMetadata(data, file);
  const checker = new RecordChecker();
  const events: SecurityEvent[] = [];
  const total = data.events.length;
  data.events.forEach((raw: unknown, index: number) => {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, total);
    const content = checkRecordContent(raw, index, locator);
    const id = content.valid ? content.record.id : null;
    const resolved = content.valid ? content.resolved : null;
    if (checker.admit(index, id, resolved !== null, content.problems) && content.valid && resolved)
      events.push(toSecurityEvent(content.record, resolved));
  });
  const problems = [...metadataProblems, ...checker.problems];
  return { ok: true, format: "json-v1", metadata, events, problems, recordCount: data.events.length };
}

/** Parses the text of a dataset file; invalid JSON is the one fatal case here. */
export function parseDatasetText(
  text: string,
  file: string,
  locator: RegionLocator,
  onProgress?: (done: number, total: number) => void,
): DatasetResult {
  if (text.trim() === "") return { ok: false, error: fatalError(file, { code: "fatal.empty-file", params: {} }) };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      error: fatalError(file, {
        code: "fatal.not-json",
        params: { detail: error instanceof Error ? error.message : String(error) },
      }),
    };
  }
  return validateDataset(data, file, locator, onProgress);
}
