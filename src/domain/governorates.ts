/** Syria's 14 governorates (muhafazat), keyed by ISO 3166-2:SY code. */
export const GOVERNORATE_CODES = [
  "SY-DI",
  "SY-RD",
  "SY-QU",
  "SY-DR",
  "SY-SU",
  "SY-HI",
  "SY-HM",
  "SY-TA",
  "SY-LA",
  "SY-ID",
  "SY-HL",
  "SY-RA",
  "SY-DY",
  "SY-HA",
] as const;

export type GovernorateCode = (typeof GOVERNORATE_CODES)[number];

export interface Governorate {
  code: GovernorateCode;
  name: string;
  nameAr: string;
  /** Other spellings met in peer datasets (UCDP, ACLED, news), lower-case, without diacritics. */
  aliases: readonly string[];
}

export const GOVERNORATES: readonly Governorate[] = [
  { code: "SY-DI", name: "Damascus", nameAr: "دمشق", aliases: ["dimashq", "damascus city"] },
  {
    code: "SY-RD",
    name: "Rif Dimashq",
    nameAr: "ريف دمشق",
    aliases: ["rif dimashq", "rural damascus", "damascus countryside", "reef damascus", "rif damashq"],
  },
  { code: "SY-QU", name: "Quneitra", nameAr: "القنيطرة", aliases: ["al quneitra", "qunaytirah", "al qunaytirah"] },
  { code: "SY-DR", name: "Daraa", nameAr: "درعا", aliases: ["dara", "deraa", "dar'a", "dar`a"] },
  { code: "SY-SU", name: "As-Suwayda", nameAr: "السويداء", aliases: ["suwayda", "sweida", "as suwayda", "as sweida"] },
  { code: "SY-HI", name: "Homs", nameAr: "حمص", aliases: ["hims"] },
  { code: "SY-HM", name: "Hama", nameAr: "حماة", aliases: ["hamah", "hamat"] },
  { code: "SY-TA", name: "Tartus", nameAr: "طرطوس", aliases: ["tartous", "tartous"] },
  {
    code: "SY-LA",
    name: "Latakia",
    nameAr: "اللاذقية",
    aliases: ["lattakia", "al ladhiqiyah", "al-ladhiqiyah", "ladhiqiyah"],
  },
  { code: "SY-ID", name: "Idlib", nameAr: "إدلب", aliases: ["idleb"] },
  { code: "SY-HL", name: "Aleppo", nameAr: "حلب", aliases: ["halab"] },
  {
    code: "SY-RA",
    name: "Raqqa",
    nameAr: "الرقة",
    aliases: ["ar raqqah", "ar-raqqah", "al raqqah", "raqqah", "rakka"],
  },
  {
    code: "SY-DY",
    name: "Deir ez-Zor",
    nameAr: "دير الزور",
    aliases: [
      "deir ez zor",
      "deir ezzor",
      "dayr az zawr",
      "deir al-zour",
      "deir al zour",
      "deir ez-zour",
      "deir-ez-zor",
    ],
  },
  {
    code: "SY-HA",
    name: "Al-Hasakah",
    nameAr: "الحسكة",
    aliases: ["hasakah", "al hasakah", "hasaka", "al-hasaka", "hassakeh", "al hasakeh"],
  },
];

const BY_CODE = new Map<string, Governorate>(GOVERNORATES.map((g) => [g.code, g]));

export function isGovernorateCode(value: unknown): value is GovernorateCode {
  return typeof value === "string" && BY_CODE.has(value);
}

export function governorateByCode(code: GovernorateCode): Governorate {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`unknown governorate ${code}`);
  return found;
}
