// Word-order breaks of garbled output: a determiner before another determiner, a preposition, a word that never
// follows one (a conjunction, a subject pronoun) or at a sentence's end; a preposition before another preposition,
// a word that never follows one (a conjunction, an auxiliary) or (where the language forbids it) at the end; a word
// that never ends a sentence ("and") at the end; two conjunctions in a row; a clitic before no verb ("se de"); an
// article that does not fit the next word's sound ("an used"). The words are the language's
// (rules/<code>/word-order.json through the Language interface).
import type { WordOrderData } from "../../lang/language";
import { languageOf } from "../../lang/registry";
import { ASCII_WORD } from "../../fast/unit-class";
import { wordUnitsAt } from "../../lang/normalize";
import type { Lang } from "../../types";

/** A language's word-order table as sets, built once. */
export interface WordOrderTable {
  det: ReadonlySet<string>;
  prep: ReadonlySet<string>;
  detBefore: ReadonlySet<string>;
  finalPrep: boolean;
  notAfterDet: ReadonlySet<string>;
  notAfterPrep: ReadonlySet<string>;
  notAfterArticle: ReadonlySet<string>;
  notFinal: ReadonlySet<string>;
  conj: ReadonlySet<string>;
  beforeVerb: ReadonlySet<string>;
  sound: WordOrderData["soundArticles"];
  contracted: ReadonlySet<string>;
  /** The first words of `contracted`: a pair is looked up (and its key made) only after one of them. */
  contractedFirst: ReadonlySet<string>;
  plural?: { det: ReadonlySet<string>; clitics: ReadonlySet<string>; endings: string[]; before: ReadonlySet<string> };
  singular?: { det: ReadonlySet<string>; endings: string[]; singularEndings: string[]; before: ReadonlySet<string> };
  doubledExcept?: ReadonlySet<string>;
  alone: ReadonlySet<string>;
  stack: ReadonlySet<string>;
  /**
   * Every word a break other than a doubled word starts from: the determiners, prepositions, conjunctions, words
   * before a verb, words that never end a sentence, the sound articles, the plural and singular determiners and
   * clitics and the first words of contracted pairs. Another word is no break unless doubled.
   */
  opens: ReadonlySet<string>;
  /** Per word of the sets isBreak reads, the bits (DET, PREP, …) of the sets holding it, and OPENS for `opens`. */
  classes: ReadonlyMap<string, number>;
}
const TABLES = new Map<Lang, WordOrderTable | null>();

/** The language's word-order table (rules/<code>/word-order.json) as sets; null when it has none. */
export function wordOrderTable(lang: Lang): WordOrderTable | null {
  let t = TABLES.get(lang);
  if (t === undefined) {
    const d: WordOrderData | undefined = languageOf(lang).wordOrder;
    t = d ? withOpens(tableOf(d, lang)) : null;
    TABLES.set(lang, t);
  }
  return t;
}

/** The sets of a language's word-order data (all but `opens`). */
function tableOf(d: WordOrderData, lang: Lang): Omit<WordOrderTable, "opens" | "classes"> {
  return {
    det: new Set(d.determiners),
    prep: new Set(d.prepositions),
    detBefore: new Set(d.determinerBefore),
    finalPrep: d.finalPreposition,
    notAfterDet: new Set(d.notAfterDeterminer ?? []),
    notAfterPrep: new Set(d.notAfterPreposition ?? []),
    notAfterArticle: new Set(d.notAfterArticle ?? []),
    notFinal: new Set(d.notFinal ?? []),
    conj: new Set(d.conjunctions ?? []),
    beforeVerb: new Set(d.beforeVerb ?? []),
    sound: d.soundArticles,
    contracted: new Set((d.contracted ?? []).map(([a, b]) => `${a} ${b}`)),
    contractedFirst: new Set((d.contracted ?? []).map(([a]) => a)),
    plural: d.plural && pluralTable(d.plural, lang),
    singular: d.singular && { ...d.singular, det: new Set(d.singular.determiners), before: withNumberWords(d.singular.before, lang) },
    doubledExcept: d.doubled && new Set(d.doubled.except),
    alone: new Set(d.alone ?? []),
    stack: new Set(d.stackedPrepositions ? [...d.prepositions, ...d.stackedPrepositions] : []),
  };
}

