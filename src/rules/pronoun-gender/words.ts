// Word scanning shared by the gender analyzer: case tests, word edges, normalisation (lowercase without accents).
import { ASCII_LETTER, isLetterAt, LOWER_CASE, unitCase, UPPER_CASE } from "../../fast/unit-class";
import { isAscii, rememberedFold } from "../../fast/remembered-fold";

/** Own-property lookup, so that words such as "constructor" never hit Object.prototype. */
export function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export { isAscii };

const COMBINING_MARKS = /\p{M}/gu;

/** A word outside ASCII lower-cased without accents (each distinct word once: rememberedFold). */
const foldAccented = rememberedFold((s) => s.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase());

/** Lowercases and strips accents: an ASCII word directly (cheaper than looking it up), others through foldAccented. */
export function normalizeName(s: string): string {
  return isAscii(s) ? s.toLowerCase() : foldAccented(s);
}

/** A regex source matching a literal string. */

/** A word of the text with its offsets. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Whether the unit at i of w changes when upper-cased (a lower-case letter). */
function isLowerUnit(w: string, i: number): boolean {
  return (unitCase(w.charCodeAt(i)) & LOWER_CASE) !== 0;
}

/** Whether the unit at i of w changes when lower-cased (a capital letter). */
function isUpperUnit(w: string, i: number): boolean {
  return (unitCase(w.charCodeAt(i)) & UPPER_CASE) !== 0;
}

/** Capitalised but not an all-capitals acronym ("Boluarte", not "ONU"). */
export function isCap(w: string): boolean {
  if (!isUpperUnit(w, 0)) return false;
  if (w.length < 2) return true;
  // Not all capitals: some later unit is lower case (case-changing units are checked one at a time, not via ICU);
  // not an acronym's compound either, capitals up to a hyphen ("SARS-CoV", "MERS-CoV": a virus, no person).
  for (let i = 1; i < w.length; i++) {
    if (isLowerUnit(w, i)) return true;
    if (w.charCodeAt(i) === 45 && i >= 2) return false;
  }
  return false;
}

const lowered = new Map<string, string>();

/** Lowercase of a word, memoised outside ASCII (where case mapping is slow; an ASCII word is cheaper to map than to look up). */
export function lower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let l = lowered.get(s);
  if (l === undefined) {
    l = s.toLowerCase();
    if (lowered.size > 50000) lowered.clear();
    lowered.set(s, l);
  }
  return l;
}

// Candidates for a capital letter, confirmed by isUpperAt: A-Z, Latin-1 capitals and anything past Latin-1 but
// general punctuation (quotes, dashes). No u flag: a Unicode property scan of a long text is several times slower.
const CAP_CANDIDATE = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u1FFF\u2070-\uFFFF]/g;

function isUpperAt(text: string, i: number): boolean {
  return isUpperUnit(text, i) && isLetterAt(text, i);
}

/**
 * Offset of the first capital letter in text[at, end), or -1. test() rather than exec(): a candidate is one
 * character, so it sits just before lastIndex (no match array); each retry starts past the candidate it rejected.
 */
export function nextCapital(text: string, at: number, end: number): number {
  for (;;) {
    CAP_CANDIDATE.lastIndex = at;
    if (!CAP_CANDIDATE.test(text)) return -1;
    const i = CAP_CANDIDATE.lastIndex - 1;
    if (i >= end) return -1;
    if (isUpperAt(text, i)) return i;
    at = i + 1;
  }
}

/** Whether text[i] may continue a word: a letter, an apostrophe or a hyphen. */
export function continuesWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || isLetterAt(text, i);
}

/** Whether the letter at i continues a word begun before it (words are scanned from `from`). */
export function insideWord(text: string, i: number, from: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c !== 39 && c !== 0x2019 && c !== 45) return isLetterAt(text, k);
  }
  return false;
}

/** End of the word that starts at i (letters, apostrophes, hyphens), at most `end`. */
export function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  // ASCII decided in place, continuesWordAt asked above ASCII: the CLI's compiler inlines no call (--no-turbo-inlining).
  for (let c = text.charCodeAt(j); j < end; c = text.charCodeAt(++j)) {
    if (c < 128 ? ASCII_LETTER[c] === 0 && c !== 39 && c !== 45 : !continuesWordAt(text, j)) break;
  }
  return j;
}

/** Start of the next word at or after i, or -1 before `end`. */
export function nextWordStart(text: string, i: number, end: number): number {
  for (let q = i; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c < 128 ? ASCII_LETTER[c] === 1 : isLetterAt(text, q)) return q;
  }
  return -1;
}

/** The word that ends last before `at` (as the word scanner reads words from `from`), or undefined. */
export function previousWord(text: string, at: number, from: number): Word | undefined {
  let k = at - 1;
  while (k >= from) {
    while (k >= from && !continuesWordAt(text, k)) k--;
    if (k < from) return undefined;
    let r = k;
    while (r > from && continuesWordAt(text, r - 1)) r--;
    let s = r;
    while (s <= k && !isLetterAt(text, s)) s++;
    if (s <= k) return { start: s, end: k + 1, text: text.slice(s, k + 1) };
    k = r - 1; // apostrophes or hyphens alone are no word
  }
  return undefined;
}
