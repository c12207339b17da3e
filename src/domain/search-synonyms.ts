import { normalizeText, searchTerms } from "./normalize-text.ts";

/**
 * Names that reports spell many ways, in English, transliteration and Arabic. Searching any
 * form finds the events written with every form of its group (documented in the README,
 * "Search"). Forms are written as people type them; they are folded like the indexed text.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Armed groups
  ["ISIS", "IS", "ISIL", "Daesh", "Da'esh", "Islamic State", "داعش", "الدولة الإسلامية", "تنظيم الدولة"],
  ["HTS", "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "هيئة تحرير الشام", "تحرير الشام"],
  ["SDF", "Syrian Democratic Forces", "قسد", "قوات سوريا الديمقراطية"],
  ["Hezbollah", "Hizbollah", "Hizballah", "حزب الله"],
  // Drugs
  ["Captagon", "كبتاغون", "كبتاجون"],
  // Governorates and cities
  ["Deir ez-Zor", "Deir al-Zour", "Deir ez Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zor", "دير الزور"],
  ["Idlib", "Idleb", "إدلب"],
  ["Raqqa", "Raqqah", "ar-Raqqah", "al-Raqqa", "الرقة"],
  ["Aleppo", "Halab", "حلب"],
  ["Damascus", "Dimashq", "دمشق"],
  ["Rif Dimashq", "Rural Damascus", "Damascus Countryside", "ريف دمشق"],
  ["Daraa", "Deraa", "Dar'a", "درعا"],
  ["Hasakah", "Hasaka", "al-Hasakah", "Hassakeh", "Hasakeh", "الحسكة"],
  ["Latakia", "Lattakia", "Latakiya", "al-Ladhiqiyah", "اللاذقية"],
  ["Tartus", "Tartous", "طرطوس"],
  ["Suwayda", "Sweida", "as-Suwayda", "Suwaida", "السويداء"],
  ["Quneitra", "Qunaitira", "القنيطرة"],
  ["Homs", "حمص"],
  ["Hama", "Hamah", "حماة"],
];

/** One way a clause can be satisfied: a folded text, found anywhere or only as whole words. */
export interface SearchAlternative {
  text: string;
  /** Short Latin forms ("IS") would match inside ordinary words ("this"): they must stand alone. */
  wholeWord: boolean;
}

/** An event matches a clause when its text holds any of the alternatives. */
export type SearchClause = readonly SearchAlternative[];

const WHOLE_WORD_MAX = 3;
const LATIN = /^[a-z0-9 ]+$/;

function alternative(folded: string): SearchAlternative {
  return { text: folded, wholeWord: folded.length <= WHOLE_WORD_MAX && LATIN.test(folded) };
}

interface FoldedGroup {
  words: readonly string[][];
  clause: SearchClause;
}

let folded: FoldedGroup[] | null = null;

function foldedGroups(): FoldedGroup[] {
  folded ??= SYNONYM_GROUPS.map((group) => {
    const forms = [...new Set(group.map(normalizeText).filter(Boolean))];
    return { words: forms.map((form) => form.split(" ")), clause: forms.map(alternative) };
  });
  return folded;
}

/** The group whose form is exactly `words[at .. at + length)`, longest form first. */
function formAt(words: readonly string[], at: number): { clause: SearchClause; length: number } | null {
  let best: { clause: SearchClause; length: number } | null = null;
  for (const group of foldedGroups()) {
    for (const form of group.words) {
      if (form.length > words.length - at || (best && form.length <= best.length)) continue;
      if (form.every((word, k) => words[at + k] === word)) best = { clause: group.clause, length: form.length };
    }
  }
  return best;
}

/**
 * A query as clauses: each known name (one or several words) becomes one clause holding every
 * form of its group; every other word is a clause of its own, found anywhere in the text.
 */
export function searchClauses(query: string): SearchClause[] {
  const words = searchTerms(query);
  const clauses: SearchClause[] = [];
  for (let at = 0; at < words.length; ) {
    const known = formAt(words, at);
    if (known) {
      clauses.push(known.clause);
      at += known.length;
    } else {
      clauses.push([{ text: words[at] as string, wholeWord: false }]);
      at++;
    }
  }
  return clauses;
}
