// Words known to be of each language, folded: the content words of the bilingual anchor lexicon
// (rules/anchor-lexicon.json, one row per concept with a column per language) and the most
// common words of each language (rules/common-words.json). Evidence of which language a word is in.
import { foldWord } from "../../align/anchors";
import lexicon from "../../../rules/anchor-lexicon.json";
import common from "../../../rules/common-words.json";

/** The folded words of one language: its lexicon column, then its common words (empty when it has none). */
function collect(lang: string): Set<string> {
  const set = new Set<string>();
  const add = (words: string[]) => {
    for (const w of words) for (const part of w.split(/\s+/)) if (part) set.add(foldWord(part));
  };
  // One row per concept, a column per language: a string or a list of forms.
  for (const row of lexicon.rows as Record<string, string | string[]>[]) {
    const forms = Object.hasOwn(row, lang) ? row[lang] : undefined;
    if (forms !== undefined) add(typeof forms === "string" ? [forms] : forms);
  }
  const words = lang.startsWith("_") ? undefined : (common as Record<string, unknown>)[lang];
  if (Object.hasOwn(common, lang) && Array.isArray(words)) add(words);
  return set;
}

/** Each language's words, collected when the language is first asked about (a check asks about two or three). */
const WORDS = new Map<string, ReadonlySet<string>>();

/** The folded known words of a language (empty when there are none). */
export function knownWords(lang: string): ReadonlySet<string> {
  let words = WORDS.get(lang);
  if (!words) WORDS.set(lang, (words = collect(lang)));
  return words;
}
