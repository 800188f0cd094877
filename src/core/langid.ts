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

const WORDS = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Quoted or bracketed material: titles, names and quotes may legitimately stay in the other language. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|‘[^’\n]*’|\([^)\n]*\)|\[[^\]\n]*\]/g;

/** The text with quoted and bracketed material blanked out. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, " ");
}

/** How many of the text's words are function words exclusive to `lang`. */
export function stopwordCount(text: string, lang: Lang): number {
  let n = 0;
  for (const m of text.matchAll(WORDS)) if (EXCLUSIVE[lang].has(foldWord(m[0]))) n++;
  return n;
}

/** Trigram language scores of a text among the supported languages (1 = best match among those scored). */
export function trigramScores(text: string): Record<Lang, number> {
  const out: Record<Lang, number> = { es: 0, en: 0 };
  for (const [code, score] of francAll(text, { only: FRANC_ONLY, minLength: 1 })) {
    for (const lang of Object.keys(FRANC_CODE) as Lang[]) if (FRANC_CODE[lang] === code) out[lang] = score;
  }
  return out;
}

/** The trigram model's best language among the supported ones and their neighbours (ISO 639-3 code). */
function bestTrigramLanguage(text: string): string {
  return francAll(text, { only: FRANC_ONLY, minLength: 1 })[0]?.[0] ?? "und";
}

/**
 * Decides whether `text` is written in `lang` rather than `other`: the trigram model (franc) must prefer `lang`
 * over `other` and over neighbouring languages, and the function words must agree (more exclusive function words of `lang` than of `other`, at least `minStop`).
 */
export function isWrittenIn(text: string, lang: Lang, other: Lang, minStop = 2): boolean {
  const a = stopwordCount(text, lang);
  const b = stopwordCount(text, other);
  if (a < minStop || a <= 2 * b) return false;
  return bestTrigramLanguage(text) === FRANC_CODE[lang];
}
