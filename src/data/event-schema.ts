import { z } from "zod";
import { AREA_CODES } from "../domain/areas.ts";
import {
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  type DatasetMetadata,
  EVENT_ID_PATTERN,
  EVENT_TYPES,
  type EventRecord,
  LOCATION_PRECISIONS,
} from "../domain/event.ts";
import { FORCE_GROUPS } from "../domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../domain/governorates.ts";
import { isHttpLink } from "../domain/http-link.ts";

/**
 * Dataset format v1. This module is the single definition: the TypeScript types are checked
 * against it below, and public/schema/events.v1.json is generated from it (`npm run schema`).
 */
export const FORMAT_ID = "syria-security-events/v1";

// The page's Content-Security-Policy forbids eval; without this, zod would try `new Function`.
z.config({ jitless: true });

/** Longest text we accept in one field; longer values are reports of a broken or hostile file. */
const MAX_TEXT = 20_000;
const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);

/** A date as format v1 writes it: YYYY-MM-DD, YYYY-MM or YYYY (whether it exists is checked later). */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDate = z.string().regex(ISO_DATE_PATTERN, "must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY");

/** Names the schema's one refinement in its issues, so the loader can say it in any language. */
export const HTTP_LINK_CHECK = "http-link";

const httpUrl = z
  .string()
  .max(2048)
  .refine(isHttpLink, {
    message: "must be an http(s) URL",
    params: { check: HTTP_LINK_CHECK },
  })
  .meta({ format: "uri", pattern: "^https?://" });

const eventId = z.string().regex(EVENT_ID_PATTERN, "must be 1-120 URL-safe characters (letters, digits, . _ ~ -)");

const count = z.number().int().min(0).max(1_000_000).nullable().optional();

export const locationSchema = z
  .object({
    name: text(300).describe("The place as reported"),
    nameAr: text(300).optional().describe("The place in Arabic"),
    lat: z.number().min(-90).max(90).describe("Latitude, WGS 84 degrees"),
    lon: z.number().min(-180).max(180).describe("Longitude, WGS 84 degrees"),
    precision: z.enum(LOCATION_PRECISIONS).describe("How precisely the point stands for the place"),
    admin1: z
      .enum(GOVERNORATE_CODES)
      .optional()
      .describe("ISO 3166-2:SY governorate; filled from lat/lon when absent, unless the place is an area"),
    area: z
      .enum(AREA_CODES)
      .optional()
      .describe(
        "Set when the report places the event only in an area spanning governorates (the Badia, the north-west…): the event belongs to no single governorate, admin1 must be absent, precision is region and the point is representative",
      ),
    coordinateSource: text(300).optional().describe("Gazetteer and identifier the coordinates came from"),
  })
  .strict();

export const eventRecordSchema = z
  .object({
    id: eventId.describe("Stable, URL-safe, unique identifier"),
    date: isoDate.nullable().describe("YYYY-MM-DD, YYYY-MM or YYYY; null when no report gives a date"),
    datePrecision: z.enum(DATE_PRECISIONS).optional().describe("Inferred from the date when absent"),
    endDate: isoDate.optional().describe("Last day of a multi-day event"),
    title: text(300),
    titleAr: text(300).optional(),
    summary: text(),
    summaryAr: text().optional(),
    type: z.enum(EVENT_TYPES),
    actors: z.array(text(300)).max(50).describe("Operating forces"),
    forceGroups: z
      .array(z.enum(FORCE_GROUPS))
      .min(1)
      .max(FORCE_GROUPS.length)
      .optional()
      .describe(
        "Who acted, in plain groups: syrian-government (the Syrian state's forces), sdf-asayish (SDF and the north-east's Internal Security Forces), foreign (another state's forces; the actors name it), other (any other armed group). A joint operation lists each group",
      ),
    targets: z.array(text(300)).max(50).describe("Targeted groups or people"),
    location: locationSchema.nullable().describe("null when no report places the event more precisely than Syria"),
    outcome: z
      .object({
        arrested: count,
        killed: count,
        wounded: count,
        seized: z.array(text(500)).max(100).optional(),
        notes: text(2000).optional(),
      })
      .strict()
      .describe("Counts as reported; absent or null means not reported, never zero"),
    sources: z
      .array(z.object({ name: text(300), url: httpUrl, published: isoDate.optional() }).strict())
      .min(1)
      .max(50),
    confidence: z
      .object({ level: z.enum(CONFIDENCE_LEVELS), reason: text(2000) })
      .strict()
      .optional(),
    tags: z.array(text(100)).max(50).optional(),
    synthetic: z.boolean().optional().describe("True on generated test and benchmark data"),
  })
  .strict();

export const narrativeSchema = z
  .object({
    id: eventId.describe("Stable, URL-safe identifier: ?story=<id> opens it"),
    title: text(300),
    titleAr: text(300).optional(),
    summary: text(2000),
    summaryAr: text(2000).optional(),
    steps: z
      .array(
        z
          .object({
            event: eventId.describe("Id of the event the step rests on"),
            text: text(2000).describe("Plain text, in the dataset's language"),
            textAr: text(2000).optional(),
            view: z
              .object({
                lat: z.number().min(-90).max(90),
                lon: z.number().min(-180).max(180),
                zoom: z.number().min(0).max(20),
              })
              .strict()
              .optional()
              .describe("Where the map goes; without it, the map centres on the event"),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict()
  .describe("A story: an ordered path through the dataset's events, with text");

export const metadataSchema = z.object({
  title: text(300),
  description: text().optional(),
  license: text(500).optional(),
  updated: isoDate.optional(),
  sources: z.array(text(2000)).max(200).optional(),
  narratives: z.array(narrativeSchema).max(100).optional(),
});

export const datasetSchema = metadataSchema.extend({
  format: z.literal(FORMAT_ID).optional(),
  events: z.array(eventRecordSchema),
});

// Compile-time guarantee that the schema and the domain types describe the same shape.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const recordTypesAgree: Equals<z.output<typeof eventRecordSchema>, EventRecord> = true;
const metadataTypesAgree: Equals<z.output<typeof metadataSchema>, DatasetMetadata> = true;
void recordTypesAgree;
void metadataTypesAgree;

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    title: "Reported security operations in Syria: dataset format v1",
    ...z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
  };
}
