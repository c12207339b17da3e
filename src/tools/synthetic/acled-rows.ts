import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { formatDay, parseIsoDate } from "../../domain/dates.ts";
import { seededRandom } from "./generate-events.ts";

/**
 * Synthetic ACLED export rows for benchmarks: ACLED's own columns, at the real coordinates of the
 * UCDP GED Syria sample (so the map shows a realistic spread), everything else generated. Every
 * row says it is synthetic: its source is "SYNTHETIC", its notes start with "[SYNTHETIC]" and its
 * actors are marked "(synthetic)".
 */

/** ACLED's column order, as its export tool writes it (2020s layout). */
export const ACLED_COLUMNS = [
  "data_id",
  "iso",
  "event_id_cnty",
  "event_id_no_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "timestamp",
  "iso3",
] as const;

export interface RealPoint {
  place: string;
  admin1: string;
  admin2: string;
  lat: string;
  lon: string;
}

/** The places and coordinates of every row of a UCDP GED CSV file (as written, not rounded). */
export function realPointsFromUcdp(path: string): RealPoint[] {
  const table = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const points: RealPoint[] = [];
  for (const row of table.data) {
    const lat = row.latitude?.trim();
    const lon = row.longitude?.trim();
    if (!lat || !lon || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) continue;
    points.push({
      place: (row.where_coordinates ?? "").replace(/\s+(village|town|city|district|governorate)$/i, ""),
      admin1: (row.adm_1 ?? "").replace(/\s+governorate$/i, ""),
      admin2: (row.adm_2 ?? "").replace(/\s+district$/i, ""),
      lat,
      lon,
    });
  }
  if (points.length === 0) throw new Error(`${path} holds no rows with coordinates`);
  return points;
}

/** ACLED event type → sub-event types, with a rough weight each (Syria's mix, approximately). */
const SUB_EVENTS: readonly { eventType: string; sub: string; weight: number }[] = [
  { eventType: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", weight: 30 },
  { eventType: "Explosions/Remote violence", sub: "Air/drone strike", weight: 18 },
  { eventType: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", weight: 6 },
  { eventType: "Battles", sub: "Armed clash", weight: 20 },
  { eventType: "Battles", sub: "Government regains territory", weight: 1 },
  { eventType: "Violence against civilians", sub: "Attack", weight: 7 },
  { eventType: "Violence against civilians", sub: "Abduction/forced disappearance", weight: 2 },
  { eventType: "Strategic developments", sub: "Arrests", weight: 5 },
  { eventType: "Strategic developments", sub: "Disrupted weapons use", weight: 2 },
  { eventType: "Strategic developments", sub: "Looting/property destruction", weight: 2 },
  { eventType: "Protests", sub: "Peaceful protest", weight: 7 },
];
const ACTORS = [
  "Military Forces of Syria (synthetic)",
  "SDF: Syrian Democratic Forces (synthetic)",
  "Military Forces of Turkey (synthetic)",
  "HTS: Hayat Tahrir al Sham (synthetic)",
  "Islamic State (synthetic)",
  "Military Forces of Russia (synthetic)",
  "Unidentified Armed Group (Syria) (synthetic)",
  "Civilians (Syria) (synthetic)",
];
const ASSOCIATED = ["", "", "", "NDF: National Defence Forces (synthetic)", "Tribal Militia (synthetic)"];
const SOURCES = ["SYNTHETIC", "SYNTHETIC; SYNTHETIC local partner"];

function weightedIndex(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let target = random() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] as number;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line per row (the header first), deterministic for a seed. */
export function* generateAcledLines(options: {
  count: number;
  seed: number;
  points: readonly RealPoint[];
}): Generator<string> {
  const random = seededRandom(options.seed);
  const firstDay = parseIsoDate("2016-01-01")?.startDay ?? 16_801;
  const span = Math.round(10 * 365.25);
  const bursts = Array.from({ length: 40 }, () => ({
    day: firstDay + Math.floor(random() * span),
    width: 3 + random() * 40,
  }));
  const subWeights = SUB_EVENTS.map((s) => s.weight);
  yield ACLED_COLUMNS.join(",");
  for (let i = 0; i < options.count; i++) {
    let day: number;
    if (random() < 0.35) {
      const burst = bursts[Math.floor(random() * bursts.length)] as { day: number; width: number };
      day = Math.round(burst.day + (random() + random() + random() - 1.5) * burst.width);
    } else day = firstDay + Math.floor(random() * span);
    day = Math.min(firstDay + span - 1, Math.max(firstDay, day));
    const date = formatDay(day);
    const point = options.points[Math.floor(random() * options.points.length)] as RealPoint;
    const event = SUB_EVENTS[weightedIndex(subWeights, random)] as (typeof SUB_EVENTS)[number];
    const actor1 = ACTORS[Math.floor(random() * ACTORS.length)] as string;
    const actor2 = random() < 0.7 ? (ACTORS[Math.floor(random() * ACTORS.length)] as string) : "";
    const assoc = ASSOCIATED[Math.floor(random() * ASSOCIATED.length)] as string;
    const fatalities = random() < 0.6 ? 0 : Math.floor(random() * 12);
    const geoPrecision = random() < 0.7 ? "1" : random() < 0.8 ? "2" : "3";
    const timePrecision = random() < 0.9 ? "1" : random() < 0.7 ? "2" : "3";
    const number = 100_000 + i;
    const notes = `[SYNTHETIC] Not a real event. On ${date}, ${actor1} ${event.sub.toLowerCase()} reported near ${point.place || "an unnamed place"} (${point.admin2}, ${point.admin1})${actor2 ? ` against ${actor2}` : ""}. ${fatalities ? `${fatalities} fatalities coded.` : "No fatalities coded."} Generated for the load benchmark.`;
    const row: Record<(typeof ACLED_COLUMNS)[number], string> = {
      data_id: String(9_000_000 + i),
      iso: "760",
      event_id_cnty: `SYR${number}`,
      event_id_no_cnty: String(number),
      event_date: date,
      year: date.slice(0, 4),
      time_precision: timePrecision,
      event_type: event.eventType,
      sub_event_type: event.sub,
      actor1,
      assoc_actor_1: assoc,
      inter1: "1",
      actor2,
      assoc_actor_2: "",
      inter2: actor2 ? "2" : "0",
      interaction: actor2 ? "12" : "10",
      region: "Middle East",
      country: "Syria",
      admin1: point.admin1,
      admin2: point.admin2,
      admin3: "",
      location: point.place,
      latitude: point.lat,
      longitude: point.lon,
      geo_precision: geoPrecision,
      source: SOURCES[Math.floor(random() * SOURCES.length)] as string,
      source_scale: "Other",
      notes,
      fatalities: String(fatalities),
      timestamp: String(1_700_000_000 + i),
      iso3: "SYR",
    };
    yield ACLED_COLUMNS.map((column) => csvCell(row[column])).join(",");
  }
}
