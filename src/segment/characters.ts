// The segmenter's character classes: letters, digits, terminators, quotes and brackets around a sentence end.

import { isSpaceUnit } from "../fast/unit-class";

const UPPER_RE = /[\p{Lu}\p{Lt}]/u;
const LOWER_RE = /\p{Ll}/u;
const ALNUM_RE = /[\p{L}\p{N}]/u;

/** A line feed, carriage return, line or paragraph separator. */
export const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** An ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57;
/** A sentence-final mark: . ? ! … ‼ ⁇ ⁈ ⁉ */
export const isTerminator = (c: number) => c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
/**
 * Closing quotes and brackets that may follow the final punctuation: " ' ) ] } » ” ’ › and German “ (after „), and
 * U+0093 and U+0094, what windows-1252 “ and ” become when the text is read as Latin-1 (scraped German news).
 */
export const isCloser = (c: number) =>
  c === 34 ||
  c === 39 ||
  c === 41 ||
  c === 93 ||
  c === 125 ||
  c === 0xbb ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 0x203a ||
  c === 0x201c ||
  c === 0x93 ||
  c === 0x94;
/**
 * Opening marks that may precede the first word of a sentence: ¿ ¡ " ' ( [ « “ ‘ ‹ ` „ ‚ and dashes, and U+0084, what
 * windows-1252 „ becomes when the text is read as Latin-1.
 */
export const isOpener = (c: number) =>
  c === 0x201e ||
  c === 0x201a ||
  c === 0x84 ||
  c === 0xbf ||
  c === 0xa1 ||
  c === 34 ||
  c === 39 ||
  c === 40 ||
  c === 91 ||
  c === 0xab ||
  c === 0x201c ||
  c === 0x2018 ||
  c === 0x2039 ||
  c === 0x2014 ||
  c === 0x2013 ||
  c === 45 ||
  c === 96;

/** Opening quotation marks (German „ and its Latin-1 misreading U+0084 too) and Spanish inverted marks. */
export const isQuoteOpener = (c: number) =>
  c === 0xbf || c === 0xa1 || c === 34 || c === 0xab || c === 0x201c || c === 0x2018 || c === 96 || c === 0x201e || c === 0x84;

/** Invisible format characters: zero-width spaces and joiners, direction marks and embeddings, word joiner. */
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x2060;
/** What may stand between a sentence end and the next word: openers, spaces, invisible characters. */
export const isSkippedBeforeWord = (c: number) => isOpener(c) || isSpaceUnit(c) || isInvisible(c);

/** Whether the unit at i is an upper-case (or title-case) letter. */
export function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(text[i]);
}
/** Whether the unit at i is a lower-case letter. */
export function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(text[i]);
}
/** Whether the unit at i is a letter (not a digit). */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !isDigit(c) && ALNUM_RE.test(text[i]);
}
/** Whether the unit at i is a letter or a digit. */
export function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM_RE.test(text[i]);
}
