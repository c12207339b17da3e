import type { SecurityEvent } from "../../domain/event.ts";
import type { EventIndex } from "../../domain/event-index.ts";
import { governorateByCode } from "../../domain/governorates.ts";
import { countDated } from "../../domain/sorted-positions.ts";
import { LOCALES } from "../../i18n/format.ts";
import type { Language, ListSort } from "../../url/url-state.ts";

/** Dated descending, then undated in their usual order. */
function newestFirst(index: EventIndex, positions: Uint32Array): Uint32Array {
  const dated = countDated(positions, index.datedCount);
  const out = new Uint32Array(positions.length);
  for (let i = 0; i < dated; i++) out[i] = positions[dated - 1 - i] as number;
  out.set(positions.subarray(dated), dated);
  return out;
}

/** Arrested plus killed, counting only what was reported; null when neither was. */
export function outcomeTotal(event: SecurityEvent): number | null {
  const { arrested, killed } = event.outcome;
  const known = [arrested, killed].filter((n): n is number => typeof n === "number");
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

export function placeName(event: SecurityEvent, lang: Language): string | null {
  const location = event.location;
  if (!location) return null;
  return lang === "ar" && location.nameAr ? location.nameAr : location.name;
}

export function governorateLabel(event: SecurityEvent, lang: Language): string | null {
  if (!event.admin1) return null;
  const governorate = governorateByCode(event.admin1);
  return lang === "ar" ? governorate.nameAr : governorate.name;
}

/**
 * The matches in list order. The query gives positions in date order (dated ascending, then
 * undated); "oldest" is that order as is. "place" and "outcome" are stable sorts over the
 * newest-first order, so ties read newest first.
 *  - place: by place name, then governorate (in the interface language); unlocated last.
 *  - outcome: arrested + killed, largest first; events reporting neither last.
 */
export function sortPositions(index: EventIndex, positions: Uint32Array, sort: ListSort, lang: Language): Uint32Array {
  if (sort === "oldest") return positions;
  const newest = newestFirst(index, positions);
  if (sort === "newest") return newest;

  const items = Array.from(newest, (p) => ({ p, event: index.eventAt(p) }));
  if (sort === "place") {
    const collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
    const keyed = items.map((item) => ({
      p: item.p,
      place: placeName(item.event, lang),
      governorate: governorateLabel(item.event, lang),
    }));
    keyed.sort((a, b) => {
      if (a.place === null || b.place === null) return (a.place === null ? 1 : 0) - (b.place === null ? 1 : 0);
      const byPlace = collator.compare(a.place, b.place);
      if (byPlace !== 0) return byPlace;
      if (a.governorate === null || b.governorate === null)
        return (a.governorate === null ? 1 : 0) - (b.governorate === null ? 1 : 0);
      return collator.compare(a.governorate, b.governorate);
    });
    return Uint32Array.from(keyed, (k) => k.p);
  }

  const keyed = items.map((item) => ({ p: item.p, total: outcomeTotal(item.event) }));
  keyed.sort((a, b) => {
    if (a.total === null || b.total === null) return (a.total === null ? 1 : 0) - (b.total === null ? 1 : 0);
    return b.total - a.total;
  });
  return Uint32Array.from(keyed, (k) => k.p);
}