/** The table with `opens`, the union of the sets whose words a break starts from. */
function withOpens(t: Omit<WordOrderTable, "opens" | "classes">): WordOrderTable {
  const sets = [t.det, t.prep, t.conj, t.beforeVerb, t.notFinal, t.contractedFirst, t.plural?.det, t.plural?.clitics, t.singular?.det];
  const opens = new Set(sets.flatMap((set) => [...(set ?? [])]));
  if (t.sound) opens.add(t.sound.vowel).add(t.sound.consonant);
  const classes = new Map<string, number>();
  const bitsOf: [ReadonlySet<string>, number][] = [
    [t.det, DET],
    [t.prep, PREP],
    [t.detBefore, DET_BEFORE],
    [t.notAfterDet, NOT_AFTER_DET],
    [t.notAfterPrep, NOT_AFTER_PREP],
    [t.notAfterArticle, NOT_AFTER_ARTICLE],
    [t.notFinal, NOT_FINAL],
    [t.conj, CONJ],
    [t.beforeVerb, BEFORE_VERB],
    [t.alone, ALONE],
    [opens, OPENS],
  ];
  for (const [set, bit] of bitsOf) for (const w of set) classes.set(w, (classes.get(w) ?? 0) | bit);
  return { ...t, opens, classes };
}

// The bits of WordOrderTable.classes: a word's sets, read by isBreakBits.
const DET = 1;
const PREP = 2;
const DET_BEFORE = 4;
const NOT_AFTER_DET = 8;
const NOT_AFTER_PREP = 16;
const NOT_AFTER_ARTICLE = 32;
const NOT_FINAL = 64;
const CONJ = 128;
const BEFORE_VERB = 256;
const ALONE = 512;
const OPENS = 1024;

/**
 * The words of a sentence as written: letter or digit runs with single inner marks ("3.5", "don't"), as the
 * pattern /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*\/gu matches them, by a hand scanner (src/fast/README.md).
 */
export function orderWords(text: string): string[] {
  return spacedWords(text).words;
}

/** orderWords' words, and for each whether only spaces stand between it and the word before ("sí, sí" is no such pair). */
function spacedWords(text: string): { words: string[]; spaced: boolean[] } {
  const words: string[] = [];
  const spaced: boolean[] = [];
  let last = -1;
  scanWords(text, ORDER_MARK, (start, end) => {
    spaced.push(last >= 0 && onlySpaces(text, last, start));
    words.push(text.slice(start, end));
    last = end;
  });
  return { words, spaced };
}
/** The inner marks of orderWords: ' ’ . , - */
const ORDER_MARK = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45;

/**
 * Calls `visit(start, end)` for each word of `text` as /[\p{L}\p{N}]+(?:[M][\p{L}\p{N}]+)*\/gu matches them, where
 * [M] is the units `isMark` accepts: a hand scanner, no match array per word (src/fast/README.md).
 */
export function scanWords(text: string, isMark: (c: number) => boolean, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  // ASCII units are read from ASCII_WORD in place, wordUnitsAt asked above ASCII (and past the end, where it answers
  // 0): the CLI's optimising compiler inlines no call (bin/translint.mjs --no-turbo-inlining).
  while (i < n) {
    let c = text.charCodeAt(i);
    let u = c < 128 ? ASCII_WORD[c] : wordUnitsAt(text, i);
    if (u === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i += u; ; i += u) {
      c = text.charCodeAt(i);
      u = c < 128 ? ASCII_WORD[c] : wordUnitsAt(text, i);
      if (u > 0) continue;
      if (!isMark(text.charCodeAt(i)) || (u = wordUnitsAt(text, i + 1)) === 0) break;
      i++;
    }
    visit(start, i);
  }
}

