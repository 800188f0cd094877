// The negation rule's local signal: the word a negator governs, found in the other side of the bead by the anchor
// keys the aligner reads (src/align/anchors.ts: numbers, names, cognates, lexicon words) and by the rule's own verb
// table (./verbs), so a sentence pair that scores low as a whole can still show that its negated verb has a literal
// counterpart.
import type { SideMemo } from "../../segment/memo";
import { foldWord, textAnchorKeys } from "../../align/anchors";
import { isSpaceUnit } from "../../fast/unit-class";
import { verbKeys } from "./verbs";
import { isWordUnit } from "../../lang/normalize";

/** A word between white space: a run of text without spaces, its leading and trailing punctuation cut off. */
interface Chunk {
  start: number;
  end: number;
}

/** The chunks of side.doc.text[start, end) ("«no" is "no", a lone dash none). */
function chunksOf(side: SideMemo, start: number, end: number): Chunk[] {
  const text = side.doc.text;
  const out: Chunk[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
    let from = i;
    while (i < end && !isSpaceUnit(text.charCodeAt(i))) i++;
    let to = i;
    while (from < to && !isWordUnit(text.charCodeAt(from))) from++;
    while (to > from && !isWordUnit(text.charCodeAt(to - 1))) to--;
    if (from < to) out.push({ start: from, end: to });
  }
  return out;
}

/** The chunks of a span with their folded words (for the verb table). */
interface Chunks {
  side: SideMemo;
  list: Chunk[];
  words: string[];
}
function chunksIn(s: SideSpan, split?: number): Chunks {
  const list = chunksOf(s.side, s.start, s.end);
  // An elided negator glued to its verb ("n'ignore") is a chunk of its own, the verb the next.
  const k = split === undefined ? -1 : list.findIndex((c) => c.start < split && split < c.end);
  if (k >= 0) list.splice(k, 1, { start: list[k]!.start, end: split! }, { start: split!, end: list[k]!.end });
  return { side: s.side, list, words: list.map((c) => foldWord(s.side.doc.text.slice(c.start, c.end))) };
}

/** The anchor keys and verb concepts of chunk i (taken only for the chunks asked about). */
function keysOf(cs: Chunks, i: number): string[] {
  const c = cs.list[i]!;
  return [...textAnchorKeys(cs.side, cs.side.doc.text.slice(c.start, c.end)), ...verbKeys(cs.side.doc.lang, cs.words, i)];
}

/**
 * Chunks after a negator within which the word it governs is looked for: "no [descartó]", "did not [confirm]",
 * "n'a pas [confirmé]" (auxiliaries, clitics and the completing "pas" have no anchor key and are passed over).
 */
const REACH = 4;

/** A span of one side of a bead: `side`'s text from `start` to `end`. */
export interface SideSpan {
  side: SideMemo;
  start: number;
  end: number;
}

/** The counterpart of a negated word in the other side: its place there, and every chunk of the same key. */
export interface HeadCounterpart {
  /** Place of the matching chunk nearest the head's own share, as a share of `b` (0 at its start, 1 at its end). */
  share: number;
  /** Every chunk of `b` with a key of the head (a negative word among them renders the verb, not its negation). */
  chunks: { start: number; end: number }[];
}

/**
 * The counterpart in side `b` of the first word with a key after the negator `negator` of side `a` (within
 * REACH chunks: the verb or predicate it negates), or null when it has none.
 */
export function headCounterpart(a: SideSpan, b: SideSpan, negator: Chunk): HeadCounterpart | null {
  const head = negatedHead(a, negator);
  if (!head) return null;
  const want = (head.start - a.start) / Math.max(1, a.end - a.start);
  const bc = chunksIn(b);
  let best = -1;
  const chunks: Chunk[] = [];
  for (let j = 0; j < bc.list.length; j++) {
    if (!keysOf(bc, j).some((k) => head.keys.includes(k))) continue;
    chunks.push(bc.list[j]!);
    const share = (bc.list[j]!.start - b.start) / Math.max(1, b.end - b.start);
    if (best < 0 || Math.abs(share - want) < Math.abs(best - want)) best = share;
  }
  return chunks.length ? { share: best, chunks } : null;
}

/** The word a negator governs: the first chunk with a key within REACH chunks after it, or null. */
export function negatedHead(a: SideSpan, negator: Chunk): { start: number; end: number; keys: string[] } | null {
  const ac = chunksIn(a, negator.end);
  let i = 0;
  while (i + 1 < ac.list.length && ac.list[i + 1]!.start <= negator.start) i++;
  for (let h = i + 1; h < ac.list.length && h <= i + REACH; h++) {
    const keys = keysOf(ac, h);
    if (keys.length) return { ...ac.list[h]!, keys };
  }
  return null;
}
