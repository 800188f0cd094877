// Whether a sentence alone in a 1–0 or 0–1 bead is really unpaired, or its content sits in a neighbouring bead.
import type { Segment } from "../../../segment/document";
import type { AlignedPair, RuleContext } from "../../../check/rule";
import { found, keysOf, minus } from "./anchor-keys";
import { lengthOf, ratioOf, sideFit } from "./length-misfit";
import { MAX_HEADLINE_WORDS, runInCuts } from "./run-in-cuts";
import { textAnchorKeys } from "../../../align/anchors";

/**
 * Anchors a sentence needs for none of them on a neighbour's other side (beyond the neighbour's own) to outweigh the
 * neighbour's better length fit with it: the translators of newstest-multi run long or short often enough that a
 * length gain alone says little, while four anchors all missing are rare in a real merge.
 */
const ABSENT_KEYS = 4;

/** The nearest linking beads (both sides non-empty) before and after bead k, within a few beads. */
function linkingNeighbours(pairs: readonly AlignedPair[], k: number): AlignedPair[] {
  const out: AlignedPair[] = [];
  for (const step of [-1, 1]) {
    for (let x = k + step, hops = 0; x >= 0 && x < pairs.length && hops < 3; x += step, hops++) {
      if (pairs[x].source.length && pairs[x].target.length) {
        out.push(pairs[x]);
        break;
      }
    }
  }
  return out;
}

/**
 * True when the content of `seg` (alone in bead k on `side`) plausibly sits in a neighbouring linking bead: adding it
 * to that bead's own side makes the lengths fit clearly better (for a sentence of fewer than ABSENT_KEYS anchors that
 * is no paragraph of its own), or better with some of its anchors on the neighbour's other side beyond what the
 * neighbour's own side accounts for, or that other side holds most of its anchors.
 */
export function coveredByNeighbour(ctx: RuleContext, k: number, seg: Segment, side: "source" | "target"): boolean {
  const ratio = ratioOf(ctx);
  const other = side === "source" ? "target" : "source";
  if (gapTranslatesItself(ctx, k)) return true;
  const segKeys = keysOf(ctx.memo[side], seg);
  for (const nb of linkingNeighbours(ctx.pairs, k)) {
    const own = lengthOf(nb[side]);
    const opp = lengthOf(nb[other]);
    const ownKeys = nb[side].flatMap((s) => keysOf(ctx.memo[side], s));
    const oppKeys = nb[other].flatMap((s) => keysOf(ctx.memo[other], s));
    const spare = found(segKeys, minus(oppKeys, ownKeys));
    const gain = sideFit(side, own, opp, ratio) - sideFit(side, own + seg.text.length, opp, ratio);
    // Merging clearly improves the length fit of a sentence with few anchors (one with many, none of them there
    // beyond what the neighbour's own side accounts for, is not there; nor is a subheading, a paragraph of its own,
    // which a translator keeps apart), or improves it and some anchors are there.
    const byLength = gain >= 1.5 && segKeys.length < ABSENT_KEYS && !aloneInParagraph(ctx, seg, side);
    if (byLength || (gain > 0 && spare >= 1)) return true;
    if (segKeys.length >= 2 && spare >= Math.max(2, 0.5 * segKeys.length)) return true;
  }
  return false;
}

/** True when `seg` is a paragraph of its own inside the article (neither its first nor its last segment). */
function aloneInParagraph(ctx: RuleContext, seg: Segment, side: "source" | "target"): boolean {
  const segs = ctx[side].segments;
  const i = seg.index;
  return i > 0 && i < segs.length - 1 && segs[i - 1].paragraph !== seg.paragraph && segs[i + 1].paragraph !== seg.paragraph;
}

/**
 * True when bead k lies in a run of unlinked beads (one side empty) that holds sentences on both sides whose lengths
 * roughly match and which share anchors: a translation the aligner could not pair (one long sentence split into four), not a gap.
 */
function gapTranslatesItself(ctx: RuleContext, k: number): boolean {
  const pairs = ctx.pairs;
  let from = k;
  let to = k;
  while (isUnlinked(pairs, from - 1)) from--;
  while (isUnlinked(pairs, to + 1)) to++;
  if (from === to) return false;
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (let x = from; x <= to; x++) {
    source.push(...pairs[x].source);
    target.push(...pairs[x].target);
  }
  if (!source.length || !target.length) return false;
  const stretch = lengthOf(target) / (lengthOf(source) * ratioOf(ctx));
  if (stretch > GAP_STRETCH || stretch < 1 / GAP_STRETCH) return false;
  const sourceKeys = source.flatMap((s) => keysOf(ctx.memo.source, s));
  const targetKeys = target.flatMap((t) => keysOf(ctx.memo.target, t));
  return found(sourceKeys, targetKeys) >= Math.max(GAP_MIN_SHARED, GAP_SHARE * Math.min(sourceKeys.length, targetKeys.length));
}
/** True when bead x exists and has one side empty. */
function isUnlinked(pairs: readonly AlignedPair[], x: number): boolean {
  return x >= 0 && x < pairs.length && (pairs[x].source.length === 0 || pairs[x].target.length === 0);
}

/** How far the two sides of an unlinked run may differ from the expected length ratio, as a factor either way. */
const GAP_STRETCH = 1.5;
/** Anchors the two sides of such a run must share: at least this many, and this share of the smaller side's. */
const GAP_MIN_SHARED = 2;
const GAP_SHARE = 0.3;