/** Words a determiner may stand before whatever their ending, and the language's number words ("los dos", "el dos"). */
function withNumberWords(words: string[], lang: Lang): ReadonlySet<string> {
  const { units, scales } = languageOf(lang).numberWords;
  return new Set([...words, ...Object.keys(units), ...Object.keys(scales)]);
}

/** The plural determiners' table. */
function pluralTable(p: NonNullable<WordOrderData["plural"]>, lang: Lang): WordOrderTable["plural"] {
  return { det: new Set(p.determiners), clitics: new Set(p.alsoClitics), endings: p.endings, before: withNumberWords(p.before, lang) };
}

/** Whether singular determiner `w` stands before `next` (as written), a word of plural form ("el infecciones"). */
function singularMismatch(t: WordOrderTable, w: string, next: string | undefined): boolean {
  const s = t.singular;
  if (!s || !next || !s.det.has(w) || next !== next.toLowerCase() || s.before.has(next) || t.prep.has(next) || t.det.has(next))
    return false;
  // regex-safe: a single-character class tested once
  if (/\p{N}/u.test(next) || !s.endings.some((e) => next.endsWith(e))) return false;
  return !s.singularEndings.some((e) => next.endsWith(e));
}

/** Whether plural determiner `w` (after `prev`) stands before `next` (as written), a word of no plural form ("unos sistema"). */
function pluralMismatch(t: WordOrderTable, prev: string | undefined, w: string, next: string | undefined): boolean {
  const p = t.plural;
  if (!p || !next || !(p.det.has(w) || (p.clitics.has(w) && (prev === undefined || t.prep.has(prev))))) return false;
  if (next !== next.toLowerCase() || p.before.has(next) || t.prep.has(next) || t.detBefore.has(next)) return false;
  // regex-safe: a single-character class tested once
  return !/\p{N}/u.test(next) && !p.endings.some((e) => next.endsWith(e));
}

/** Words and word-order breaks of one sentence; null when the language has no table. */
export function orderBreaks(sentence: string, lang: Lang, quick = true): { words: number; breaks: number; weak: number } | null {
  const t = wordOrderTable(lang);
  if (!t) return null;
  const { words: raw, spaced } = spacedWords(sentence);
  const words = raw.map((w, i) => (i > 0 && isLetterName(t, w) ? w : w.toLowerCase()));
  // Each word's sets as bits, looked up once: the tests read bits, not ~10 Set lookups per word (the plain version,
  // `quick = false`, reads the sets).
  const bits = quick ? words.map((w) => t.classes.get(w) ?? 0) : [];
  let breaks = 0;
  let weak = 0;
  words.forEach((w, i) => {
    // Exactly twice: three or more in a row are a loop, unintelligible's other finding.
    const doubled = spaced[i] && raw[i] === w && raw[i - 1] === w && words[i - 2] !== w && words[i + 1] !== w && isPlainDouble(t, w);
    // Most words (nouns, verbs, names) open no break: each test below starts from a word of `opens` (`quick = false`
    // runs them on every word, the plain version).
    if (quick && !doubled && !(bits[i] & OPENS)) return;
    const next = raw[i + 1];
    // ("de El Salvador" is a name: only a second word in lower case must have been contracted.)
    const apart = next !== undefined && next === words[i + 1] && t.contractedFirst.has(w) && t.contracted.has(`${w} ${next}`);
    if (
      apart ||
      doubled ||
      (quick ? isBreakBits(bits[i], bits[i + 1] ?? 0, next === undefined, t.finalPrep) : isBreak(t, w, words[i + 1])) ||
      wrongArticle(t, w, next) ||
      pluralMismatch(t, words[i - 1], w, next) ||
      singularMismatch(t, w, next)
    ) {
      breaks++;
      if (t.prep.has(w) && words[i + 1] !== undefined && t.stack.has(words[i + 1])) weak++;
    }
  });
  return { words: words.length, breaks, weak };
}

