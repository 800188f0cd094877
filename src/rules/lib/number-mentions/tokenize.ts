// Splits a text into number tokens (digits with their separators and suffixes) and possible number words.
import type { Lang } from "../../../types";
import { NOT_ASCII } from "../../../fast/word-set";
import { isLetterAt } from "../../../fast/unit-class";
import { type CompiledWords, WORDS } from "./word-table";

/** A digit token or a word that can be part of a number, with its lower case. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The number a compound word opens with ("dreitägigen": 3): a soft mention. */
  compound?: number;
}

// regex-safe: each group is exactly three digits after a mandatory space; sticky, anchored at one offset
const SPACED_THOUSANDS = /\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?:[.,]\p{N}{1,2}(?![\p{N}]))?(?![\p{N}]|[.,]\p{N})/uy;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** ASCII lower case of a unit code (other codes unchanged). */
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether the word text[i, j) starts with the prefix of some number word (ASCII by code, else by string). */
function hasNumberPrefix(text: string, i: number, j: number, words: CompiledWords): boolean {
  const c0 = text.charCodeAt(i);
  const c1 = j - i > 1 ? text.charCodeAt(i + 1) : 0;
  if (c0 < 128 && c1 < 128) return words.asciiPrefixes[asciiLower(c0) * 128 + asciiLower(c1)] === 1;
  return words.prefixes.has(text.slice(i, Math.min(j, i + 2)).toLowerCase());
}

/**
 * Whether the word text[i, j) may be a number word: one of its language's words has its first two letters and, when
 * those are ASCII, its length. (`hasNumberPrefix` and the length: most words that share a number word's first letters,
 * "de", "the", "que", are of another length. Lower-casing keeps a word's length but for "İ", found in no number word.)
 */
function mayBeNumberWord(text: string, i: number, j: number, words: CompiledWords): boolean {
  const c0 = text.charCodeAt(i);
  const c1 = j - i > 1 ? text.charCodeAt(i + 1) : 0;
  if (c0 < 128 && c1 < 128) return (words.asciiShapes[asciiLower(c0) * 128 + asciiLower(c1)] & (1 << Math.min(j - i, 31))) !== 0;
  return words.prefixes.has(text.slice(i, Math.min(j, i + 2)).toLowerCase());
}

/** Splits text into number tokens and the words that can be part of a number (a hand-written scanner: no match arrays). */
export function tokenize(text: string, start: number, end: number, lang: Lang): Token[] {
  const out: Token[] = [];
  const words = WORDS[lang];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Spaces, controls and ASCII punctuation below "0" start no token.
    if (c < 48) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      // digits, then (separator digits)*, then letters or ordinal marks ("26th", "1º", "5km")
      let j = i + 1;
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
      for (;;) {
        const sep = text.charCodeAt(j);
        if (j + 1 < end && (sep === 46 || sep === 44 || sep === 58) && isDigitCode(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < end && isDigitCode(text.charCodeAt(j))) j++;
        } else break;
      }
      while (j < end && (isLetterAt(text, j) || text[j] === "º" || text[j] === "ª" || text[j] === "°")) j++;
      SPACED_THOUSANDS.lastIndex = i;
      const sm = SPACED_THOUSANDS.exec(text);
      if (sm && i + sm[0].length <= end && i + sm[0].length > j) j = i + sm[0].length;
      const t = text.slice(i, j);
      out.push({ start: i, end: j, text: t, lower: t.toLowerCase() });
      i = j;
      continue;
    }
    if (c < 128 ? ((c | 32) - 97) >>> 0 < 26 : isLetterAt(text, i)) {
      // (an ASCII unit is a letter when, lower-cased by setting bit 5, it falls in a-z)
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d < 128 ? ((d | 32) - 97) >>> 0 >= 26 : !isLetterAt(text, j)) break;
      }
      // Words that can take no part in a number are left out: a gap check between kept tokens then fails on them.
      if (j - i <= words.longest && mayBeNumberWord(text, i, j, words)) {
        // ASCII words are looked up in place (their lower case is the member found); others are sliced.
        const found = words.anyAscii.find(text, i, j);
        if (found === NOT_ASCII) {
          const t = text.slice(i, j);
          const lower = t.toLowerCase();
          if (words.any.has(lower)) out.push({ start: i, end: j, text: t, lower });
          else if (words.inCompound) compoundToken(text, i, j, words.inCompound, out);
        } else if (found !== undefined) out.push({ start: i, end: j, text: text.slice(i, j), lower: found });
        else if (words.inCompound) compoundToken(text, i, j, words.inCompound, out);
      } else if (words.inCompound && hasNumberPrefix(text, i, j, words)) compoundToken(text, i, j, words.inCompound, out);
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Adds text[i, j) as a compound token when it opens with a number word and a known stem follows. */
function compoundToken(text: string, i: number, j: number, inCompound: (w: string) => number | undefined, out: Token[]): void {
  const t = text.slice(i, j);
  const lower = t.toLowerCase();
  const compound = inCompound(lower);
  if (compound !== undefined) out.push({ start: i, end: j, text: t, lower, compound });
}

/** Whether only spaces, hyphens or one line break (at most three units) separate two tokens. */
export function gapOk(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let x = a.end; x < b.start; x++) {
    const ch = text.charCodeAt(x);
    if (ch !== 32 && ch !== 45 && ch !== 160 && ch !== 9 && ch !== 10 && ch !== 0x202f) return false;
  }
  return true;
}

/** The scale of token `i` ("millones") when it directly follows `prev`, else 0. */
export function scaleAt(text: string, tokens: Token[], w: CompiledWords, i: number, prev: Token): number {
  const t = tokens[i];
  return t && gapOk(text, prev, t) ? (w.scales.get(t.lower) ?? 0) : 0;
}
