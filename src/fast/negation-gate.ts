// negation's gate: whether a bead side may hold a verbal negator, by one expression instead of reading its words.
import type { Lang } from "../types";
import { byLanguage } from "../lang/registry";

/**
 * Whether text[start, end) may hold a verbal negator of `lang`: a word of its `verbal` list (any case) or a contracted
 * "n't", found by one expression over the text instead of reading its words. It answers false only where `polarityOf`
 * finds no negator (a negator is such a word), so a bead neither side of which may negate needs no polarity
 * (src/fast/README.md); it may answer true where polarityOf finds none.
 */
export function mayNegate(text: string, start: number, end: number, lang: Lang): boolean {
  return NEGATOR_GATE[lang].test(text.slice(start, end));
}

/**
 * Per language, the expression of `mayNegate`: a verbal word after no letter, not followed by a letter unless it
 * ends in an apostrophe (an elided "n'"), either apostrophe for the other; or "n't" anywhere.
 */
const NEGATOR_GATE = byLanguage((l) => {
  // regex-safe: a one-unit class, replaced
  const word = (v: string) => v.replace(/['’]/g, "['’]") + (v.endsWith("'") || v.endsWith("’") ? "" : "(?!\\p{L})");
  // regex-safe: fixed words after a look-behind of one letter, no quantifier
  return new RegExp(`(?<!\\p{L})(?:${l.negation.verbal.map(word).join("|")})|n['’]t`, "iu");
});