/** Anchors more that a sentence alone in its bead must share with a neighbour's target than that bead's own source. */
const SHIFT_MARGIN = 2;

/**
 * When source sentence `seg`, alone in bead k, shares clearly more anchors with the target of an adjacent 1–1 bead
 * than that bead's own source sentence does (which shares at most one), that source sentence: the aligner shifted the
 * pairing by one bead, and the sentence without a translation is the neighbour.
 */
export function shiftedPartner(ctx: RuleContext, k: number, seg: Segment): Segment | null {
  for (const step of [-1, 1]) {
    const nb = ctx.pairs[k + step];
    if (nb?.source.length !== 1 || nb.target.length !== 1) continue;
    const tKeys = keysOf(ctx.memo.target, nb.target[0]);
    const mine = found(keysOf(ctx.memo.source, seg), tKeys);
    const theirs = found(keysOf(ctx.memo.source, nb.source[0]), tKeys);
    if (theirs <= 1 && mine >= theirs + SHIFT_MARGIN) return nb.source[0];
  }
  return null;
}

/** Bead score under which a 1–1 bead whose sides share no anchor is no evidence that its source is translated. */
const UNSURE_SCORE = 0.1;
/** Share of its anchors a neighbour's source may hold in its target and still lose its pairing to `seg`. */
const LOOSE_SHARE = 0.25;

/**
 * An adjacent bead whose pairing is unsure: a 1–1 bead whose sides share no anchor and whose score is low, or a 1–1,
 * 1–2 or 2–1 bead whose target shares more anchors (2+) with `seg` (alone in bead k) than with the bead's source
 * sentence next to `seg`, which holds few of its anchors there (a quarter at most; in the article's first bead, beyond
 * those its headline accounts for; when that sentence is the headline run into its lead, beyond the headline's at some
 * run-in cut, `leadUnsure`), or with the other sentence of a 2–1 bead, which holds none of its anchors there.
 * The aligner may have paired that target with the wrong source sentence, so the sentence without a translation may
 * be that one rather than `seg`. That source sentence, or null.
 */
export function unsurePartner(ctx: RuleContext, k: number, seg: Segment): Segment | null {
  const segKeys = keysOf(ctx.memo.source, seg);
  for (const step of [-1, 1]) {
    const nb = ctx.pairs[k + step];
    // A 1–1, 1–2 or 2–1 bead; of its source, the sentence next to `seg`.
    if (!nb?.source.length || !nb.target.length || nb.source.length + nb.target.length > 3) continue;
    const near = step === 1 ? nb.source[0] : nb.source[nb.source.length - 1];
    // At the article's opening the aligner glues the headline to its lead: the target's anchors the headline accounts
    // for are no evidence that the lead is translated there.
    const glued = nb.source[0].index === 0 ? nb.source.filter((s) => s !== near) : [];
    const allKeys = nb.target.flatMap((t) => keysOf(ctx.memo.target, t));
    const tKeys = minus(
      allKeys,
      glued.flatMap((s) => keysOf(ctx.memo.source, s)),
    );
    const ownKeys = keysOf(ctx.memo.source, near);
    const theirs = found(ownKeys, tKeys);
    if (theirs === 0 && nb.bead.score < UNSURE_SCORE && nb.source.length + nb.target.length === 2) return near;
    const mine = found(segKeys, tKeys);
    if (mine >= 2 && mine > theirs && theirs <= LOOSE_SHARE * ownKeys.length) return near;
    if (near.index === 0 && nb.source.length === 1 && leadUnsure(ctx, near, segKeys, tKeys)) return near;
    // In a 2–1 bead whose target holds `seg`, the sentence away from `seg` may be the one left out (glued there by
    // the aligner) when the target holds none of its anchors.
    const far = nb.source.length === 2 ? nb.source.find((s) => s !== near) : undefined;
    const farKeys = far ? keysOf(ctx.memo.source, far) : [];
    if (far && mine >= 2 && farKeys.length > 0 && found(farKeys, minus(allKeys, ownKeys)) === 0) return far;
  }
  return null;
}

/**
 * The article's first sentence, a headline run into its lead (`near`, alone in the first bead's source), beside `seg`
 * alone in its bead: at some run-in cut, the target holds 2+ anchors of `seg` beyond the headline's and more than of
 * the lead's, which holds a quarter of its anchors there at most. A translation that drops the lead and runs its
 * headline into the next sentence's translation shares the headline's anchors with the whole first sentence.
 */
function leadUnsure(ctx: RuleContext, near: Segment, segKeys: readonly string[], tKeys: readonly string[]): boolean {
  const nearKeys = keysOf(ctx.memo.source, near);
  for (const cut of runInCuts(near.text, MAX_HEADLINE_WORDS, ctx.source, true)) {
    const headKeys = textAnchorKeys(ctx.memo.source, near.text.slice(0, cut.headEnd));
    const rest = minus(tKeys, headKeys);
    const leadKeys = minus(nearKeys, headKeys);
    const theirs = found(leadKeys, rest);
    const mine = found(segKeys, rest);
    if (mine >= 2 && mine > theirs && theirs <= LOOSE_SHARE * leadKeys.length) return true;
  }
  return false;
}
