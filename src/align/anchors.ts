import type { SideMemo } from "../segment/memo";
import type { Lang } from "../types";
import { HASH_SEED, HashSlots } from "../fast/span-set";
import { AsciiWordSet, wordHashStep } from "../fast/word-set";
import { isAscii, rememberedFold } from "../fast/remembered-fold";
import { ASCII_WORD } from "../fast/unit-class";
import lexiconData from "../../rules/anchor-lexicon.json";
import { byLanguage } from "../lang/registry";
import { pairScope, perPair, type PairScope } from "../lang/pair";
import { cognateSpelling, compoundHead, LEXICON_ENDINGS, lexiconLookup, type Prefilter, prefilter, writesCompounds } from "./word-forms";

/** Lower-cases and strips diacritics (á -> a, ñ -> n), so Spanish and English spellings compare. Fast path: src/fast/README.md. */
export function foldWord(word: string): string {
  return isAscii(word) ? word.toLowerCase() : foldAccented(word);
}
const foldAccented = rememberedFold((word) => word.normalize("NFD").replace(COMBINING, "").toLowerCase());
const COMBINING = /[\u0300-\u036f]/g;

/** Function words of each language, folded (no accents, lower case). */
export const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = byLanguage((l) => new Set(l.stopwords.map(foldWord)));
/**
 * Per language, its lexicon words mapped to the pivot language's ("año" -> "year"): an anchor key is spelled in the
 * pivot. The pivot's own map is empty (its words are their own keys).
 */
const TO_PIVOT: Readonly<Record<Lang, ReadonlyMap<string, string>>> = byLanguage((l) => {
  const { pivot, rows } = lexiconData as { pivot: string; rows: Record<string, string | string[]>[] };
  const map = new Map<string, string>();
  if (l.code === pivot) return map;
  for (const row of rows) for (const word of [row[l.code] ?? []].flat()) map.set(word, row[pivot] as string);
  return map;
});

/** What anchor keys read of a pair's two languages. */
interface PairWords {
  /** Function words of either language, folded. */
  stopwords: ReadonlySet<string>;
  /** `stopwords`, looked up in place by `keysWith`. */
  stopwordSet: AsciiWordSet;
  /** Pivot words of the lexicon rows of either language: kept as anchors even when short ("two", "war"), to meet their other side. */
  lexiconWords: ReadonlySet<string>;
}

const PAIR_WORDS = perPair((languages): PairWords => {
  // Anchors spell ß "ss" (`stripMarks`), so a function word with ß is looked up so spelled ("außerdem").
  const stopwords = new Set(languages.flatMap((l) => [...STOPWORDS[l.code]].map((w) => w.replaceAll("ß", "ss"))));
  const lexiconWords = new Set(languages.flatMap((l) => [...TO_PIVOT[l.code].values()]));
  return { stopwords, stopwordSet: new AsciiWordSet(stopwords), lexiconWords };
});

/** Function words of either language of a pair, folded. */
export function pairStopwords(scope: PairScope): ReadonlySet<string> {
  return PAIR_WORDS(scope).stopwords;
}

/**
 * Strips diacritics but keeps case (Ñandú -> Nandu) and spells the sharp s "ss" (Straße -> Strasse: a letter outside
 * ASCII would split the token); token boundaries stay where they were.
 */
function stripMarks(text: string): string {
  return isAscii(text) ? text : text.normalize("NFD").replace(COMBINING, "").replace(SHARP_S, "ss");
}
// regex-safe: one character, no quantifier.
const SHARP_S = /ß/g;

