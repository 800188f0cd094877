// How badly two lengths fit the expected length ratio: the structural rules' own measure (see `lengthMisfit`).
import type { Segment } from "../../../segment/document";
import type { RuleContext } from "../../../check/rule";
import { expectedRatio } from "../../../align/align";
import { twoTailNegLog } from "../../../align/normal-tail";

/*
 * `lengthMisfit` is a copy of the aligner's Gale–Church length cost (same formula, same variance, so today the
 * numbers are the same to the last bit; only the normal-tail arithmetic is shared), kept separate on purpose: the
 * aligner's cost is a tuning knob of the alignment, and the omission, addition and duplicate thresholds below were
 * measured against these numbers. Retuning the aligner must not silently move what these rules report; change this
 * measure only with its own measurement (npm run eval).
 */

/** Gale–Church variance of target length per source character, as measured when the coverage thresholds were set. */
const MISFIT_VARIANCE = 6.8;

/** How badly `ls` source characters and `lt` target characters fit length ratio `ratio` (Gale–Church units, >= 0). */
export function lengthMisfit(ls: number, lt: number, ratio: number): number {
  const mean = (ls * ratio + lt) / 2;
  const delta = (lt - ls * ratio) / Math.sqrt(MISFIT_VARIANCE * mean);
  return twoTailNegLog(delta);
}

/** The aligner's expected length ratio for this document pair, computed once per check (in `ctx.memo.ratio`). */
export function ratioOf(ctx: RuleContext): number {
  return (ctx.memo.ratio ??= expectedRatio(ctx.source, ctx.target));
}

/** Total length in characters of some segments. */
export const lengthOf = (segs: readonly Segment[]) => segs.reduce((s, x) => s + x.text.length, 0);

/**
 * Length cost of `mine` units on `side` against `opp` units on the other side. (Helpers like this one are
 * module-level functions rather than closures made per call: bundlers that keep function names, as tsx and
 * wrangler do, define a name on every closure they create, at some 0.4 µs each.)
 */
export function sideFit(side: "source" | "target", mine: number, opp: number, ratio: number): number {
  return side === "source" ? lengthMisfit(mine, opp, ratio) : lengthMisfit(opp, mine, ratio);
}
