import type { DatePrecision, EventRecord, SecurityEvent } from "./event.ts";
import type { GovernorateCode } from "./governorates.ts";

/** What loading settles about a record beyond its own fields. */
export interface ResolvedFields {
  datePrecision: DatePrecision;
  startDay: number | null;
  endDay: number | null;
  admin1: GovernorateCode | null;
}

/**
 * Builds the event with every field in a fixed order, present or not, so all events share one
 * object shape: property reads on the hot paths stay monomorphic.
 */
export function toSecurityEvent(record: EventRecord, resolved: ResolvedFields): SecurityEvent {
  const l = record.location;
  return {
    id: record.id,
    date: record.date,
    datePrecision: resolved.datePrecision,
    endDate: record.endDate,
    title: record.title,
    titleAr: record.titleAr,
    summary: record.summary,
    summaryAr: record.summaryAr,
    type: record.type,
    actors: record.actors,
    forceGroups: record.forceGroups,
    targets: record.targets,
    location: l
      ? {
          name: l.name,
          nameAr: l.nameAr,
          lat: l.lat,
          lon: l.lon,
          precision: l.precision,
          admin1: resolved.admin1 ?? undefined,
          area: l.area,
          coordinateSource: l.coordinateSource,
        }
      : null,
    outcome: record.outcome,
    sources: record.sources,
    confidence: record.confidence,
    tags: record.tags,
    synthetic: record.synthetic,
    startDay: resolved.startDay,
    endDay: resolved.endDay,
    admin1: resolved.admin1,
  };
}
