// Word-order breaks of garbled output: a determiner before another determiner, a preposition, a word that never
// follows one (a conjunction, a subject pronoun) or at a sentence's end, a preposition before another preposition or (where the language forbids it) at the end. The
// words are the language's (rules/<code>/word-order.json through the Language interface).
import type { WordOrderData } from "../../lang/language";
import { languageOf } from "../../lang/registry";
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

// regex-safe: a letter or digit run with single inner marks ("3.5", "don't"), each repetition starting with a mark.
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Words and word-order breaks of one sentence; null when the language has no table. */
export function orderBreaks(sentence: string, lang: Lang): { words: number; breaks: number } | null {
  const t = wordOrderTable(lang);
  if (!t) return null;
  const words = [...sentence.matchAll(WORD)].map((m) => m[0].toLowerCase());
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
