// The acronym rule's name in words, allowing its words' plural and gender endings ("equipos de protección personal"
// names PPE as "equipo de protección personal" does), as the glossary matches its terms (src/lang/inflect.ts).
import { termRegex } from "../../lang/inflect";
import type { Lang } from "../../types";

const REGEXES = new Map<string, RegExp>();

/** Whether folded[start, end) holds the folded name `name` of `lang`, its words perhaps inflected. */
export function inflectedNameIn(folded: string, name: string, lang: Lang, start: number, end: number): boolean {
  const key = `${lang} ${name}`;
  let re = REGEXES.get(key);
  if (!re) {
    re = termRegex(name, lang);
    REGEXES.set(key, re);
  }
  re.lastIndex = 0;
  return re.test(folded.slice(start, end));
}
