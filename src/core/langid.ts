import { francAll } from "franc-min";
import type { Lang } from "./types";
import { STOPWORDS, foldWord } from "./anchors";

/** ISO 639-3 codes franc uses for each supported language. */
const FRANC_CODE: Record<Lang, string> = { es: "spa", en: "eng" };
/** Neighbouring languages are also scored, so a French or Portuguese quote is not mistaken for Spanish. */
const FRANC_ONLY = [...Object.values(FRANC_CODE), "fra", "por", "ita", "deu", "cat"];

/** Stopwords that belong to one language only (e.g. "he", "no", "a" are dropped: they exist in both). */
const EXCLUSIVE: Record<Lang, ReadonlySet<string>> = {
  es: new Set([...STOPWORDS.es].filter((w) => !STOPWORDS.en.has(w))),
  en: new Set([...STOPWORDS.en].filter((w) => !STOPWORDS.es.has(w))),
};

const WORDS = /\p{L}(?:\p{L}|['’](?=\p{L}))*/gu;
/** Quoted or bracketed material: titles, names and quotes may legitimately stay in the other language. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|‘[^’\n]*’|\([^)\n]*\)|\[[^\]\n]*\]/g;

/** The text with quoted and bracketed material blanked out. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, " ");
}

/** True when the word is a function word of any supported language. */
export function isStopword(word: string): boolean {
  const w = foldWord(word);
  return STOPWORDS.es.has(w) || STOPWORDS.en.has(w);
}

/** How many of the text's words are function words exclusive to `lang`. */
export function stopwordCount(text: string, lang: Lang): number {
  let n = 0;
  for (const m of text.matchAll(WORDS)) if (EXCLUSIVE[lang].has(foldWord(m[0]))) n++;
  return n;
}

/** Trigram language scores of a text among the supported languages and their neighbours (best = 1). */
export function trigramScores(text: string): Map<string, number> {
  return new Map(francAll(text, { only: FRANC_ONLY, minLength: 1 }));
}

/** How close to the best trigram score a language must be (Spanish and Portuguese, say, score very alike). */
const NEAR_BEST = 0.95;

/**
 * Decides whether `text` is written in `lang` rather than `other`. The function words must agree (at least
 * `minStop` exclusive function words of `lang`, more than twice those of `other`), and the trigram model (franc)
 * must score `lang` above `other` and near the best of the neighbouring languages (so French is not Spanish).
 */
export function isWrittenIn(text: string, lang: Lang, other: Lang, minStop = 2): boolean {
  const a = stopwordCount(text, lang);
  const b = stopwordCount(text, other);
  if (a < minStop || a <= 2 * b) return false;
  const scores = trigramScores(text);
  const mine = scores.get(FRANC_CODE[lang]) ?? 0;
  return mine >= NEAR_BEST && mine > (scores.get(FRANC_CODE[other]) ?? 0);
}
