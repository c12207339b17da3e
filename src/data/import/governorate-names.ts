import { GOVERNORATES, type GovernorateCode, isGovernorateCode } from "../../domain/governorates.ts";
import { normalizeText } from "../../domain/normalize-text.ts";

/**
 * Spellings of governorate names met in ACLED, UCDP and news, beyond the `aliases` of
 * src/domain/governorates.ts. Written as they appear; they are folded (case, diacritics,
 * apostrophes, hyphens) before matching, like the names they are matched against.
 */
export const EXTRA_GOVERNORATE_ALIASES: Readonly<Record<GovernorateCode, readonly string[]>> = {
  "SY-DI": ["Damas", "Madinat Dimashq"],
  "SY-RD": ["Reef Dimashq", "Rif Damascus", "Damascus Rural"],
  "SY-QU": ["Qunaitra", "Al Qunaitra", "El Quneitra", "Kuneitra"],
  "SY-DR": ["Der'a"],
  "SY-SU": ["Suwaida", "As Suwaida", "Al Suwayda", "Suweida", "Es Suweida", "Swaida"],
  "SY-HI": [],
  "SY-HM": [],
  "SY-TA": ["Tartoos"],
  "SY-LA": ["Latakiya", "Al Lathqiyah", "Lattaquie"],
  "SY-ID": ["Edlib"],
  "SY-HL": ["Alep"],
  "SY-RA": ["Ar-Raqqa", "Ar Raqqa", "Al Raqqa", "Ar Rakka"],
  "SY-DY": ["Deir el Zor", "Deir al Zor", "Deir ez Zur", "Dayr al Zawr"],
  "SY-HA": ["Hasakeh", "Al Hassakeh", "Hassake"],
};

/** Words around a governorate's name that say it is a governorate ("Homs Governorate", "محافظة حلب"). */
const ADMIN_WORDS = /^(?:muhafazat|محافظه)\s+|\s+(?:governorate|governate|province|muhafazah|muhafazat|محافظه)$/;
const ARTICLE = /^(?:al|ar|as|ad|an|ash|az|el|ed|es|ez)\s+/;

function fold(name: string): string {
  return normalizeText(name).replace(ADMIN_WORDS, "").trim();
}

const BY_NAME = new Map<string, GovernorateCode>();
function add(name: string, code: GovernorateCode): void {
  const key = fold(name);
  if (key && !BY_NAME.has(key)) BY_NAME.set(key, code);
}
for (const governorate of GOVERNORATES) {
  add(governorate.name, governorate.code);
  add(governorate.nameAr, governorate.code);
  for (const alias of governorate.aliases) add(alias, governorate.code);
  for (const alias of EXTRA_GOVERNORATE_ALIASES[governorate.code]) add(alias, governorate.code);
}

/**
 * The governorate a name stands for: an ISO code (`SY-HL`, `HL`), the English or Arabic name,
 * or a known alias, with or without "Governorate"/"Province" and a leading article ("Al", "Ar"…).
 * Returns null for anything else: an unknown name is reported, never guessed.
 */
export function governorateFromName(name: string): GovernorateCode | null {
  let code = RECENT.get(name);
  if (code === undefined) {
    code = lookUp(name);
    // Peer files repeat a handful of spellings thousands of times; remember a bounded few.
    if (RECENT.size < 1000) RECENT.set(name, code);
  }
  return code;
}
const RECENT = new Map<string, GovernorateCode | null>();

function lookUp(name: string): GovernorateCode | null {
  const trimmed = name.trim();
  const upper = trimmed.toUpperCase();
  if (isGovernorateCode(upper)) return upper;
  if (isGovernorateCode(`SY-${upper}`)) return `SY-${upper}` as GovernorateCode;
  const key = fold(trimmed);
  if (!key) return null;
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(ARTICLE, "")) ?? null;
}