// Tokens of accent-stripped text: words, numbers with inner separators (3,1 / 1.000 / 2.6) and dotted acronyms
// (EE.UU., U.S.), as /[A-Za-z0-9](?:[A-Za-z0-9]|[.,'’](?=[A-Za-z0-9]))*/g matches them; `keysWith` scans for them
// by hand. Letters outside Latin script split tokens, which is harmless for anchors (both sides split alike).
const NON_DIGIT = /[^0-9]/g;
const INNER_MARK = /[.'’]/g;
const UPPER_ONLY = /^[A-Z.]+$/;
const PREFIX = 4;

/**
 * Anchor key (or null for none) of each word token already seen in one document, for its language: an
 * open-addressing table looked up by the token's place in the text and its hash, so a token seen before needs
 * no string of its own.
 */
class TokenMemo extends HashSlots {
  private tokens: string[] = [];
  private values: WordKey[] = [];

  constructor() {
    super(1024);
  }

  /** The index of the token plain[start, end) with hash `hash`, or -1. */
  find(plain: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const e = this.table[at] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== hash) continue;
      const tok = this.tokens[e];
      if (tok.length !== end - start) continue;
      let same = true;
      for (let x = 0; x < tok.length; x++) {
        if (tok.charCodeAt(x) !== plain.charCodeAt(start + x)) {
          same = false;
          break;
        }
      }
      if (same) return e;
    }
  }

  /** The key stored at index e. */
  value(e: number): WordKey {
    return this.values[e];
  }

  /** Remembers the key of a token not yet in the table. */
  add(tok: string, hash: number, value: WordKey): void {
    this.tokens.push(tok);
    this.values.push(value);
    this.slot(hash);
  }
}

/**
 * Language-neutral anchor keys of a sentence, for alignment and coverage checks: numbers reduced to their digits,
 * content words reduced to a 5-letter folded prefix (so cognates such as presidente/president meet), Spanish
 * non-cognates mapped through the small anchor lexicon, short all-capital acronyms kept, double quotation marks,
 * question marks and opening parentheses (`pushMark`). Function words are dropped.
 */
export function anchorKeys(text: string, lang: Lang, scope: PairScope = pairScope(lang)): string[] {
  return keysWith(text, lang, PAIR_WORDS(scope), new TokenMemo());
}

/**
 * Adds the anchor key of a punctuation mark every language keeps in translation, if `c` is one: a double quotation
 * mark of any style (" “ ” „ « ») is one key, a question mark and an opening parenthesis one each. A quotation, a question or an
 * aside survives translation where the words that say it share nothing.
 */
function pushMark(keys: string[], c: number): void {
  const sign = SIGN_KEYS.get(c);
  if (sign !== undefined) keys.push(sign);
  else if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) keys.push(QUOTE_KEY);
  else if (c === 63) keys.push("?");
  else if (c === 40) keys.push("(");
}

/** Adds a word's anchor keys (none, one or two) to `keys`. */
function pushKey(keys: string[], key: WordKey): void {
  if (typeof key === "string") keys.push(key);
  else if (key !== null) keys.push(...key);
}
const QUOTE_KEY = "\u201c";
/** The anchor lexicon's signs (% $ €) by character code, each with its pivot word's key. */
const SIGN_KEYS: ReadonlyMap<number, string> = new Map(
  Object.entries((lexiconData as { signs?: Record<string, string> }).signs ?? {}).map(([sign, word]) => [
    sign.charCodeAt(0),
    spellingKey(word),
  ]),
);

/** True for the units of a token: ASCII letters and digits (`ASCII_WORD`, read in place). */
function isAlnum(c: number): boolean {
  return c < 128 && ASCII_WORD[c] === 1;
}

/**
 * The text `keysWith` reads for text[from, to) and the range to read: a part in ASCII in place (a segment's text is
 * a slice of its document's, whose units read about twice as slowly as the document's own), a part with marks
 * stripped of them (`stripMarks`, a new string).
 */
function plainPart(text: string, from: number, to: number): { plain: string; start: number; end: number } {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) > 127) {
      const plain = stripMarks(text.slice(from, to));
      return { plain, start: 0, end: plain.length };
    }
  }
  return { plain: text, start: from, end: to };
}

