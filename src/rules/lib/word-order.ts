// Word-order breaks of garbled output: a determiner before another determiner, a preposition, a word that never
// follows one (a conjunction, a subject pronoun) or at a sentence's end, a preposition before another preposition or (where the language forbids it) at the end. The
// words are the language's (rules/<code>/word-order.json through the Language interface).
import type { WordOrderData } from "../../lang/language";
import { languageOf } from "../../lang/registry";
import { isWordUnit } from "../../lang/normalize";
import type { Lang } from "../../types";

/** A language's word-order table as sets, built once. */
export interface WordOrderTable {
  det: ReadonlySet<string>;
  prep: ReadonlySet<string>;
  detBefore: ReadonlySet<string>;
  finalPrep: boolean;
  notAfterDet: ReadonlySet<string>;
}
const TABLES = new Map<Lang, WordOrderTable | null>();

/** The language's word-order table (rules/<code>/word-order.json) as sets; null when it has none. */
export function wordOrderTable(lang: Lang): WordOrderTable | null {
  let t = TABLES.get(lang);
  if (t === undefined) {
    const d: WordOrderData | undefined = languageOf(lang).wordOrder;
    t = d
      ? {
          det: new Set(d.determiners),
          prep: new Set(d.prepositions),
          detBefore: new Set(d.determinerBefore),
          finalPrep: d.finalPreposition,
          notAfterDet: new Set(d.notAfterDeterminer ?? []),
        }
      : null;
    TABLES.set(lang, t);
  }
  return t;
}

/**
 * The words of a sentence, lower case: letter or digit runs with single inner marks ("3.5", "don't"), as the
 * pattern /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*\/gu matches them, by a hand scanner (src/fast/README.md).
 */
export function orderWords(text: string): string[] {
  const out: string[] = [];
  scanWords(text, ORDER_MARK, (start, end) => out.push(text.slice(start, end).toLowerCase()));
  return out;
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
  while (i < n) {
    let u = wordUnitsAt(text, i);
    if (u === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i += u; ; i += u) {
      u = wordUnitsAt(text, i);
      if (u > 0) continue;
      if (!isMark(text.charCodeAt(i)) || (u = wordUnitsAt(text, i + 1)) === 0) break;
      i++;
    }
    visit(start, i);
  }
}

/** Units (1, or 2 for a surrogate pair) of the letter or digit at `i` (what /[\p{L}\p{N}]/u reads there), else 0. */
function wordUnitsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordUnit(c) ? 1 : 0;
}
// regex-safe: one character class, no quantifier.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Words and word-order breaks of one sentence; null when the language has no table. */
export function orderBreaks(sentence: string, lang: Lang): { words: number; breaks: number } | null {
  const t = wordOrderTable(lang);
  if (!t) return null;
  const words = orderWords(sentence);
  let breaks = 0;
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (t.det.has(w)) {
      if (next === undefined || t.det.has(next) || t.notAfterDet.has(next) || (t.prep.has(next) && !t.detBefore.has(next))) breaks++;
    } else if (t.prep.has(w)) {
      if (next === undefined ? !t.finalPrep : t.prep.has(next)) breaks++;
    }
  });
  return { words: words.length, breaks };
}
