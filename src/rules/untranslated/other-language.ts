// A sentence in a third language (neither the source's nor the target's) or in another script (transliterated
// output): function words of that language (rules/language-identification.json) and the trigram model must agree.
import identification from "../../../rules/language-identification.json";
import { STOPWORDS } from "../../align/anchors";
import { languageOf } from "../../lang/registry";
import { type PairScope, pairScope, perPair } from "../../lang/pair";
import type { Lang } from "../../types";
import { wordCount } from "../lib/coverage";
import { countWords, trigramScores, WordCounts, type WordList, withoutQuotes, wordList } from "./langid";

/** Shorter sentences are no evidence: a name, a title or a slogan may be in any language. */
const MIN_WORDS = 6;
/** Function words of the other language a sentence needs (and more than twice those of its own language). */
const MIN_FUNCTION_WORDS = 2;
/** The trigram score (best = 1) the sentence's own language must stay under. */
const OWN_SCORE_BELOW = 0.9;
/** A sentence with no function word of its own language needs this many words and a lower score of its own language. */
const MIN_WORDS_WITHOUT_OWN = 8;
const OWN_SCORE_BELOW_WITHOUT_OWN = 0.8;

/** Lower-case words with a third language's own letters that make a sentence that language (and a fifth of its words). */
const MIN_LETTER_WORDS = 2;
const LETTER_WORD_SHARE = 0.2;

/** A third language: its name, trigram code, every function word it has and the letters only it writes. */
interface Other {
  franc: string;
  name: string;
  all: ReadonlySet<string>;
  letters: ReadonlySet<string>;
}

/** What a pair reads of its third languages (the listed languages that are neither of the pair's). */
interface PairOthers {
  others: Other[];
  codes: string[];
  /** Per third language, its function words that neither language of the pair has. */
  lists: WordList[];
  /** Those lists joined. */
  any: WordList;
  /** Per language of the pair, its function words no third language has: a sentence with one is in its own language. */
  onlyOwn: Map<Lang, WordList>;
  /** Per language of the pair and third language k, the language's function words that k does not have too. */
  ownWords: Map<string, WordList>;
  /** Any letter of a third language's own, or null when none has letters of its own. */
  anyLetter: RegExp | null;
}

const PAIR_OTHERS = perPair((languages): PairOthers => {
  const listed = identification.otherLanguages.filter((o) => !languages.some((l) => l.francCode === o.franc));
  const others = listed.map((o) => ({
    franc: o.franc,
    name: o.name,
    all: new Set([...o.words, ...o.shared]),
    letters: new Set([...((o as { letters?: string }).letters ?? "")]),
  }));
  const letters = others.flatMap((o) => [...o.letters]).join("");
  const inPair = new Set(languages.flatMap((l) => [...STOPWORDS[l.code]]));
  const lists = listed.map((o) => wordList(o.words.filter((w) => !inPair.has(w))));
  const onlyOwn = new Map<Lang, WordList>();
  const ownWords = new Map<string, WordList>();
  for (const l of languages) {
    const own = [...STOPWORDS[l.code]];
    onlyOwn.set(l.code, wordList(own.filter((w) => !others.some((o) => o.all.has(w)))));
    for (const [k, o] of others.entries()) ownWords.set(`${l.code}:${k}`, wordList(own.filter((w) => !o.all.has(w))));
  }
  const any = wordList(lists.flatMap((l) => [...l.words]));
  const anyLetter = letters ? new RegExp(`[${letters}]`, "u") : null;
  return { others, codes: others.map((o) => o.franc), lists, any, onlyOwn, ownWords, anyLetter };
});

