// Inflection-tolerant whole-word matching of terms (plural and gender endings), over folded text.
import type { Lang } from "../types";
import { fold } from "./normalize";

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function esc(s: string): string {
  return s.replace(ESCAPE, "\\$&");
}

/** Regex source matching one folded word and its plural / gender variants in `lang`. */
export function wordVariants(word: string, lang: Lang): string {
  if (word.length < 3 || !/[a-z]$/.test(word)) return esc(word);
  if (lang === "es") {
    if (/[oa]s$/.test(word)) return `${esc(word.slice(0, -2))}(?:o|a|os|as)`;
    if (/[oa]$/.test(word)) return `${esc(word.slice(0, -1))}(?:o|a|os|as)`;
    if (/z$/.test(word)) return `${esc(word.slice(0, -1))}(?:z|ces)`;
    if (/ces$/.test(word)) return `${esc(word.slice(0, -3))}(?:z|ces)`;
    if (/[aeiou]s$/.test(word)) return `${esc(word.slice(0, -1))}s?`;
    if (/es$/.test(word)) return `${esc(word.slice(0, -2))}(?:es)?`;
    if (/[aeiou]$/.test(word)) return `${esc(word)}s?`;
    return `${esc(word)}(?:es)?`;
  }
  if (/[^aeiou]y$/.test(word)) return `${esc(word.slice(0, -1))}(?:y|ies)`;
  if (/[^aeiou]ies$/.test(word)) return `${esc(word.slice(0, -3))}(?:y|ies)`;
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return `${esc(word.slice(0, -2))}(?:es)?`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${esc(word)}(?:es)?`;
  if (word.length >= 5 && /[^s]s$/.test(word)) return `${esc(word.slice(0, -1))}s?`;
  return `${esc(word)}s?`;
}

/**
 * A global regex that finds `term` in FOLDED text of `lang` as whole words, each word tolerating plural and
 * gender endings and any run of spaces or hyphens between words ("benefit" finds "benefits", not "benefited").
 */
export function termRegex(term: string, lang: Lang): RegExp {
  const words = fold(term.trim()).split(/[\s\u00a0]+/).filter(Boolean);
  const body = words.map((w) => wordVariants(w, lang)).join("[\\s\\u00a0-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "gu");
}
