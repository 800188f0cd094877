// pronoun-gender: the words of a text with their offsets, and what a word is by its letters alone (issue 12).
import { letterOrMarkUnitsAt, UPPER_CASE, unitCase } from "../../fast/unit-class";

export interface Token {
  start: number;
  end: number;
  lower: string;
  capital: boolean;
}

/**
 * The words of a text with their offsets: the runs `text.matchAll(/[\p{L}\p{M}]+/gu)` finds, read by a scanner over
 * `letterOrMarkUnitsAt` (fast path: no match array per word; src/fast/README.md, test pronoun-tokens).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    let units = letterOrMarkUnitsAt(text, i);
    if (units === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += units;
    while (i < text.length && (units = letterOrMarkUnitsAt(text, i)) > 0);
    const w = text.slice(start, i);
    // capital: w[0] !== w[0].toLowerCase(), the first unit's case bit (remembered per unit).
    out.push({ start, end: i, lower: w.toLowerCase(), capital: (unitCase(text.charCodeAt(start)) & UPPER_CASE) !== 0 });
  }
  return out;
}

/** Whether the phrase ends at token `i` (its words, in order). */
export function phraseEndsAt(tokens: Token[], i: number, phrase: string[]): boolean {
  if (i - phrase.length + 1 < 0) return false;
  return phrase.every((w, k) => tokens[i - phrase.length + 1 + k].lower === w);
}

/** A word of two letters or more all in capitals, or one run into a digit ("COP16"). */
export function acronym(text: string, t: Token): boolean {
  const after = text.charCodeAt(t.end);
  if (after >= 48 && after <= 57) return true;
  // A word opening with an ASCII lower-case letter (most words) is not in capitals: no upper-cased copy to compare.
  const first = text.charCodeAt(t.start);
  if (t.end - t.start < 2 || (first >= 97 && first <= 122)) return false;
  const word = text.slice(t.start, t.end);
  return word === word.toUpperCase();
}

/** A capitalised body noun right after a capitalised word ("Civil Guard", "National Guard"): a body's name. */
export function bodyNounAt(text: string, tokens: Token[], i: number, bodyNouns: ReadonlySet<string>): boolean {
  return bodyNouns.has(tokens[i].lower) && tokens[i].capital && i > 0 && tokens[i - 1].capital && adjacent(text, tokens[i - 1], tokens[i]);
}

/** Only spaces between two tokens, or (given the noun prefixes) a hyphen after a noun prefix ("el ex-jefe"). */
export function adjacent(text: string, a: Token, b: Token, nounPrefixes?: ReadonlySet<string>): boolean {
  const between = text.slice(a.end, b.start);
  // regex-safe: one anchored character class
  return /^\s+$/u.test(between) || (between === "-" && !!nounPrefixes?.has(a.lower));
}
