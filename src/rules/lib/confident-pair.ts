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
