import { francAll } from "franc-min";
import type { Lang } from "../../types";
import identification from "../../../rules/language-identification.json";
import { byLanguage } from "../../lang/registry";
import { pairScope, perPair, type PairScope } from "../../lang/pair";
import { STOPWORDS, foldWord } from "../../align/anchors";
import { AsciiWordSet, NOT_ASCII } from "../../fast/word-set";
import { forEachLetterWord } from "../../segment/letter-words";

/** ISO 639-3 codes franc uses for each supported language. */
const FRANC_CODE: Record<Lang, string> = byLanguage((l) => l.francCode);
/** The pair's languages and their neighbours, scored together so a French or Portuguese quote is not mistaken for Spanish. */
const FRANC_ONLY = perPair((languages) => [...new Set([...languages.map((l) => l.francCode), ...identification.alsoScored])]);

/** Folded words to count in a text: the set, the same words for ASCII lookups in place, and the longest word's length. */
export interface WordList {
  words: ReadonlySet<string>;
  ascii: AsciiWordSet;
  longest: number;
}

/** The WordList of some folded words. */
export function wordList(words: Iterable<string>): WordList {
  const set = new Set(words);
  return { words: set, ascii: new AsciiWordSet(set), longest: Math.max(0, ...[...set].map((w) => w.length)) };
}

/** What language identification reads of a pair's two languages. */
interface PairStopwords {
  /** Per language, its stopwords the other language lacks (e.g. "he", "no", "a" are dropped: they exist in both). */
  exclusive: Map<Lang, WordList>;
  /** Function words of either language, folded. */
  any: ReadonlySet<string>;
}

const PAIR_STOPWORDS = perPair((languages): PairStopwords => {
  const exclusive = new Map<Lang, WordList>();
  for (const l of languages)
    exclusive.set(l.code, wordList([...STOPWORDS[l.code]].filter((w) => !languages.some((o) => o !== l && STOPWORDS[o.code].has(w)))));
  return { exclusive, any: new Set(languages.flatMap((l) => [...STOPWORDS[l.code]])) };
});

/** Quoted or bracketed material: titles, names and quotes may legitimately stay in the other language. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|‘[^’\n]*’|\([^)\n]*\)|\[[^\]\n]*\]/g;

/** The text with quoted and bracketed material blanked out. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, " ");
}

/** True when the word is a function word of either language of the pair. */
export function isStopword(word: string, scope: PairScope): boolean {
  return PAIR_STOPWORDS(scope).any.has(foldWord(word));
}

/** How many of the text's words are function words of `lang` that `other` lacks. */
export function stopwordCount(text: string, lang: Lang, other: Lang): number {
  return countWords(text, PAIR_STOPWORDS(pairScope(lang, other)).exclusive.get(lang)!);
}

/**
 * How many of the text's words are in `list`. Words longer than its longest are skipped unread: folding never
 * shortens a word except for the CJK compatibility ideographs (U+2F800–U+2FA1F, two units folded to one), which no
 * listed word contains.
 */
export function countWords(text: string, list: WordList): number {
  let n = 0;
  // Letters with inner apostrophes before a letter (/\p{L}(?:\p{L}|['’](?=\p{L}))*\/gu), hyphens not joining.
  const visit = (start: number, end: number) => {
    if (end - start > list.longest) return;
    // ASCII words are looked up in place (folding them is lower-casing); others are sliced and folded.
    const found = list.ascii.find(text, start, end);
    if (found === NOT_ASCII ? list.words.has(foldWord(text.slice(start, end))) : found !== undefined) n++;
  };
  forEachLetterWord(text, 0, text.length, visit, false);
  return n;
}

/** Trigram language scores of a text among the pair's languages, their neighbours and `also` (best = 1). */
export function trigramScores(text: string, scope: PairScope, also: readonly string[] = []): Map<string, number> {
  const base = FRANC_ONLY(scope);
  const only = also.length ? [...new Set([...base, ...also])] : base;
  return new Map(francAll(text, { only, minLength: 1 }));
}

/** How close to the best trigram score a language must be (Spanish and Portuguese, say, score very alike). */
const NEAR_BEST = 0.95;

/**
 * Decides whether `text` is written in `lang` rather than `other`. The function words must agree (at least
 * `minStop` exclusive function words of `lang`, more than twice those of `other`), and the trigram model (franc)
 * must score `lang` above `other` and near the best of the neighbouring languages (so French is not Spanish).
 */
export function isWrittenIn(text: string, lang: Lang, other: Lang, minStop = 2): boolean {
  const a = stopwordCount(text, lang, other);
  const b = stopwordCount(text, other, lang);
  if (a < minStop || a <= 2 * b) return false;
  return trigramsPrefer(text, lang, other);
}

/** True when the trigram model scores `lang` above `other` and near the best of the neighbouring languages. */
export function trigramsPrefer(text: string, lang: Lang, other: Lang): boolean {
  const scores = trigramScores(text, pairScope(lang, other));
  const mine = scores.get(FRANC_CODE[lang]) ?? 0;
  return mine >= NEAR_BEST && mine > (scores.get(FRANC_CODE[other]) ?? 0);
}
