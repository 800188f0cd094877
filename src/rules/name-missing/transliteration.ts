// One person's name transliterated two ways ("Nikolay Valuev" / "Nikolai Walujew", "Mikhail Khodorkovsky" /
// "Michail Chodorkowski"): the same given name, and surnames that are near once the spellings by which the
// languages' transliterations differ (rules/name-missing.json `transliterationSpellings`) are merged.
import table from "../../../rules/name-missing.json";
import { mergeSpellings } from "../lib/proper-names";
import { near, type Person } from "./people";

/** [written, merged] pairs, applied in order (longer spellings first: "tsch" before "sch"). */
const SPELLINGS = (table as unknown as { transliterationSpellings: [string, string][] }).transliterationSpellings;

/** A folded word with the transliteration spellings merged: "walujew" and "valuev" become "valuiev" and "valuev". */
export function transliterationKey(folded: string): string {
  return mergeSpellings(folded, SPELLINGS);
}

/** True when two names of two words or more are one person's: given names and last words near once merged. */
export function sameTransliterated(a: Person, b: Person): boolean {
  if (a.words.length < 2 || b.words.length < 2) return false;
  const nearKeys = (x: string, y: string) => near(transliterationKey(x), transliterationKey(y));
  return nearKeys(a.words[0], b.words[0]) && nearKeys(a.words[a.words.length - 1], b.words[b.words.length - 1]);
}
