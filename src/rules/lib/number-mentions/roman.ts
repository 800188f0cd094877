// Roman numerals ("distrito XXII", "siglo XX"): soft mentions that may only absorb a match.
import { type NumberMention, wordValueMention } from "./mention";

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

/**
 * One Roman digit after a name inside a sentence ("World War I", "Boleslav I.", "Felipe V"): a regnal or serial
 * number. The name is a capitalised word that does not open the segment (an English "Yesterday I" is a pronoun).
 */
// regex-safe: a capital, one letter run, one space, one character; no nested quantifier
const NAME_AND_DIGIT = /(?<=\S\s+)\p{Lu}\p{Ll}+ ([IVX])(?![\p{L}\p{N}'’])/gu;

/** Adds the Roman numerals of text[start, end) to `out`. */
export function romanMentions(text: string, start: number, end: number, out: NumberMention[]): void {
  // Search the segment alone: a rare pattern searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  const found = romanGate(slice);
  if (found & NUMERAL) {
    const re = ROMAN_NUMERAL;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const digits = m[1] ?? m[2];
      pushRoman(out, start + m.index, m[0].length, digits);
    }
  }
  if (!(found & NAME_DIGIT)) return;
  NAME_AND_DIGIT.lastIndex = 0;
  for (let m = NAME_AND_DIGIT.exec(slice); m; m = NAME_AND_DIGIT.exec(slice)) {
    pushRoman(out, start + m.index + m[0].length - 1, 1, m[1]);
  }
}

/** `romanGate` bits: ROMAN_NUMERAL may match (NUMERAL), NAME_AND_DIGIT may match (NAME_DIGIT). */
const NUMERAL = 1;
const NAME_DIGIT = 2;
/** Two Roman digits in a row, or one before the "e" or "è" of an ordinal ending ("XX", "Ier", "Vème"). */
// regex-safe: two character classes, no quantifier
const NUMERAL_GATE = /[IVXLC][IVXLCeè]/;
/** A space, a digit and what NAME_AND_DIGIT's look-ahead allows after it (not the "I" of "In", "It's"). */
// regex-safe: a space, one class and a look-ahead of one class; no quantifier
const NAME_DIGIT_GATE = / [IVX](?![\p{L}\p{N}'’])/u;

/**
 * Which of the two expressions may match in `text` (src/fast/README.md): each holds a pair of units most segments
 * lack, found by an expression with no look-behind and no repetition, cheaper than either: ROMAN_NUMERAL's two
 * digits in a row (or one before an ordinal ending), NAME_AND_DIGIT's space, digit and the unit after it.
 */
export function romanGate(text: string): number {
  return (NUMERAL_GATE.test(text) ? NUMERAL : 0) | (NAME_DIGIT_GATE.test(text) ? NAME_DIGIT : 0);
}

/** Adds one soft Roman numeral mention of `length` characters at `at` whose digits are `digits`. */
function pushRoman(out: NumberMention[], at: number, length: number, digits: string): void {
  out.push({ ...wordValueMention(at, at + length, romanValue(digits), true), numEnd: at + digits.length });
}