/** `anchorKeys` of text[from, to), remembering the keys of word tokens in `memo` (a pure function of token and language). */
function keysWith(text: string, lang: Lang, words: PairWords, memo: TokenMemo, from = 0, to = text.length): string[] {
  const keys: string[] = [];
  const { plain, start: first, end: len } = plainPart(text, from, to);
  let i = first;
  while (i < len) {
    let c = plain.charCodeAt(i);
    if (!isAlnum(c)) {
      // A space, the commonest unit between tokens, is no mark: no lookup.
      if (c !== 32) pushMark(keys, c);
      i++;
      continue;
    }
    // One token, as the pattern above matches it.
    const start = i;
    let digits = false;
    let others = false;
    let upper = false;
    let marks = false;
    let hash = HASH_SEED;
    for (;;) {
      if (c <= 57) digits = true;
      else {
        others = true;
        if (c <= 90) upper = true;
      }
      hash = wordHashStep(hash, c);
      i++;
      if (i >= len) break;
      c = plain.charCodeAt(i);
      if (isAlnum(c)) continue;
      if ((c === 46 || c === 44 || c === 39 || c === 0x2019) && i + 1 < len && isAlnum(plain.charCodeAt(i + 1))) {
        others = true;
        if (c !== 44) marks = true;
        hash = wordHashStep(hash, c);
        i++;
        c = plain.charCodeAt(i);
        continue;
      }
      break;
    }
    if (digits) {
      const tok = plain.slice(start, i);
      keys.push(others ? `#${tok.replace(NON_DIGIT, "")}` : `#${tok}`);
      continue;
    }
    // A function word (the commonest tokens) has no key: found in place, as `wordKey` would first (without inner
    // marks, its lower case is the word wordKey looks up; the token has ASCII units only unless it has a ’).
    if (!marks && words.stopwordSet.findHashed(plain, start, i, hash) !== undefined) continue;
    const e = memo.find(plain, start, i, hash);
    let key: WordKey;
    if (e >= 0) key = memo.value(e);
    else {
      const tok = plain.slice(start, i);
      key = wordKey(tok, lang, words, upper, marks);
      memo.add(tok, hash, key);
    }
    pushKey(keys, key);
  }
  return keys;
}

/**
 * The anchor key of a word token (letters and inner marks, no digit), or null when it is no anchor; `upper` and
 * `marks` say whether it has capitals and inner marks other than commas (else lower-casing and stripping are no-ops).
 * A token without such marks must already be known not to be a function word (`keysWith` looks that up first).
 */
function wordKey(whole: string, lang: Lang, words: PairWords, upper: boolean, marks: boolean): WordKey {
  const tok = marks ? withoutElision(whole, lang) : whole;
  const lower = upper ? tok.toLowerCase() : tok;
  const word = marks ? lower.replace(INNER_MARK, "") : lower;
  if (marks && words.stopwords.has(word)) return null;
  const mapped = lexiconLookup(word, TO_PIVOT[lang], PREFILTERS[lang], LEXICON_ENDINGS[lang]);
  if (mapped !== undefined) return spellingKey(mapped);
  if (word.length >= 4 || (word.length >= 2 && UPPER_ONLY.test(tok)) || words.lexiconWords.has(word)) {
    const own = spellingKey(cognateSpelling(word, lang));
    const head = writesCompounds(lang) ? compoundHead(word, TO_PIVOT[lang], LEXICON_ENDINGS[lang]) : undefined;
    if (head === undefined) return own;
    const headKey = spellingKey(head);
    return headKey === own ? own : [own, headKey];
  }
  return null;
}

/** The anchor key of a word: none, one, or two (a compound's own and its last part's). */
type WordKey = string | readonly [string, string] | null;

/** Each language's elided words, with either apostrophe ("l'", "l’"). */
const ELISIONS: Readonly<Record<Lang, readonly string[]>> = byLanguage((l) => l.elisions.flatMap((e) => [e, e.replace("'", "’")]));

/** A token without its elided word ("l'ONU" -> "ONU") in a language that elides; else the token. */
function withoutElision(tok: string, lang: Lang): string {
  const lower = tok.toLowerCase();
  const e = ELISIONS[lang].find((p) => lower.startsWith(p) && lower.length > p.length);
  return e ? tok.slice(e.length) : tok;
}

/** A document's anchor keys per segment, and the token memo that made them (reused for parts of its text). */
export interface DocAnchorKeys {
  keys: readonly string[][];
  memo: TokenMemo;
}

