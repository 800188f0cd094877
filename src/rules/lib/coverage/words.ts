// Word counts of sentences (the structural rules' measure of a sentence's size), memoised per document.
import type { Segment } from "../../../segment/document";
import type { SideMemo } from "../../../segment/memo";
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

declare module "../../../segment/memo" {
  interface SideMemo {
    /** `wordCount` of each segment, -1 until asked: `segmentWords` (src/rules/lib/coverage/words.ts). */
    wordCounts?: Int32Array;
  }
}

/** `wordCount` of segment `s` of a side's document, computed at most once per segment and check. */
export function segmentWords(side: SideMemo, s: Segment): number {
  const counts = (side.wordCounts ??= new Int32Array(side.doc.segments.length).fill(-1));
  let n = counts[s.index];
  if (n < 0) n = counts[s.index] = wordCount(s.text);
  return n;
}
