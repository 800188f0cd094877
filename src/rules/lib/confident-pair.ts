// Whether an aligned bead is sure enough to compare its two sides sentence for sentence.
import type { AlignedPair } from "../../check/rule";

/** True when the bead links exactly one sentence on each side with an alignment score of at least `minScore`. */
export function isConfidentOneToOne(p: AlignedPair, minScore: number): boolean {
  return p.source.length === 1 && p.target.length === 1 && p.bead.score >= minScore;
}

/**
 * True when the bead links one sentence with one or two on the other side (1–1, 1–2 or 2–1: a sentence the
 * translator kept, split or joined) with an alignment score of at least `minScore`.
 */
export function isConfidentSplitOrJoin(p: AlignedPair, minScore: number): boolean {
  return p.source.length > 0 && p.target.length > 0 && p.source.length + p.target.length <= 3 && p.bead.score >= minScore;
}

/**
 * True when bead k is a confident 1–1, 1–2 or 2–1 bead, or a 1–1 bead between two confident 1–1 beads (or a text's
 * edge): a sentence whose only anchor (a name) the translation lost scores low, yet its place in the text pairs it.
 */
export function isPairedInPlace(pairs: AlignedPair[], k: number, minScore: number): boolean {
  const p = pairs[k];
  if (isConfidentSplitOrJoin(p, minScore)) return true;
  const oneToOne = (q: AlignedPair | undefined) => !q || isConfidentOneToOne(q, minScore);
  return p.source.length === 1 && p.target.length === 1 && oneToOne(pairs[k - 1]) && oneToOne(pairs[k + 1]);
}
