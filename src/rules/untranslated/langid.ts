import { francAll } from "franc-min";
import type { Lang } from "../../types";
import identification from "../../../rules/language-identification.json";
import { byLanguage } from "../../lang/registry";
import { pairScope, perPair, type PairScope } from "../../lang/pair";
import { STOPWORDS, foldWord } from "../../align/anchors";
import { AsciiWordSet, NOT_ASCII, wordHashStep } from "../../fast/word-set";
import { HASH_SEED } from "../../fast/span-set";
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

/** The function words of `lang` that `other` lacks. */
export function exclusiveWords(lang: Lang, other: Lang): WordList {
  return PAIR_STOPWORDS(pairScope(lang, other)).exclusive.get(lang)!;
}

/** How many of the text's words are function words of `lang` that `other` lacks. */
export function stopwordCount(text: string, lang: Lang, other: Lang): number {
  return countWords(text, exclusiveWords(lang, other));
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

/**
 * `lists.map((list) => countWords(text, list))` in one scan of the text: each ASCII word hashed once for all the
 * lists (their `AsciiWordSet`s share the hash), any other word folded once.
 */
export function countEach(text: string, lists: readonly WordList[]): number[] {
  const counts = lists.map(() => 0);
  const longest = Math.max(0, ...lists.map((l) => l.longest));
  const visit = (start: number, end: number) => {
    if (end - start > longest) return;
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) return countFolded(foldWord(text.slice(start, end)), end - start, lists, counts);
      hash = wordHashStep(hash, c);
    }
    for (let k = 0; k < lists.length; k++) {
      if (end - start <= lists[k].longest && lists[k].ascii.findHashed(text, start, end, hash) !== undefined) counts[k]++;
    }
  };
  forEachLetterWord(text, 0, text.length, visit, false);
  return counts;
}

/** Counts a folded word of `length` units (as written) in each list that holds it. */
function countFolded(folded: string, length: number, lists: readonly WordList[], counts: number[]): void {
  for (let k = 0; k < lists.length; k++) if (length <= lists[k].longest && lists[k].words.has(folded)) counts[k]++;
}

/**
 * The counts of word lists in one text (a sentence), the lists it is made with counted together in one scan on the
 * first request (`countEach`); any other list is counted alone.
 */
export class WordCounts {
  private counts: number[] | undefined;

  constructor(
    readonly text: string,
    private readonly lists: readonly WordList[] = [],
  ) {}

  /** countWords(this.text, list). */
  count(list: WordList): number {
    const k = this.lists.indexOf(list);
    if (k < 0) return countWords(this.text, list);
    this.counts ??= countEach(this.text, this.lists);
    return this.counts[k];
  }
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
