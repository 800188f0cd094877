// Word counts of sentences (the structural rules' measure of a sentence's size), memoised per document.
import type { Doc, Segment } from "../../../segment/document";
import { DocMemo } from "../../../fast/doc-memo";
import { isSpaceUnit } from "../../../fast/unit-class";

/** Number of words with letters (runs of non-white-space characters that contain a letter). */
export function wordCount(text: string): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    while (i < len && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i === len) break;
    const start = i;
    let letter = false;
    let wide = false;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c <= 32 && isSpaceUnit(c)) break;
        if (!letter && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) letter = true;
      } else if (isSpaceUnit(c)) break;
      else wide = true;
    }
    if (letter || (wide && WORD.test(text.slice(start, i)))) n++;
  }
  return n;
}
const WORD = /\p{L}/u;

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
