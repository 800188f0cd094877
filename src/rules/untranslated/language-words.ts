// Words known to be of each language, folded: the content words of the bilingual anchor lexicon
// (rules/anchor-lexicon.json, one row per concept with a column per language) and the most
// common words of each language (rules/common-words.json). Evidence of which language a word is in.
import { foldWord } from "../../align/anchors";
import lexicon from "../../../rules/anchor-lexicon.json";
import common from "../../../rules/common-words.json";

function collect(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (lang: string, words: string[]) => {
    const set = out.get(lang) ?? new Set<string>();
    for (const w of words) for (const part of w.split(/\s+/)) if (part) set.add(foldWord(part));
    out.set(lang, set);
  };
  // One row per concept, a column per language: a string or a list of forms.
  for (const row of lexicon.rows as Record<string, string | string[]>[]) {
    for (const [lang, forms] of Object.entries(row)) add(lang, typeof forms === "string" ? [forms] : forms);
  }
  for (const [lang, words] of Object.entries(common)) if (!lang.startsWith("_") && Array.isArray(words)) add(lang, words);
  return out;
}

const WORDS = collect();
const NONE: ReadonlySet<string> = new Set();

/** The folded known words of a language (empty when there are none). */
export function knownWords(lang: string): ReadonlySet<string> {
  return WORDS.get(lang) ?? NONE;
}
