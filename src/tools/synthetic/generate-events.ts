import { formatDay, parseIsoDate } from "../../domain/dates.ts";
import { EVENT_TYPES, type EventRecord, type EventType, type LocationPrecision } from "../../domain/event.ts";

/**
 * Synthetic events for tests and benchmarks only: every record says `synthetic: true` and its
 * title starts with "[SYNTHETIC]". Deterministic for a seed, so benchmarks compare like with like.
 */

export interface SyntheticPlace {
  name: string;
  lat: number;
  lon: number;
  /** Relative weight: roughly the town's population in thousands (approximate, for realism only). */
  weight: number;
}

export interface SyntheticOptions {
  count: number;
  seed: number;
  places: readonly SyntheticPlace[];
  /** Governorate label points for imprecise events. */
  regionPoints: readonly { name: string; lat: number; lon: number }[];
  firstDay?: string;
  years?: number;
}

const ACTORS = [
  "General Security Service",
  "Syrian Ministry of Interior",
  "SDF",
  "US CENTCOM",
  "Syrian Army",
  "Internal Security Forces (Asayish)",
  "Anti-Narcotics Department",
  "General Intelligence Directorate",
];
const TARGETS = [
  "ISIS",
  "Assad-era officers",
  "Captagon smugglers",
  "weapons smugglers",
  "Hezbollah-linked cell",
  "kidnapping gang",
];
const TYPE_WEIGHTS: Record<EventType, number> = {
  raid: 30,
  arrest: 25,
  "cell-dismantled": 8,
  strike: 10,
  clash: 8,
  seizure: 12,
  "foiled-plot": 3,
  campaign: 1,
  other: 3,
};

/** Mulberry32: small, fast, good enough for synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number, random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

/** Roughly Gaussian jitter (a sum of uniforms), so events cluster around towns. */
function jitter(random: () => number, spread: number): number {
  return (random() + random() + random() - 1.5) * spread;
}

export function* generateEvents(options: SyntheticOptions): Generator<EventRecord> {
  const random = seededRandom(options.seed);
  const pickPlace = weightedPicker(options.places, (p) => p.weight, random);
  const pickType = weightedPicker(EVENT_TYPES, (t) => TYPE_WEIGHTS[t], random);
  const firstDay = parseIsoDate(options.firstDay ?? "2016-01-01")?.startDay ?? 16_801;
  const span = Math.round((options.years ?? 10) * 365.25);
  // Bursts: periods of intense activity, as real conflict data has.
  const bursts = Array.from({ length: 40 }, () => ({
    day: firstDay + Math.floor(random() * span),
    width: 3 + random() * 40,
  }));

  for (let i = 0; i < options.count; i++) {
    const type = pickType();
    let day: number | null = null;
    if (random() >= 0.02) {
      if (random() < 0.35) {
        const burst = bursts[Math.floor(random() * bursts.length)] as { day: number; width: number };
        day = Math.round(burst.day + jitter(random, burst.width));
      } else day = firstDay + Math.floor(random() * span);
      day = Math.min(firstDay + span - 1, Math.max(firstDay, day));
    }
    let location: EventRecord["location"];
    if (random() < 0.01) location = null;
    else if (random() < 0.06) {
      const region = options.regionPoints[Math.floor(random() * options.regionPoints.length)] as SyntheticPlace;
      location = { name: `${region.name} (governorate)`, lat: region.lat, lon: region.lon, precision: "governorate" };
    } else {
      const place = pickPlace();
      const exact = random() < 0.3;
      const precision: LocationPrecision = exact ? "exact" : "town";
      const spread = exact ? 0.08 : 0.01;
      location = {
        name: place.name,
        lat: Number((place.lat + jitter(random, spread)).toFixed(5)),
        lon: Number((place.lon + jitter(random, spread)).toFixed(5)),
        precision,
      };
    }
    const actor = ACTORS[Math.floor(random() * ACTORS.length)] as string;
    const target = TARGETS[Math.floor(random() * TARGETS.length)] as string;
    const arrested = type === "arrest" || type === "raid" ? Math.floor(random() * 8) : null;
    const id = `syn-${i.toString(36)}`;
    yield {
      id,
      date: day === null ? null : formatDay(day),
      title: `[SYNTHETIC] ${type}, ${location?.name ?? "no place"}`,
      summary: "Synthetic: not a real event.",
      type,
      actors: random() < 0.2 ? [actor, ACTORS[(ACTORS.indexOf(actor) + 1) % ACTORS.length] as string] : [actor],
      targets: [target],
      location,
      outcome: arrested === null ? {} : { arrested },
      sources: [{ name: "Synthetic", url: `https://example.org/s/${id}` }],
      synthetic: true,
    };
  }
}