declare module "../segment/memo" {
  interface SideMemo {
    /** Anchor keys of every segment: `segmentAnchorKeys` (src/align/anchors.ts). */
    anchors?: DocAnchorKeys;
    /** The token memo of the side's anchor keys, those of its segments and of parts of its text: `tokenMemoOf`. */
    anchorTokens?: TokenMemo;
    /** Anchor keys of the segments asked for one by one before those of every segment: `segmentKeysOf`. */
    someAnchors?: string[][];
  }
}

/** The side's token memo, shared by the keys of its segments and of parts of its text. */
function tokenMemoOf(side: SideMemo): TokenMemo {
  side.anchorTokens ??= new TokenMemo();
  return side.anchorTokens;
}

function docKeys(side: SideMemo): DocAnchorKeys {
  if (!side.anchors) {
    const { doc } = side;
    const memo = tokenMemoOf(side);
    const words = PAIR_WORDS(doc.pair);
    side.anchors = { keys: doc.segments.map((s) => keysWith(doc.text, doc.lang, words, memo, s.start, s.end)), memo };
  }
  return side.anchors;
}

/** `anchorKeys` of every segment of a side's document (by segment index), computed once per check; do not mutate. */
export function segmentAnchorKeys(side: SideMemo): readonly (readonly string[])[] {
  return docKeys(side).keys;
}

/** `anchorKeys` of a segment: from every segment's keys once made (by the aligner), else of that segment alone. */
export function segmentKeysOf(side: SideMemo, index: number): readonly string[] {
  if (side.anchors) return side.anchors.keys[index];
  side.someAnchors ??= [];
  side.someAnchors[index] ??= textAnchorKeys(side, side.doc.segments[index].text);
  return side.someAnchors[index];
}

/** `anchorKeys` of some text of a side's document (a part of a segment): needs the token memo, not every segment's keys. */
export function textAnchorKeys(side: SideMemo, text: string): string[] {
  return keysWith(text, side.doc.lang, PAIR_WORDS(side.doc.pair), tokenMemoOf(side));
}

/** Prefix of a word after evening out spelling differences between cognates (collection/colección, theatre/teatro). */
function spellingKey(word: string): string {
  // Without an "h" or a doubled letter, none of the replacements applies. Only the first six units need a look:
  // each of the PREFIX (4) key units takes at least one unit, and a replacement there reads at most two beyond it.
  let plain = true;
  const n = word.length;
  const look = Math.min(n, PREFIX + 2);
  for (let i = 0, c = n ? word.charCodeAt(0) : 0; i < look; i++) {
    const next = i + 1 < n ? word.charCodeAt(i + 1) : -1;
    if (c === 104 || (c >= 97 && c <= 122 && next === c)) {
      plain = false;
      break;
    }
    c = next;
  }
  if (plain) return word.slice(0, PREFIX);
  // As word.replace(/([a-z])\1/g, "$1").replace(/ph/g, "f").replace(/th/g, "t").slice(0, PREFIX), pass by pass.
  const once: number[] = [];
  for (let i = 0; i < n; ) {
    const c = word.charCodeAt(i);
    once.push(c);
    i += c >= 97 && c <= 122 && i + 1 < n && word.charCodeAt(i + 1) === c ? 2 : 1;
  }
  const noPh: number[] = [];
  for (let i = 0; i < once.length; ) {
    if (once[i] === 112 && i + 1 < once.length && once[i + 1] === 104) {
      noPh.push(102);
      i += 2;
    } else noPh.push(once[i++]);
  }
  let key = "";
  for (let i = 0; i < noPh.length && key.length < PREFIX; ) {
    if (noPh[i] === 116 && i + 1 < noPh.length && noPh[i + 1] === 104) {
      key += "t";
      i += 2;
    } else key += String.fromCharCode(noPh[i++]);
  }
  return key;
}

/** Each language's prefilter of its lexicon words (a lookup refused by it would find nothing). */
const PREFILTERS: Readonly<Record<Lang, Prefilter>> = byLanguage((l) => prefilter(TO_PIVOT[l.code].keys()));
