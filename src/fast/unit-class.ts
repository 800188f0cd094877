// What one UTF-16 unit is (a letter; its case), worked out once per unit and remembered: a \p{L} test or a case
// mapping outside ASCII is slow, and the same few units come back in every text.

/**
 * 1 for an ASCII letter, 0 for any other ASCII unit, by unit: letterUnitsAt's answer below 128, for a scanner's loop
 * to read in place (the CLI's optimising compiler inlines no call: bin/translint.mjs --no-turbo-inlining).
 */
export const ASCII_LETTER: Uint8Array = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** 1 for an ASCII letter or digit, 0 for any other ASCII unit: `wordUnitsAt` (src/lang/normalize.ts) below 128, read in place. */
export const ASCII_WORD: Uint8Array = Uint8Array.from({ length: 128 }, (_, c) => (ASCII_LETTER[c] || (c >= 48 && c <= 57) ? 1 : 0));

/**
 * A character class (an expression that matches one code point) answered per UTF-16 unit outside ASCII, remembered:
 * the expression runs once per unit, and the same few units come back in every text. A surrogate pair is asked of
 * the expression itself. Each user decides ASCII by its own table or code, before asking.
 */
export class RememberedClass {
  /** Per UTF-16 unit: 0 = not looked at yet, 1 = the class matches the unit alone, 2 = not. */
  private readonly known = new Uint8Array(65536);

  constructor(private readonly oneCodePoint: RegExp) {}

  /** True when the class matches the UTF-16 unit `c` read alone. */
  unit(c: number): boolean {
    let known = this.known[c];
    if (known === 0) this.known[c] = known = this.oneCodePoint.test(String.fromCharCode(c)) ? 1 : 2;
    return known === 1;
  }

  /** Units (1, or 2 for a surrogate pair) of the code point at `i` of text[.., end) when the class matches it, else 0. */
  unitsAt(text: string, i: number, end = text.length): number {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return this.oneCodePoint.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    return this.unit(c) ? 1 : 0;
  }
}

// regex-safe: one character class, no quantifier
const LETTERS = new RememberedClass(/\p{L}/u);

/** True when the UTF-16 unit `c`, read alone, is a letter (ASCII by code, others by \p{L}). */
export function isLetterUnit(c: number): boolean {
  return c < 128 ? ASCII_LETTER[c] === 1 : LETTERS.unit(c);
}

/** True when the unit at `i` of `text` is a letter (false outside the text). */
export function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterUnit(text.charCodeAt(i));
}

/**
 * Units (1, or 2 for a surrogate pair) of the letter starting at `i` of text[.., end), or 0 when no letter starts
 * there: what /\p{L}/u reads at `i` (a code point, not a unit).
 */
export function letterUnitsAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_LETTER[c]! : LETTERS.unitsAt(text, i, end);
}

// regex-safe: one character class, no quantifier
const LETTERS_OR_MARKS = new RememberedClass(/[\p{L}\p{M}]/u);

/**
 * Units (1, or 2 for a surrogate pair) of the letter or mark starting at `i` of `text`, or 0 when none starts there:
 * what /[\p{L}\p{M}]/u reads at `i` (a code point, not a unit).
 */
export function letterOrMarkUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_LETTER[c]! : LETTERS_OR_MARKS.unitsAt(text, i);
}

/** Case bit: the unit changes when upper-cased (a lower-case letter). */
export const LOWER_CASE = 2;
/** Case bit: the unit changes when lower-cased (a capital). */
export const UPPER_CASE = 4;
/** Per UTF-16 unit outside ASCII: 0 = not looked at yet, else 1 + its case bits. */
const UNIT_CASE = new Uint8Array(65536);

/** The case bits (LOWER_CASE, UPPER_CASE) of the UTF-16 unit `c` read alone. */
export function unitCase(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? UPPER_CASE : c >= 97 && c <= 122 ? LOWER_CASE : 0;
  let known = UNIT_CASE[c];
  if (known === 0) {
    const ch = String.fromCharCode(c);
    UNIT_CASE[c] = known = 1 + (ch !== ch.toUpperCase() ? LOWER_CASE : 0) + (ch !== ch.toLowerCase() ? UPPER_CASE : 0);
  }
  return known & (LOWER_CASE | UPPER_CASE);
}

/** True for the UTF-16 units that /\s/ matches (white space and line terminators), without a regex call. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
