// People's names survive translation; a capitalised run the translation renders in other words ("Comunidad Islámica"
// for "Islamic Community", "Middle East" for "Oriente Medio") names a body or place, not a person.
import type { PersonMark } from "./sentence-evidence";
import { normalizeName } from "./words";

const WORD = /[\p{L}\p{M}]+/gu;

/** Whether two normalised words are the same name, spelt alike or one letter apart ("Saoud", "Saud"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  // One substitution, or one letter more in the longer word.
  return long.slice(i + 1) === short.slice(i + (long.length === short.length ? 1 : 0));
}

/** Whether every word of a name mark appears, as a name, among the words of the other side's sentence. */
export function nameKept(mark: PersonMark, other: string): boolean {
  const words = [...other.matchAll(WORD)].map((m) => normalizeName(m[0]));
  // A possessive ending ("Tinubu's") is no word of the name.
  return [...mark.text.matchAll(WORD)].every((t) => {
    if (t[0].length < 2) return true;
    const n = normalizeName(t[0]);
    return words.some((w) => sameName(n, w));
  });
}

/** The marks less the unknown people whose names the other side's sentence does not keep. */
export function withoutTranslatedNames(marks: PersonMark[], other: string): PersonMark[] {
  return marks.filter((m) => m.kind !== "name" || m.gender !== "unknown" || nameKept(m, other));
}
