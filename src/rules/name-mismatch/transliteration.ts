// Transliteration variants of one name across European news styles: German, French and English renderings of
// Slavic names (Klitschko/Klitchko, Sakharov/Sacharov, Valujev/Valuev) and German spellings written without
// umlauts (Günther/Guenther), which are conventions, not misspellings. Only multi-letter clusters are merged
// (rules/names.json `transliterationClusters`): a one-letter change (w/v, sh/ch, c/s) is what a misspelling looks
// like, and planted one-letter misspellings of real names showed that merging those hides real errors. (name-missing
// merges more, rules/name-missing.json `transliterationSpellings`: it asks whether a name is another person's.)
import table from "../../../rules/names.json";
import { mergeSpellings, spellingKey } from "../lib/proper-names";

const CLUSTERS = table.transliterationClusters as [string, string][];

/** A folded name with the transliteration choices that differ between styles merged into one spelling. */
export function transliterationKey(folded: string): string {
  return spellingKey(mergeSpellings(folded, CLUSTERS));
}

/** True when two folded names are one name in two transliteration styles. */
export function areTransliterations(a: string, b: string): boolean {
  return transliterationKey(a) === transliterationKey(b);
}
