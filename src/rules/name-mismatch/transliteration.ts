// Transliteration variants of one name across European news styles: German, French and English renderings of
// Slavic names (Klitschko/Klitchko, Sakharov/Sacharov, Valujev/Valuev) and German spellings written without
// umlauts (Günther/Guenther), which are conventions, not misspellings. Only multi-letter clusters are merged: a
// one-letter change (w/v, sh/ch, c/s) is what a misspelling looks like, and planted one-letter misspellings of
// real names showed that merging those hides real errors.
import { spellingKey } from "../lib/proper-names";

/** A folded name with the transliteration choices that differ between styles merged into one spelling. */
export function transliterationKey(folded: string): string {
  const merged = folded
    .replace(/uje/g, "ue")
    .replace(/tsch|tch/g, "ch")
    .replace(/sch/g, "sh")
    .replace(/kh/g, "ch")
    .replace(/ue/g, "u")
    .replace(/oe/g, "o");
  return spellingKey(merged);
}

/** True when two folded names are one name in two transliteration styles. */
export function areTransliterations(a: string, b: string): boolean {
  return transliterationKey(a) === transliterationKey(b);
}
