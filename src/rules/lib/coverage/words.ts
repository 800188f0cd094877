// Word counts of sentences (the structural rules' measure of a sentence's size), memoised per document.
import type { Doc, Segment } from "../../../segment/document";
import { DocMemo } from "../../../fast/doc-memo";

/** Number of words with letters (runs of non-white-space characters that contain a letter). */
export function wordCount(text: string): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (i === len) break;
    const start = i;
    let letter = false;
    let wide = false;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c <= 32 && isSpace(c)) break;
        if (!letter && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) letter = true;
      } else if (isSpace(c)) break;
      else wide = true;
    }
    if (letter || (wide && WORD.test(text.slice(start, i)))) n++;
  }
  return n;
}
const WORD = /\p{L}/u;

/** True for the UTF-16 units that /\s/ matches (white space and line terminators). */
function isSpace(c: number): boolean {
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

const WORDS_CACHE = new DocMemo<Int32Array>();

/** `wordCount` of segment `s` of `doc`, computed at most once per segment. */
export function segmentWords(doc: Doc, s: Segment): number {
  let counts = WORDS_CACHE.get(doc);
  if (!counts) {
    counts = new Int32Array(doc.segments.length).fill(-1);
    WORDS_CACHE.set(doc, counts);
  }
  let n = counts[s.index];
  if (n < 0) n = counts[s.index] = wordCount(s.text);
  return n;
}
