// Transliteration variants of one name across European news styles: German, French and English renderings of
// Slavic names (Klitschko/Klitchko, Sakharov/Sacharov, Valujev/Valuev) and German spellings written without
// umlauts (Günther/Guenther), which are conventions, not misspellings. Only multi-letter clusters are merged
// (rules/names.json `transliterationClusters`): a one-letter change (w/v, sh/ch, c/s) is what a misspelling looks
// like, and planted one-letter misspellings of real names showed that merging those hides real errors. (name-missing
// merges more, rules/name-missing.json `transliterationSpellings`: it asks whether a name is another person's.)
// A language's own habit is merged in its own words only (`transliterationByLanguage`: French writes sh as ch,
// "Saakachvili"), and spellings the press writes interchangeably are one (`spellingVariants`: Taliban/Taleban).
import table from "../../../rules/names.json";
import { fold } from "../../lang/normalize";
import type { Lang } from "../../types";
import { mergeSpellings, spellingKey } from "../lib/proper-names";

const CLUSTERS = table.transliterationClusters as [string, string][];
const BY_LANGUAGE = table.transliterationByLanguage as Partial<Record<Lang, [string, string][]>>;
/** Each folded spelling variant and the first spelling of its row. */
const VARIANTS = new Map<string, string>(
  (table.spellingVariants as string[][]).flatMap((row) => row.map((v): [string, string] => [fold(v), fold(row[0])])),
);

/**
 * A folded name with the transliteration choices that differ between styles merged; with `lang`, then also the
 * habits of that language's press (after the shared clusters, so that "tsch" is merged before French "ch").
 */
export function transliterationKey(folded: string, lang?: Lang): string {
  const merged = mergeSpellings(VARIANTS.get(folded) ?? folded, CLUSTERS);
  const own = lang === undefined ? undefined : BY_LANGUAGE[lang];
  return spellingKey(own ? mergeSpellings(merged, own) : merged);
}

/**
 * True when two folded names are one name in two transliteration styles: the shared styles, or each in the habit
 * of its own language's press (`aLang`, `bLang`) when they are given.
 */
export function areTransliterations(a: string, b: string, aLang?: Lang, bLang?: Lang): boolean {
  if (transliterationKey(a) === transliterationKey(b)) return true;
  return (aLang !== undefined || bLang !== undefined) && transliterationKey(a, aLang) === transliterationKey(b, bLang);
}
