import { AREA_CODES } from "../domain/areas.ts";
import {
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  EVENT_ID_PATTERN,
  EVENT_TYPES,
  type EventRecord,
  LOCATION_PRECISIONS,
} from "../domain/event.ts";
import { FORCE_GROUPS } from "../domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../domain/governorates.ts";
import { isHttpLink } from "../domain/http-link.ts";
import { isPlainObject } from "./plain-object.ts";

/*
 * A hand-written check that accepts only records the zod schema (event-schema.ts) would accept
 * unchanged. It is never looser: anything it does not recognise goes to zod, which decides and
 * words the problem. It exists because a million records through zod take seconds, and nearly
 * all records in a large file are well-formed. A property test holds it to that contract.
 */

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TYPES = new Set<string>(EVENT_TYPES);
const DATE_PRECISION_SET = new Set<string>(DATE_PRECISIONS);
const LOCATION_PRECISION_SET = new Set<string>(LOCATION_PRECISIONS);
const CONFIDENCE_SET = new Set<string>(CONFIDENCE_LEVELS);
const GOVERNORATE_SET = new Set<string>(GOVERNORATE_CODES);
const AREA_SET = new Set<string>(AREA_CODES);
const FORCE_GROUP_SET = new Set<string>(FORCE_GROUPS);
const RECORD_KEYS = new Set([
  "id",
  "date",
  "datePrecision",
  "endDate",
  "title",
  "titleAr",
  "summary",
  "summaryAr",
  "type",
  "actors",
  "forceGroups",
  "targets",
  "location",
  "outcome",
  "sources",
  "confidence",
  "tags",
  "synthetic",
]);
const LOCATION_KEYS = new Set(["name", "nameAr", "lat", "lon", "precision", "admin1", "area", "coordinateSource"]);
const OUTCOME_KEYS = new Set(["arrested", "killed", "wounded", "seized", "notes"]);
const SOURCE_KEYS = new Set(["name", "url", "published"]);
const CONFIDENCE_KEYS = new Set(["level", "reason"]);

type Plain = Record<string, unknown>;

function onlyKeys(value: Plain, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** A non-empty string that zod's trim() would leave unchanged, within max characters. */
function isText(value: unknown, max: number): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > max) return false;
  return !trimmable(value.charCodeAt(0)) && !trimmable(value.charCodeAt(value.length - 1));
}

/** Characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function trimmable(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** A non-empty list of known force groups, as the schema asks. */
function isForceGroups(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > FORCE_GROUPS.length) return false;
  for (const group of value) if (!FORCE_GROUP_SET.has(group as string)) return false;
  return true;
}

function isTextList(value: unknown, maxItems: number, maxLength: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (const item of value) if (!isText(item, maxLength)) return false;
  return true;
}

function isCount(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 1_000_000)
  );
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 2048) return false;
  return isHttpLink(value);
}

function isLocation(value: unknown): boolean {
  if (value === null) return true;
  if (!isPlainObject(value) || !onlyKeys(value, LOCATION_KEYS)) return false;
  const { lat, lon } = value;
  return (
    isText(value.name, 300) &&
    optional(value.nameAr, (v) => isText(v, 300)) &&
    typeof lat === "number" &&
    lat >= -90 &&
    lat <= 90 &&
    typeof lon === "number" &&
    lon >= -180 &&
    lon <= 180 &&
    LOCATION_PRECISION_SET.has(value.precision as string) &&
    optional(value.admin1, (v) => GOVERNORATE_SET.has(v as string)) &&
    optional(value.area, (v) => AREA_SET.has(v as string)) &&
    optional(value.coordinateSource, (v) => isText(v, 300))
  );
}

function isOutcome(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    onlyKeys(value, OUTCOME_KEYS) &&
    isCount(value.arrested) &&
    isCount(value.killed) &&
    isCount(value.wounded) &&
    optional(value.seized, (v) => isTextList(v, 100, 500)) &&
    optional(value.notes, (v) => isText(v, 2000))
  );
}

function isSources(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > 50) return false;
  for (const source of value) {
    if (!isPlainObject(source) || !onlyKeys(source, SOURCE_KEYS)) return false;
    if (!isText(source.name, 300) || !isHttpUrl(source.url)) return false;
    if (source.published !== undefined && !(typeof source.published === "string" && ISO_DATE.test(source.published)))
      return false;
  }
  return true;
}

export function passesFastCheck(raw: unknown): raw is EventRecord {
  if (!isPlainObject(raw) || !onlyKeys(raw, RECORD_KEYS)) return false;
  const { id, date, endDate, confidence } = raw;
  return (
    typeof id === "string" &&
    EVENT_ID_PATTERN.test(id) &&
    (date === null || (typeof date === "string" && ISO_DATE.test(date))) &&
    optional(raw.datePrecision, (v) => DATE_PRECISION_SET.has(v as string)) &&
    (endDate === undefined || (typeof endDate === "string" && ISO_DATE.test(endDate))) &&
    isText(raw.title, 300) &&
    optional(raw.titleAr, (v) => isText(v, 300)) &&
    isText(raw.summary, 20_000) &&
    optional(raw.summaryAr, (v) => isText(v, 20_000)) &&
    TYPES.has(raw.type as string) &&
    isTextList(raw.actors, 50, 300) &&
    optional(raw.forceGroups, isForceGroups) &&
    isTextList(raw.targets, 50, 300) &&
    isLocation(raw.location) &&
    isOutcome(raw.outcome) &&
    isSources(raw.sources) &&
    (confidence === undefined ||
      (isPlainObject(confidence) &&
        onlyKeys(confidence, CONFIDENCE_KEYS) &&
        CONFIDENCE_SET.has(confidence.level as string) &&
        isText(confidence.reason, 2000))) &&
    optional(raw.tags, (v) => isTextList(v, 50, 100)) &&
    optional(raw.synthetic, (v) => typeof v === "boolean")
  );
}