/** The third language whose own letters stand in enough lower-case words of `text` (capitalised ones may be names). */
function byLetters(text: string, p: PairOthers, words: number): Other | null {
  if (!p.anyLetter?.test(text)) return null;
  const counts = new Map<Other, number>();
  for (const [w] of text.matchAll(/\p{L}+/gu)) {
    if (w[0] === w[0].toUpperCase()) continue;
    for (const o of p.others) if ([...w].some((c) => o.letters.has(c))) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  for (const [o, n] of counts) if (n >= MIN_LETTER_WORDS && n >= LETTER_WORD_SHARE * words) return o;
  return null;
}

/**
 * The English name of the third language `text` is written in, when it is neither `home` (the language it should be
 * in) nor `besides` (the pair's other language): null when the evidence is short of that. The trigram model must
 * name the language, and either its function words outnumber twice `home`'s, or a long sentence has none of `home`'s;
 * or enough of its lower-case words are spelt with letters only that language writes.
 */
export function otherLanguageOf(text: string, home: Lang, besides: Lang, quick = true, counts = new WordCounts(text)): string | null {
  // Quoted and bracketed material is left out, unless what is left has no function word of its own language.
  const scope = pairScope(home, besides);
  const p = PAIR_OTHERS(scope);
  const onlyOwn = p.onlyOwn.get(home)!;
  const unquoted = withoutQuotes(text);
  // Without quotes (the usual sentence) the counts are the text's, taken together (`counts`, made for `text`).
  const countIn = (part: string, list: WordList) => (part === text ? counts.count(list) : countWords(part, list));
  const ownUnquoted = countIn(unquoted, onlyOwn);
  const body = ownUnquoted === 0 ? text : unquoted;
  const words = wordCount(body);
  if (words < MIN_WORDS) return null;
  const lettered = byLetters(body, p, words);
  if (lettered) return lettered.name;
  const noOwn = words >= MIN_WORDS_WITHOUT_OWN && counts.count(onlyOwn) === 0;
  if (!noOwn && countIn(body, p.any) < MIN_FUNCTION_WORDS) return null;
  // Fast path (src/fast/README.md): the language the trigram model picks is named only when its function words say so
  // or, in a sentence without `home`'s own words, when it lacks none of `home`'s words the sentence has; when no
  // third language passes that test, the answer is null whatever the model picks, and it is not asked (most long
  // sentences without own words are in `home` after all). `quick = false` is the plain version.
  if (quick && !p.others.some((_, k) => wordsSay(body, p, home, k) || (noOwn && ownWordsOf(body, p, home, k) === 0))) return null;
  const scores = trigramScores(body, scope, p.codes);
  const [top] = scores.keys();
  const k = p.others.findIndex((o) => o.franc === top);
  if (k < 0 || [languageOf(home).francCode, languageOf(besides).francCode].includes(top)) return null;
  const homeScore = scores.get(languageOf(home).francCode) ?? 0;
  if (homeScore >= OWN_SCORE_BELOW) return null;
  const byTrigrams = noOwn && homeScore < OWN_SCORE_BELOW_WITHOUT_OWN && ownWordsOf(body, p, home, k) === 0;
  return byTrigrams || wordsSay(body, p, home, k) ? p.others[k].name : null;
}

/** The lists `otherLanguageOf(text, home, besides)` counts in `text`: to count with others in one scan (`WordCounts`). */
export function otherLanguageLists(home: Lang, besides: Lang): WordList[] {
  const p = PAIR_OTHERS(pairScope(home, besides));
  return [p.onlyOwn.get(home)!, p.any];
}

/** How many of the text's words are function words of `home` that third language k does not have. */
const ownWordsOf = (body: string, p: PairOthers, home: Lang, k: number) => countWords(body, p.ownWords.get(`${home}:${k}`)!);

/** Whether the function words of third language k are two at least and outnumber twice `home`'s words k lacks. */
function wordsSay(body: string, p: PairOthers, home: Lang, k: number): boolean {
  const theirs = countWords(body, p.lists[k]);
  return theirs >= MIN_FUNCTION_WORDS && theirs > 2 * ownWordsOf(body, p, home, k);
}

/** The name of the other language the trigram model likes best for `text` in a check of `scope`'s pair, or null. */
export function likelyOtherLanguage(text: string, scope: PairScope): string | null {
  const p = PAIR_OTHERS(scope);
  const [top] = trigramScores(withoutQuotes(text), scope, p.codes).keys();
  return p.others.find((o) => o.franc === top)?.name ?? null;
}
