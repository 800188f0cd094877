// The members of a 2–1 or 1–2 bead that the other side does not support (glued to a real pair by the aligner).
import type { Segment } from "../../../segment/document";
import type { AlignedPair, RuleContext } from "../../../check/rule";
import { found, keysOf, minus } from "./anchor-keys";
import { lengthOf, ratioOf, sideFit } from "./length-misfit";

/**
 * In a bead with two or more segments on `side` and some on the other side, the segments that look unsupported:
 * the rest of the bead alone fits the other side's length (about as well as or better than with it), and this
 * one's anchors are clearly less present on the other side than the rest's (`lenient`; the omission rule uses it,
 * since translators add explanatory material far more often than they drop content).
 */
export function unsupportedInBead(ctx: RuleContext, pair: AlignedPair, side: "source" | "target", lenient = false): Segment[] {
  const other = side === "source" ? "target" : "source";
  if (pair[side].length < 2 || pair[other].length === 0) return [];
  const ratio = ratioOf(ctx);
  const opp = lengthOf(pair[other]);
  const oppKeys = pair[other].flatMap((s) => keysOf(ctx.memo[other], s));
  const all = lengthOf(pair[side]);
  const allFit = sideFit(side, all, opp, ratio);
  const out: Segment[] = [];
  for (const seg of pair[side]) {
    const restFit = sideFit(side, all - seg.text.length, opp, ratio);
    const segKeys = keysOf(ctx.memo[side], seg);
    const restKeys = pair[side].filter((s) => s !== seg).flatMap((s) => keysOf(ctx.memo[side], s));
    const sharedSeg = found(segKeys, oppKeys);
    const sharedRest = found(restKeys, oppKeys);
    const byLength = restFit <= 1.5 && allFit - restFit >= 3 && sharedSeg === 0 && sharedRest > 0;
    // Or none of its 4+ anchors is there while 3+ of the rest's are, and leaving it out costs little length fit (with
    // MANY_KEYS anchors, any rest that fits within MAX_REST_FIT: a loose translation is often shorter than predicted).
    const byAnchors =
      segKeys.length >= 4 &&
      sharedSeg === 0 &&
      sharedRest >= 3 &&
      (restFit <= allFit + 1 || (segKeys.length >= MANY_KEYS && restFit <= MAX_REST_FIT));
    // The restFit alone fits about as well, and this one's anchors are clearly less present than the restFit's.
    const restShare = sharedRest / Math.max(1, restKeys.length);
    const segShare = sharedSeg / Math.max(1, segKeys.length);
    const byBoth =
      lenient &&
      restFit <= 1.5 &&
      restFit <= allFit + 1 &&
      segKeys.length >= 2 &&
      segShare <= 0.34 &&
      sharedRest >= 1 &&
      restShare >= segShare + 0.1;
    // Or leaving it out clearly improves the length fit, and its anchors are no more present than the restFit's.
    const byGain = lenient && restFit <= 1 && allFit - restFit >= 1.5 && segShare <= restShare + 0.1;
    // Or almost none of its anchors is left in the other side once the restFit's are accounted for, while the restFit's
    // are there, and the restFit alone fits the length about as well (a sentence the aligner glued to its neighbour).
    // (The residue is counted last, and only when the cheaper tests leave it deciding.)
    if (
      byLength ||
      byAnchors ||
      byBoth ||
      byGain ||
      (lenient &&
        segKeys.length >= 3 &&
        sharedRest >= 2 &&
        restFit <= MAX_REST_FIT &&
        restFit <= allFit + RESIDUE_SLACK &&
        found(segKeys, minus(oppKeys, restKeys)) <= UNEXPLAINED_SHARE * segKeys.length)
    )
      out.push(seg);
  }
  return out;
}

/** Anchors a member needs for its having none in common with the other side to decide alone (the length fit aside). */
const MANY_KEYS = 6;
/** Share of a member's anchors that may remain on the other side of its bead when it is reported as unsupported. */
const UNEXPLAINED_SHARE = 0.2;
/** Length cost the rest of the bead must stay within, and how much worse than the whole bead it may fit. */
const MAX_REST_FIT = 3;
const RESIDUE_SLACK = 1.9;
