// Runs of words a target sentence shares, in the same order and side by side, with its aligned source sentences:
// the raw material of untranslated-phrase (a phrase copied from the source instead of translated).
import { foldWord } from "../../align/anchors";
import { HASH_SEED } from "../../fast/span-set";
import { wordHash, wordHashStep } from "../../fast/word-set";
import { forEachLetterWord } from "../../segment/letter-words";
import type { Segment } from "../../segment/document";

/** A word of a text with its offsets and its folded form. */
export interface RunWord {
  start: number;
  end: number;
  raw: string;
  folded: string;
}

/** Quoted or bracketed material (titles, quotations kept on purpose, glosses), blanked to spaces; single quotes apart. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|\([^)\n]*\)|\[[^\]\n]*\]/g;
/**
 * A single quote that opens (not after a letter or digit, before one) or closes (no letter or digit after): an
 * apostrophe inside a word ("October's", "EU's", "it’s") does neither.
 */
// regex-safe: no quantifier at all (one quote character between lookarounds).
const SINGLE = /(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])|['’](?![\p{L}\p{N}])|\n/gu;

/** The spans [start, end) of single-quoted material: an opener up to the next closer of its line. */
function singleQuoted(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(SINGLE)) {
    const opens = m[0] !== "\n" && /[\p{L}\p{N}]/u.test(text[m.index + 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[m.index - 1] ?? "");
    if (m[0] === "\n") open = -1;
    else if (open >= 0 && !opens) {
      out.push([open, m.index + 1]);
      open = -1;
    } else if (opens && open < 0) open = m.index;
  }
  return out;
}

/**
 * The text with quoted and bracketed material replaced by as many spaces (offsets kept), except what `keep` says
 * is ordinary text (say, a translated aside in brackets, as opposed to a gloss or a title).
 */
export function blankQuotes(text: string, keep: (inner: string) => boolean = () => false): string {
  const blank = (m: string) => (keep(m) ? m : " ".repeat(m.length));
  let out = text.replace(QUOTED, blank);
  for (const [a, b] of singleQuoted(out)) out = out.slice(0, a) + blank(out.slice(a, b)) + out.slice(b);
  return out;
}

const MARKS = /[-’]/;

/** The words of text[start, end) in order (letter words, src/segment/letter-words.ts), offsets relative to `text`. */
export function wordsIn(text: string, start = 0, end = text.length): RunWord[] {
  const out: RunWord[] = [];
  forEachLetterWord(text, start, end, (from, to) => out.push(runWord(text.slice(from, to), from, to)));
  return out;
}

/**
 * wordsIn(segment.text), read from the segment's words as the check's shared `SegmentWords` holds them (`spans`:
 * offsets into the document's text `docText`, made relative to the segment here).
 */
export function segmentWordsIn(docText: string, segment: Segment, spans: Int32Array): RunWord[] {
  const out: RunWord[] = new Array(spans.length / 2);
  for (let k = 0; k < spans.length; k += 2) {
    out[k / 2] = runWord(docText.slice(spans[k], spans[k + 1]), spans[k] - segment.start, spans[k + 1] - segment.start);
  }
  return out;
}

/** A word with its folded form. */
function runWord(raw: string, start: number, end: number): RunWord {
  return { start, end, raw, folded: foldRunWord(raw) };
}

/** A word folded (a hyphen folds to a space, a curly apostrophe to a straight one). */
function foldRunWord(raw: string): string {
  // Most words have no hyphen or curly apostrophe: they skip the replace (which would return them unchanged).
  return foldWord(MARKS.test(raw) ? raw.replace(/[-’]/g, (c) => (c === "-" ? " " : "'")) : raw);
}

/** The pairs of adjacent words (separated by spaces only) of a text, folded, as "a b" keys. */
export function adjacentPairs(text: string, words: RunWord[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    if (isSpace(text, words[i - 1].end, words[i].start)) out.add(`${words[i - 1].folded} ${words[i].folded}`);
  }
  return out;
}

/**
 * Adds to `into` the pairs `adjacentPairs(segment.text, segmentWordsIn(docText, segment, spans))` holds, read from
 * the segment's word spans in the document's text without making a RunWord per word (a source segment's words are
 * needed only as these pairs); with `among`, only the pairs both of whose words it holds (the words of the target
 * sentence the pairs are asked of: a pair key is made only for them).
 */
export function addSegmentPairs(docText: string, spans: Int32Array, into: Set<string>, among?: ReadonlySet<string>): void {
  let before = "";
  for (let k = 0; k < spans.length; k += 2) {
    const folded = foldRunWord(docText.slice(spans[k], spans[k + 1]));
    if (k > 0 && isSpace(docText, spans[k - 1], spans[k]) && (!among || (among.has(before) && among.has(folded))))
      into.add(`${before} ${folded}`);
    before = folded;
  }
}

/** A filter of folded-word hashes (bit `hash & FILTER_MASK`), emptied at each `mayShareAPair`. */
const FILTER = new Uint32Array(64);
const FILTER_MASK = 64 * 32 - 1;

/**
 * Fast path (src/fast/README.md) before `addSegmentPairs(sourceText, spans, into, among)` for each of the source
 * segments' `sourceSpans`, where `among` holds the folded words of the target's `targetSpans` (or some of them):
 * false when no two words side by side in a source segment (spaces only between them) both have the hash of a
 * target word's folded form, and then those calls add no pair. A hash is read in place for an ASCII word.
 */
export function mayShareAPair(
  targetText: string,
  targetSpans: Int32Array,
  sourceText: string,
  sourceSpans: readonly Int32Array[],
): boolean {
  FILTER.fill(0);
  for (let k = 0; k < targetSpans.length; k += 2) {
    const bit = foldedHash(targetText, targetSpans[k], targetSpans[k + 1]) & FILTER_MASK;
    FILTER[bit >>> 5] |= 1 << (bit & 31);
  }
  for (const spans of sourceSpans) {
    let before = false;
    for (let k = 0; k < spans.length; k += 2) {
      const bit = foldedHash(sourceText, spans[k], spans[k + 1]) & FILTER_MASK;
      const inTarget = (FILTER[bit >>> 5] & (1 << (bit & 31))) !== 0;
      if (inTarget && before && isSpace(sourceText, spans[k - 1], spans[k])) return true;
      before = inTarget;
    }
  }
  return false;
}

/** The `wordHashStep` hash of foldRunWord(text.slice(start, end)); an ASCII word's read in place (lower case, "-" as " "). */
function foldedHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return wordHash(foldRunWord(text.slice(start, end)));
    hash = wordHashStep(hash, c === 45 ? 32 : c);
  }
  return hash;
}

/** Whether text[from, to) is one or more spaces, tabs or no-break spaces: /^[ \t\u00a0]+$/ without the slice. */
export function isSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The maximal runs (two words or more) of `words` whose adjacent pairs are all in `pairs`. */
export function sharedRuns(text: string, words: RunWord[], pairs: ReadonlySet<string>): RunWord[][] {
  const out: RunWord[][] = [];
  let run: RunWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = run[run.length - 1];
    if (prev && isSpace(text, prev.end, w.start) && pairs.has(`${prev.folded} ${w.folded}`)) run.push(w);
    else {
      if (run.length >= 2) out.push(run);
      run = [w];
    }
  }
  if (run.length >= 2) out.push(run);
  return out;
}
