// The negation rule's local signal: the word a negator governs, found in the other side of the bead by the anchor
// keys the aligner reads (src/align/anchors.ts: numbers, names, cognates, lexicon words) and by the rule's own verb
// table (./verbs), so a sentence pair that scores low as a whole can still show that its negated verb has a literal
// counterpart.
import type { SideMemo } from "../../segment/memo";
import { textAnchorKeys } from "../../align/anchors";
import { isSpaceUnit } from "../../fast/unit-class";
import { chunkWord, verbKeys } from "./verbs";

/** A run of text between white space. */
interface Chunk {
  start: number;
  end: number;
}

/** The chunks of side.doc.text[start, end). */
function chunksOf(side: SideMemo, start: number, end: number): Chunk[] {
  const text = side.doc.text;
  const out: Chunk[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isSpaceUnit(text.charCodeAt(i))) i++;
    out.push({ start: from, end: i });
  }
  return out;
}

/** The chunks of a span with their folded words (for the verb table). */
interface Chunks {
  side: SideMemo;
  list: Chunk[];
  words: string[];
}
function chunksIn(s: SideSpan): Chunks {
  const list = chunksOf(s.side, s.start, s.end);
  return { side: s.side, list, words: list.map((c) => chunkWord(s.side.doc.text.slice(c.start, c.end))) };
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

/**
 * Where the first word with an anchor key after the negator at offset `at` of side `a` (within REACH chunks: the verb
 * or predicate it negates) has a word of the same key in side `b`: that word's place as a share of `b` (0 at its
 * start, 1 at its end; the one nearest the head's own share when several), or -1 when it has none.
 */
export function headCounterpartAt(a: SideSpan, b: SideSpan, at: number): number {
  const head = negatedHead(a, at);
  if (!head) return -1;
  const want = (head.start - a.start) / Math.max(1, a.end - a.start);
  const bc = chunksIn(b);
  let best = -1;
  for (let j = 0; j < bc.list.length; j++) {
    if (!keysOf(bc, j).some((k) => head.keys.includes(k))) continue;
    const share = (bc.list[j]!.start - b.start) / Math.max(1, b.end - b.start);
    if (best < 0 || Math.abs(share - want) < Math.abs(best - want)) best = share;
  }
  return best;
}

/** The word a negator at offset `at` governs: the first chunk with a key within REACH chunks after it, or null. */
export function negatedHead(a: SideSpan, at: number): { start: number; end: number; keys: string[] } | null {
  const ac = chunksIn(a);
  let i = 0;
  while (i + 1 < ac.list.length && ac.list[i + 1]!.start <= at) i++;
  for (let h = i + 1; h < ac.list.length && h <= i + REACH; h++) {
    const keys = keysOf(ac, h);
    if (keys.length) return { ...ac.list[h]!, keys };
  }
  return null;
}
