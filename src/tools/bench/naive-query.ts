import { EVENT_TYPES, type SecurityEvent } from "../../domain/event.ts";
import type { Filters } from "../../domain/filters.ts";
import { GOVERNORATE_CODES } from "../../domain/governorates.ts";

/**
 * The usual approach, as the benchmark's baseline: Array.filter over the event objects, then
 * every facet recounted with its own filter left out. Same results as queryEvents.
 */
export function naiveQuery(events: readonly SecurityEvent[], f: Filters) {
  const inDates = (e: SecurityEvent) =>
    e.startDay === null
      ? f.includeUndated
      : (f.from === null || e.startDay >= f.from) && (f.to === null || e.startDay <= f.to);
  const inRegions = (e: SecurityEvent) => f.regions.length === 0 || (e.admin1 !== null && f.regions.includes(e.admin1));
  const inTypes = (e: SecurityEvent) => f.types.length === 0 || f.types.includes(e.type);
  const inActors = (e: SecurityEvent) => f.actors.length === 0 || e.actors.some((a) => f.actors.includes(a));
  const inTargets = (e: SecurityEvent) => f.targets.length === 0 || e.targets.some((t) => f.targets.includes(t));
  const matches = events.filter((e) => inDates(e) && inRegions(e) && inTypes(e) && inActors(e) && inTargets(e));
  const regionCounts = new Map<string, number>(GOVERNORATE_CODES.map((c) => [c, 0]));
  for (const e of events.filter((e) => inDates(e) && inTypes(e) && inActors(e) && inTargets(e)))
    if (e.admin1) regionCounts.set(e.admin1, (regionCounts.get(e.admin1) ?? 0) + 1);
  const typeCounts = new Map<string, number>(EVENT_TYPES.map((t) => [t, 0]));
  for (const e of events.filter((e) => inDates(e) && inRegions(e) && inActors(e) && inTargets(e)))
    typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
  const actorCounts = new Map<string, number>();
  for (const e of events.filter((e) => inDates(e) && inRegions(e) && inTypes(e) && inTargets(e)))
    for (const a of e.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
  const targetCounts = new Map<string, number>();
  for (const e of events.filter((e) => inDates(e) && inRegions(e) && inTypes(e) && inActors(e)))
    for (const t of e.targets) targetCounts.set(t, (targetCounts.get(t) ?? 0) + 1);
  return { matches, regionCounts, typeCounts, actorCounts, targetCounts };
}
