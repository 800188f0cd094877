import type { Lang } from "../../types";
import type { Language } from "../../lang/language";
import { byLanguage } from "../../lang/registry";

/** How far a written percentage may be from a fraction's and still state it ("33 %" for "a third"). */
const TOLERANCE = 1.5;

const norm = (phrase: string) => phrase.toLowerCase().replace(SEPARATORS, " ");
const SEPARATORS = /[-\s]+/g;

/** The fraction words of a language with the percentage they state ("a fifth" 20, "la mitad" 50). */
function compile(language: Language): { re: RegExp; values: Record<string, number> } {
  const values: Record<string, number> = {};
  for (const [k, v] of Object.entries(language.numberWords.fractions)) values[norm(k)] = v;
  const alternatives = Object.keys(values)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, "[-\\s]"));
  // regex-safe: a plain alternation of fixed phrases between letter boundaries
  return { re: new RegExp(`(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`, "giu"), values };
}

const PATTERNS: Record<Lang, { re: RegExp; values: Record<string, number> }> = byLanguage(compile);

/** The percentages the fraction words of `text` state ("a fifth" 20, "la mitad" 50). */
export function fractionPercents(text: string, lang: Lang): number[] {
  const { re, values } = PATTERNS[lang];
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = values[norm(m[0])];
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Whether a percentage is what one of the fractions states. */
export function statedByFraction(percent: number, fractions: number[]): boolean {
  return fractions.some((f) => Math.abs(f - percent) <= TOLERANCE);
}

const PERCENT_AFTER = /^[\s\u00a0\u202f]?(?:%|por\s+ciento|per\s*cent|percent)/i;

/** Whether the digits ending at `numEnd` are followed by a percent sign or word. */
export function isPercentAt(text: string, numEnd: number): boolean {
  return PERCENT_AFTER.test(text.slice(numEnd, numEnd + 12));
}
