// Length-preserving text folding and small string-distance helpers shared by the cross-lingual rules.
import { ASCII_WORD, RememberedClass } from "../fast/unit-class";

const foldCache = new Map<string, string>();

/** Folds one UTF-16 unit: lower case without diacritics, ’ as '; always returns exactly one unit. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  if (code === 0x2019 || code === 0x2018) return "'"; // curly apostrophes read as straight ones
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    const base = (lower.length === 1 ? lower : c).normalize("NFD")[0];
    f = base && base.length === 1 ? base : c;
    foldCache.set(c, f);
  }
  return f;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/** Lower-cases and strips accents one unit at a time, so offsets in the result equal offsets in `text`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) {
    let out = "";
    for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
    return out;
  }
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_ALL, foldChar) : lower;
}

/** `fold(doc.text)` of a side of the check (a SideMemo, src/segment/memo.ts), computed once however many rules ask. */
export function foldedText(side: { readonly doc: { text: string }; folded?: string }): string {
  return (side.folded ??= fold(side.doc.text));
}

// regex-safe: one character class, no quantifier
const WORD_CHARS = new RememberedClass(/[\p{L}\p{N}]/u);

/** True when the UTF-16 unit `c` (read alone, as `isWordCharAt` does) is a letter or digit. */
export function isWordUnit(c: number): boolean {
  // ASCII letters and digits are the only ASCII letters/digits of Unicode: decided without a regex.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHARS.unit(c);
}

/** True when the unit at `i` is a letter or digit (false outside the string). */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordUnit(text.charCodeAt(i));
}

/** Units (1, or 2 for a surrogate pair) of the letter or digit at `i` (what /[\p{L}\p{N}]/u reads there), else 0. */
export function wordUnitsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c]! : WORD_CHARS.unitsAt(text, i);
}

/**
 * `text.replace(/[^\p{L}\p{N}'’]+/gu, " ").trim()` by hand: the runs of letters, digits and apostrophes joined by one
 * space (the regex's replacement of nearly every gap between words was the cost on a whole article).
 */
export function wordsAndApostrophes(text: string): string {
  const unitsAt = (i: number) => {
    const c = text.charCodeAt(i);
    return c === 39 || c === 0x2019 ? 1 : wordUnitsAt(text, i);
  };
  let out = "";
  const n = text.length;
  for (let i = 0; i < n; ) {
    let u = unitsAt(i);
    if (u === 0) {
      i++;
      continue;
    }
    const start = i;
    while (u > 0) u = unitsAt((i += u));
    out = out ? `${out} ${text.slice(start, i)}` : text.slice(start, i);
  }
  return out;
}

/**
 * Finds `needle` in `haystack` (both already folded) starting at a word start within [from, to); the match may
 * run on into a longer word ("europe" finds "european") unless `whole` is set. Returns the index or -1.
 */
export function findAtWordStart(haystack: string, needle: string, from = 0, to = haystack.length, whole = false): number {
  if (!needle) return -1;
  // Search only up to `to` (a cheap sliced view): an unbounded indexOf would scan the rest of the document.
  const region = to < haystack.length ? haystack.slice(0, Math.max(0, to)) : haystack;
  for (let i = region.indexOf(needle, from); i >= 0; i = region.indexOf(needle, i + 1)) {
    if (isWordCharAt(haystack, i - 1)) continue;
    if (whole && isWordCharAt(haystack, i + needle.length)) continue;
    return i;
  }
  return -1;
}

/**
 * True when the optimal-string-alignment distance of `a` and `b` is exactly 1 (`editDistance(a, b, 1) === 1`): one
 * unit substituted, inserted or deleted, or two adjacent units swapped. Linear, and allocates nothing.
 */
export function isOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1) return false;
  let i = 0;
  while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la !== lb) return sameFrom(a, i + 1, b, i);
  if (i === la) return false;
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2);
}

/** True when a from `i` and b from `j` are the same to their (equally distant) ends. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Optimal-string-alignment distance (edits and adjacent swaps), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}
