// A sentence in a third language (neither the source's nor the target's) or in another script (transliterated
// output): function words of that language (rules/language-identification.json) and the trigram model must agree.
import identification from "../../../rules/language-identification.json";
import { STOPWORDS } from "../../align/anchors";
import { byLanguage, languageOf } from "../../lang/registry";
import { type PairScope, pairScope, perPair } from "../../lang/pair";
import type { Lang } from "../../types";
import { wordCount } from "../lib/coverage";
import { countWords, trigramScores, type WordList, withoutQuotes, wordList } from "./langid";

/** Shorter sentences are no evidence: a name, a title or a slogan may be in any language. */
const MIN_WORDS = 6;
/** Function words of the other language a sentence needs (and more than twice those of its own language). */
const MIN_FUNCTION_WORDS = 2;
/** The trigram score (best = 1) the sentence's own language must stay under. */
const OWN_SCORE_BELOW = 0.9;
/** A sentence with no function word of its own language needs this many words and a lower score of its own language. */
const MIN_WORDS_WITHOUT_OWN = 8;
const OWN_SCORE_BELOW_WITHOUT_OWN = 0.8;

/** The other languages: their names, trigram codes and every function word each has. */
const OTHERS = identification.otherLanguages.map((o) => ({
  franc: o.franc,
  name: o.name,
  all: new Set([...o.words, ...o.shared]),
}));
const OTHER_CODES = OTHERS.map((o) => o.franc);

/** Per pair: each other language's function words that neither language of the pair has, and all of them joined. */
const OTHER_LISTS = perPair((languages) => {
  const inPair = new Set(languages.flatMap((l) => [...STOPWORDS[l.code]]));
  const lists = identification.otherLanguages.map((o) => wordList(o.words.filter((w) => !inPair.has(w))));
  return { lists, any: wordList(lists.flatMap((l) => [...l.words])) };
});

/** Function words of each language that no other language has: a sentence with one is in its own language. */
const ONLY_OWN = byLanguage((l) => wordList([...STOPWORDS[l.code]].filter((w) => !OTHERS.some((o) => o.all.has(w)))));
/** Function words of a language that the other language `k` does not have too (built once per pair). */
const OWN_WORDS = new Map<string, WordList>();
function ownWords(lang: Lang, k: number): WordList {
  const key = `${lang}:${k}`;
  let list = OWN_WORDS.get(key);
  if (!list) {
    list = wordList([...STOPWORDS[lang]].filter((w) => !OTHERS[k].all.has(w)));
    OWN_WORDS.set(key, list);
  }
  return list;
}

/**
 * The English name of the third language `text` is written in, when it is neither `home` (the language it should be
 * in) nor `besides` (the pair's other language): null when the evidence is short of that. The trigram model must
 * name the language, and either its function words outnumber twice `home`'s, or a long sentence has none of `home`'s.
 */
export function otherLanguageOf(text: string, home: Lang, besides: Lang): string | null {
  // Quoted and bracketed material is left out, unless what is left has no function word of its own language.
  const unquoted = withoutQuotes(text);
  const ownUnquoted = countWords(unquoted, ONLY_OWN[home]);
  const body = ownUnquoted === 0 ? text : unquoted;
  const words = wordCount(body);
  if (words < MIN_WORDS) return null;
  // Without quotes (the usual sentence) the text's own count is the one just taken.
  const noOwn = words >= MIN_WORDS_WITHOUT_OWN && (unquoted === text ? ownUnquoted : countWords(text, ONLY_OWN[home])) === 0;
  const scope = pairScope(home, besides);
  const others = OTHER_LISTS(scope);
  if (!noOwn && countWords(body, others.any) < MIN_FUNCTION_WORDS) return null;
  const scores = trigramScores(body, scope, OTHER_CODES);
  const [top] = scores.keys();
  const k = OTHERS.findIndex((o) => o.franc === top);
  if (k < 0 || [languageOf(home).francCode, languageOf(besides).francCode].includes(top)) return null;
  const homeScore = scores.get(languageOf(home).francCode) ?? 0;
  if (homeScore >= OWN_SCORE_BELOW) return null;
  const own = countWords(body, ownWords(home, k));
  const theirs = countWords(body, others.lists[k]);
  const byWords = theirs >= MIN_FUNCTION_WORDS && theirs > 2 * own;
  const byTrigrams = noOwn && own === 0 && homeScore < OWN_SCORE_BELOW_WITHOUT_OWN;
  return byWords || byTrigrams ? OTHERS[k].name : null;
}

/** The name of the other language the trigram model likes best for `text` in a check of `scope`'s pair, or null. */
export function likelyOtherLanguage(text: string, scope: PairScope): string | null {
  const [top] = trigramScores(withoutQuotes(text), scope, OTHER_CODES).keys();
  return OTHERS.find((o) => o.franc === top)?.name ?? null;
}
