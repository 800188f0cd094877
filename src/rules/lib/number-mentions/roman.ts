// Roman numerals ("distrito XXII", "siglo XX"): soft mentions that may only absorb a match.
import type { NumberMention } from "./mention";

/**
 * Two or more Roman digits ("XX"), maybe with a French ordinal ending ("XIXe siècle", "IIIe République"), or one
 * digit with a longer ordinal ending ("Ier", "Vème"): a bare "I", "Ce" or "Le" is a word.
 */
const ROMAN_NUMERAL = /\b(?:([IVXLC]{2,7})(?:e|er|ème)?|([IVXLC])(?:er|ème))\b/g;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral made of I, V, X, L and C. */
function romanValue(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]];
    const next = ROMAN[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Adds the Roman numerals of text[start, end) to `out`. */
export function romanMentions(text: string, start: number, end: number, out: NumberMention[]): void {
  // Search the segment alone: a rare pattern searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  const re = ROMAN_NUMERAL;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const digits = m[1] ?? m[2];
    const v = romanValue(digits);
    const at = start + m.index;
    out.push({
      start: at,
      end: at + m[0].length,
      numStart: at,
      numEnd: at + digits.length,
      values: [v],
      value: v,
      base: v,
      scale: 1,
      decimals: 0,
      digits: false,
      soft: true,
    });
  }
}
