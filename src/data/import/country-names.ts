import type { Language } from "../../i18n/language.ts";

/*
 * Country names as export files write them (ACLED's "Democratic Republic of Congo", UCDP's
 * "DR Congo (Zaire)"), said in the interface's language. The name is matched to its ISO 3166
 * code through the runtime's own English region names (Intl.DisplayNames, offline, no table to
 * ship), with the spellings ACLED and UCDP use where those differ; the code is then named in the
 * language asked for. A name that matches nothing is shown as the file wrote it.
 */

/** Spellings of ACLED and UCDP that the runtime's English names do not use. */
const ALIASES: Readonly<Record<string, string>> = {
  "democratic republic of congo": "CD",
  "democratic republic of the congo": "CD",
  "dr congo": "CD",
  "dr congo (zaire)": "CD",
  "republic of congo": "CG",
  congo: "CG",
  "ivory coast": "CI",
  "cote d'ivoire": "CI",
  eswatini: "SZ",
  swaziland: "SZ",
  palestine: "PS",
  "czech republic": "CZ",
  turkey: "TR",
  russia: "RU",
  "russia (soviet union)": "RU",
  "yemen (north yemen)": "YE",
  "serbia (yugoslavia)": "RS",
  "cambodia (kampuchea)": "KH",
  "zimbabwe (rhodesia)": "ZW",
  "madagascar (malagasy)": "MG",
  burma: "MM",
  "east timor": "TL",
  "cape verde": "CV",
  "united states of america": "US",
  "north korea": "KP",
  "south korea": "KR",
  macedonia: "MK",
  "kingdom of eswatini": "SZ",
  "bosnia-herzegovina": "BA",
  "vatican city": "VA",
};

function key(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let codesByName: Map<string, string> | null = null;

/** The runtime's English name of every region code, keyed as `key` reads names. */
function englishNames(): Map<string, string> {
  if (codesByName) return codesByName;
  codesByName = new Map(Object.entries(ALIASES));
  if (typeof Intl.DisplayNames !== "function") return codesByName;
  const english = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = english.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && !/unknown/i.test(name)) {
        const k = key(name);
        if (!codesByName.has(k)) codesByName.set(k, code);
      }
    }
  return codesByName;
}

/** The ISO 3166 code of a country as an export file names it, or null. */
export function countryCode(name: string): string | null {
  const names = englishNames();
  const k = key(name);
  return names.get(k) ?? names.get(k.replace(/\s*\(.*\)\s*$/, "")) ?? null;
}

const displayNames = new Map<Language, Intl.DisplayNames | null>();

/** A country's name in a language: English as the file wrote it, others by its ISO code. */
export function countryNameIn(name: string, lang: Language): string {
  if (lang === "en") return name;
  const code = countryCode(name);
  if (!code) return name;
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([lang], { type: "region" }) : null;
    displayNames.set(lang, names);
  }
  return names?.of(code) ?? name;
}
