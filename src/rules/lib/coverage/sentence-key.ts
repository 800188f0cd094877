// Sentence keys: a sentence folded to lower-case unaccented words, to compare sentences for repeats and copies.
import type { Segment } from "../../../segment/document";
import type { SideMemo } from "../../../segment/memo";

/** Folded comparison form of a sentence: lower case, no accents, letters and digits only, single spaces. */
export function sentenceKey(text: string): string {
  return foldedWords(text) ?? slowSentenceKey(text);
}

/** `sentenceKey` by its definition. */
function slowSentenceKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/*
 * `sentenceKey` one UTF-16 unit at a time. For a unit that is no combining mark, no surrogate and no capital sigma
 * (whose lower case depends on its context), the definition works unit by unit: decomposing it yields a base
 * character first, so canonical reordering never crosses units, and lower-casing is context-free. Such a unit
 * folds to nothing, to one letter or digit, or to a separator; anything else sends the text to the definition.
 */
const FOLD_UNKNOWN = 0;
const FOLD_SEPARATOR = 1;
const FOLD_WORD = 2;
const FOLD_NOTHING = 3;
const FOLD_OTHER = 4;
/** How each BMP unit folds (FOLD_*), learnt on first sight. */
const FOLD_KIND = new Uint8Array(65536);
/** The letter or digit a FOLD_WORD unit folds to. */
const FOLD_UNIT = new Uint16Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /\p{M}/u;

function learnFold(c: number): number {
  let kind = FOLD_OTHER;
  if ((c < 0xd800 || c > 0xdfff) && c !== 0x3a3) {
    const ch = String.fromCharCode(c);
    if (!MARK.test(ch)) {
      const folded = ch
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
      if (folded.length === 0) kind = FOLD_NOTHING;
      else if (folded.length === 1) {
        const f = folded.charCodeAt(0);
        if (f < 0xd800 || f > 0xdfff) {
          if (LETTER_OR_DIGIT.test(folded)) {
            kind = FOLD_WORD;
            FOLD_UNIT[c] = f;
          } else kind = FOLD_SEPARATOR;
        }
      }
    }
  }
  FOLD_KIND[c] = kind;
  return kind;
}

/** Reused output buffer of `foldedWords`. */
let foldBuffer = new Uint16Array(256);

/** `sentenceKey` of a text whose every unit folds unit by unit; null for any other text. */
function foldedWords(text: string): string | null {
  const len = text.length;
  if (foldBuffer.length < len) foldBuffer = new Uint16Array(len);
  const out = foldBuffer;
  let n = 0;
  let gap = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    if (c < 128) {
      if (c >= 97 && c <= 122) kind = FOLD_WORD;
      else if (c >= 65 && c <= 90) {
        if (gap && n > 0) out[n++] = 32;
        gap = false;
        out[n++] = c + 32;
        continue;
      } else if (c >= 48 && c <= 57) kind = FOLD_WORD;
      else kind = FOLD_SEPARATOR;
      if (kind === FOLD_SEPARATOR) {
        gap = true;
        continue;
      }
      if (gap && n > 0) out[n++] = 32;
      gap = false;
      out[n++] = c;
      continue;
    }
    kind = FOLD_KIND[c];
    if (kind === FOLD_UNKNOWN) kind = learnFold(c);
    if (kind === FOLD_WORD) {
      if (gap && n > 0) out[n++] = 32;
      gap = false;
      out[n++] = FOLD_UNIT[c];
    } else if (kind === FOLD_SEPARATOR) gap = true;
    else if (kind === FOLD_OTHER) return null;
  }
  let key = "";
  for (let i = 0; i < n; i += 4096) key += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return key;
}

declare module "../../../segment/memo" {
  interface SideMemo {
    /** `sentenceKey` of every segment: `sentenceKeys` (src/rules/lib/coverage/sentence-key.ts). */
    sentenceKeys?: string[];
    /** `sentenceKey` of the segments asked one by one, before all were: `sentenceKeyOf` (same file). */
    someSentenceKeys?: (string | undefined)[];
  }
}

/** `sentenceKey` of every segment of a side's document, computed once per check. */
export function sentenceKeys(side: SideMemo): string[] {
  return (side.sentenceKeys ??= side.doc.segments.map((s) => sentenceKey(s.text)));
}

/** `sentenceKey` of one segment of a side's document, computed at most once (the keys of all segments when known). */
export function sentenceKeyOf(side: SideMemo, s: Segment): string {
  if (side.sentenceKeys) return side.sentenceKeys[s.index];
  return ((side.someSentenceKeys ??= [])[s.index] ??= sentenceKey(s.text));
}