/**
 * Whether `w`, after a sentence's first word, is a capital letter standing for itself ("hepatitis A y E", "A. A.
 * J.", "Plan B or"), not a determiner, preposition or conjunction of that spelling: it keeps its case, so no list
 * matches it. ("I" is no such word: English lists it in lower case among the words no determiner precedes.)
 */
function isLetterName(t: WordOrderTable, w: string): boolean {
  if (w.length !== 1 || w === w.toLowerCase()) return false;
  const lower = w.toLowerCase();
  return t.det.has(lower) || t.prep.has(lower) || t.conj.has(lower) || t.notFinal.has(lower);
}

/**
 * Whether word `w` written twice in a row is out of order by itself: the language counts doubles, does not allow
 * this one ("had had"), and a determiner, preposition or conjunction doubled ("the the") is a break already.
 */
function isPlainDouble(t: WordOrderTable, w: string): boolean {
  return !!t.doubledExcept && !t.doubledExcept.has(w) && !t.det.has(w) && !t.prep.has(w) && !t.conj.has(w);
}

/** Whether text[from, to) is only spaces (at least one). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** Whether article `w` (lower case) stands before a word whose sound it does not fit ("an used", "a other"). */
function wrongArticle(t: WordOrderTable, w: string, next: string | undefined): boolean {
  const s = t.sound;
  if (!s || !next || (w !== s.vowel && w !== s.consonant)) return false;
  // regex-safe: a single-character class tested once at the start
  if (next === next.toUpperCase() || /^\p{N}/u.test(next)) return false;
  const lower = next.toLowerCase();
  if (s.eitherStarts.some((e) => lower.startsWith(e))) return false;
  return s.vowels.includes(lower[0]) === (w === s.consonant);
}

/** Whether word `w` before `next` (undefined at a sentence's end) breaks the language's word order. */
function isBreak(t: WordOrderTable, w: string, next: string | undefined): boolean {
  if (t.det.has(w)) {
    if (next === undefined) return !t.alone.has(w);
    // A determiner that also stands alone as a pronoun may precede a conjunction ("unos y otros", "each and every").
    if ((t.det.has(next) && !t.alone.has(next)) || (t.notAfterDet.has(next) && !t.alone.has(w))) return true;
    return (t.prep.has(next) && !t.detBefore.has(next)) || (t.notAfterArticle.has(next) && !t.beforeVerb.has(w));
  }
  // (A determiner that is also a clitic, "se los", may follow: it is listed among the words a verb follows too.)
  if (t.beforeVerb.has(w))
    return next === undefined || (t.det.has(next) && !t.beforeVerb.has(next)) || t.prep.has(next) || t.conj.has(next);
  if (next === undefined) return t.notFinal.has(w) || (t.prep.has(w) && !t.finalPrep);
  if (t.prep.has(w)) return t.prep.has(next) || t.notAfterPrep.has(next);
  return t.conj.has(w) && t.conj.has(next);
}

/**
 * isBreak on the classes' bits of `w` and of the next word (`end`: none): the same tests, each a bit instead of a
 * Set lookup (src/fast/README.md).
 */
function isBreakBits(w: number, next: number, end: boolean, finalPrep: boolean): boolean {
  if ((w & DET) !== 0) {
    if (end) return (w & ALONE) === 0;
    if (((next & DET) !== 0 && (next & ALONE) === 0) || ((next & NOT_AFTER_DET) !== 0 && (w & ALONE) === 0)) return true;
    return ((next & PREP) !== 0 && (next & DET_BEFORE) === 0) || ((next & NOT_AFTER_ARTICLE) !== 0 && (w & BEFORE_VERB) === 0);
  }
  if ((w & BEFORE_VERB) !== 0) return end || ((next & DET) !== 0 && (next & BEFORE_VERB) === 0) || (next & (PREP | CONJ)) !== 0;
  if (end) return (w & NOT_FINAL) !== 0 || ((w & PREP) !== 0 && !finalPrep);
  if ((w & PREP) !== 0) return (next & (PREP | NOT_AFTER_PREP)) !== 0;
  return (w & CONJ) !== 0 && (next & CONJ) !== 0;
}
