// Inflection-tolerant whole-word matching of terms (plural and gender endings), over folded text.
import type { Lang } from "../types";
import { fold } from "./normalize";
import { languageOf } from "./registry";

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** The text as a regex source that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(ESCAPE, "\\$&");
}

/** Regex source matching one folded word and its plural / gender variants in `lang`. */
export function wordVariants(word: string, lang: Lang): string {
  if (word.length < 3 || !/[a-z]$/.test(word)) return escapeRegExp(word);
  return languageOf(lang).wordVariants(word, escapeRegExp);
}

/**
 * A global regex that finds `term` in FOLDED text of `lang` as whole words, each word tolerating plural and
 * gender endings and any run of spaces or hyphens between words ("benefit" finds "benefits", not "benefited").
 */
export function termRegex(term: string, lang: Lang): RegExp {
  const words = fold(term.trim())
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  const body = words.map((w) => wordVariants(w, lang)).join("[\\s\\u00a0-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "gu");
}
