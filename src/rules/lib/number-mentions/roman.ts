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
  const found = romanGate(text, start, end);
  if (found === 0) return;
  // Search the segment alone: a rare pattern searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  if (found & NUMERAL) {
    const re = ROMAN_NUMERAL;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const digits = m[1] ?? m[2];
      pushRoman(out, start + m.index, m[0].length, digits);
    }
  }
  if (!(found & AFTER_SPACE)) return;
  NAME_AND_DIGIT.lastIndex = 0;
  for (let m = NAME_AND_DIGIT.exec(slice); m; m = NAME_AND_DIGIT.exec(slice)) {
    pushRoman(out, start + m.index + m[0].length - 1, 1, m[1]);
  }
}

/** `romanGate` bits: a numeral may start here (ROMAN_NUMERAL), a digit follows a space (NAME_AND_DIGIT). */
const NUMERAL = 1;
const AFTER_SPACE = 2;
/** 1 for I, V, X, L and C; 2 for the "e" a one-digit ordinal continues with ("Ier"; "Vème" by its "è", above ASCII). */
const ROMAN_UNIT = Uint8Array.from({ length: 128 }, (_, c) => ("IVXLC".includes(String.fromCharCode(c)) ? 1 : c === 101 ? 2 : 0));

/**
 * Which of the two expressions can match in text[start, end), by one unit loop instead of a slice and both searches
 * (src/fast/README.md): each needs two units in a row that most segments lack. A numeral is two Roman digits or one
 * before "e" or "è" ("XX", "Ier", "Vème"); a regnal digit is I, V or X after a space (" I", " V", " X").
 */
export function romanGate(text: string, start: number, end: number): number {
  let found = 0;
  for (let k = start; k + 1 < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      const d = text.charCodeAt(k + 1);
      if (d === 73 || d === 86 || d === 88) found |= AFTER_SPACE;
    } else if (c < 128 && ROMAN_UNIT[c] === 1) {
      const d = text.charCodeAt(k + 1);
      if (d < 128 ? ROMAN_UNIT[d] !== 0 : d === 0xe8) found |= NUMERAL;
    }
  }
  return found;
}

/** Adds one soft Roman numeral mention of `length` characters at `at` whose digits are `digits`. */
function pushRoman(out: NumberMention[], at: number, length: number, digits: string): void {
  out.push({ ...wordValueMention(at, at + length, romanValue(digits), true), numEnd: at + digits.length });
}
