import { parseIsoDate } from "../../domain/dates.ts";
import type { EventRecord, SecurityEvent } from "../../domain/event.ts";

/**
 * The format v1 record of a loaded event: what the loader derived (day numbers, the top-level
 * governorate) is left out, absent members are not written, and `datePrecision` only when it
 * says more than the date itself, so the record reads back to the same event.
 */
export function eventRecordOf(event: SecurityEvent | EventRecord): EventRecord {
  const inferred = event.date === null ? "unknown" : (parseIsoDate(event.date)?.precision ?? null);
  const location = event.location;
  const outcome = event.outcome;
  const record: EventRecord = {
    id: event.id,
    date: event.date,
    ...(event.datePrecision !== undefined && event.datePrecision !== inferred
      ? { datePrecision: event.datePrecision }
      : {}),
    ...(event.endDate !== undefined ? { endDate: event.endDate } : {}),
    title: event.title,
    ...(event.titleAr !== undefined ? { titleAr: event.titleAr } : {}),
    summary: event.summary,
    ...(event.summaryAr !== undefined ? { summaryAr: event.summaryAr } : {}),
    type: event.type,
    actors: [...event.actors],
    ...(event.forceGroups !== undefined ? { forceGroups: [...event.forceGroups] } : {}),
    targets: [...event.targets],
    location: location
      ? {
          name: location.name,
          ...(location.nameAr !== undefined ? { nameAr: location.nameAr } : {}),
          lat: location.lat,
          lon: location.lon,
          precision: location.precision,
          ...(location.admin1 !== undefined ? { admin1: location.admin1 } : {}),
          ...(location.area !== undefined ? { area: location.area } : {}),
          ...(location.coordinateSource !== undefined ? { coordinateSource: location.coordinateSource } : {}),
        }
      : null,
    outcome: {
      ...(outcome.arrested !== undefined ? { arrested: outcome.arrested } : {}),
      ...(outcome.killed !== undefined ? { killed: outcome.killed } : {}),
      ...(outcome.wounded !== undefined ? { wounded: outcome.wounded } : {}),
      ...(outcome.seized !== undefined ? { seized: [...outcome.seized] } : {}),
      ...(outcome.notes !== undefined ? { notes: outcome.notes } : {}),
    },
    sources: event.sources.map((source) => ({
      name: source.name,
      url: source.url,
      ...(source.published !== undefined ? { published: source.published } : {}),
    })),
    ...(event.confidence !== undefined
      ? { confidence: { level: event.confidence.level, reason: event.confidence.reason } }
      : {}),
    ...(event.tags !== undefined ? { tags: [...event.tags] } : {}),
    ...(event.synthetic !== undefined ? { synthetic: event.synthetic } : {}),
  };
  return record;
}
