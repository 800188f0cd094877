// The negation rule's local signal: the word a negator governs, found in the other side of the bead by the anchor
// keys the aligner reads (src/align/anchors.ts: numbers, names, cognates, lexicon words), so a sentence pair that
// scores low as a whole can still show that its negated verb has a literal counterpart.
import type { SideMemo } from "../../segment/memo";
import { textAnchorKeys } from "../../align/anchors";
import { isSpaceUnit } from "../../fast/unit-class";

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

/** The anchor keys of a chunk's words (taken only for the chunks asked about). */
const keysOf = (side: SideMemo, c: Chunk): string[] => textAnchorKeys(side, side.doc.text.slice(c.start, c.end));

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
  const ac = chunksOf(a.side, a.start, a.end);
  let i = 0;
  while (i + 1 < ac.length && ac[i + 1]!.start <= at) i++;
  let h = i + 1;
  let keys: string[] = [];
  for (; h < ac.length && h <= i + REACH; h++) if ((keys = keysOf(a.side, ac[h]!)).length) break;
  if (!keys.length) return -1;
  const want = (ac[h]!.start - a.start) / Math.max(1, a.end - a.start);
  let best = -1;
  for (const c of chunksOf(b.side, b.start, b.end)) {
    if (!keysOf(b.side, c).some((k) => keys.includes(k))) continue;
    const share = (c.start - b.start) / Math.max(1, b.end - b.start);
    if (best < 0 || Math.abs(share - want) < Math.abs(best - want)) best = share;
  }
  return best;
}
