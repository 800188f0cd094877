// A headline run into the lead that the translation leaves out, seen from where the translation opens.
import type { AlignedPair, RuleContext } from "../../../check/rule";
import type { Segment } from "../../../segment/document";
import { textAnchorKeys } from "../../../align/anchors";
import { found, keysOf, minus } from "./anchor-keys";
import { headlineMirrored } from "./headline";
import { lengthMisfit, lengthOf, ratioOf } from "./length-misfit";
import type { SegmentPart } from "./run-in";
import { MAX_HEADLINE_WORDS, runInCuts } from "./run-in-cuts";
import { wordCount } from "./words";

/** Words the lead after the headline needs. */
const MIN_LEAD_WORDS = 3;
/** Anchors the headline needs for their absence (beyond the lead's copies) to say anything. */
const MIN_HEAD_KEYS = 2;
/**
 * Length-cost gain (Gale–Church units) that leaving the headline out must bring, as for other run-in headlines (at
 * the pair's ratio or the translator's own, `openingRatio`).
 */
const MIN_GAIN = 0.5;
/** Length cost under which a target headline mirrors the source's, its anchors aside (headlines translate freely). */
const MIRROR_ANCHORED = 4;
/** Length cost under which any run-in cut of the target's first sentence mirrors the source's headline. */
const MIRROR_ANY = 0.5;
/** Characters of the lead's opening beyond the headline's length whose anchors the target's opening may hold. */
const LEAD_SLACK = 20;
/**
 * Anchors of the lead's opening (not the headline's) in the target's opening, with none of the headline's, that show
 * the translation opens with the lead whatever the lengths say (a loose translation of the lead may be as long as
 * headline and lead together), and need only one anchor of the headline's own.
 */
const LEAD_OPENS = 3;
/** Linking beads after the first whose lengths give the translator's own ratio at the article's opening. */
const LOCAL_BEADS = 6;

/**
 * The article's headline, run into the lead in the source's first sentence, when the translation opens with the lead:
 * none of the headline's anchors is in the target beyond the lead's own copies (a name the lead repeats stands twice in
 * a translation that keeps the headline), the target's opening (as long as the headline's translation would be) holds
 * some of the lead opening's anchors and none of the headline's own (those the lead does not repeat), leaving the
 * headline out fits the target's length better (at the pair's ratio or the translator's own), and the target opens with
 * no headline of a fitting length. When the opening holds LEAD_OPENS anchors of the lead's and none of the headline's
 * (which has one of its own), neither the length nor a cut of a fitting length in the target counts (such a cut is in
 * the lead's names: "El grupo American International Group"). The anchors decide, not the cut: in a language that
 * capitalises its nouns the cuts are loose (any capitalised word after a noun may start the lead). Of several cuts, the
 * one whose leaving out fits best. Null otherwise.
 */
export function headlineByOpening(ctx: RuleContext, pair: AlignedPair): SegmentPart | null {
  const seg = pair.source[0];
  const t0 = pair.target[0];
  if (!seg || !t0 || seg.index !== 0 || t0.index !== 0) return null;
  const ratio = ratioOf(ctx);
  const ls = lengthOf(pair.source);
  const lt = lengthOf(pair.target);
  const whole = lengthMisfit(ls, lt, ratio);
  const segKeys = keysOf(ctx.memo.source, seg);
  const others = pair.source.slice(1).flatMap((s) => keysOf(ctx.memo.source, s));
  const tKeys = pair.target.flatMap((t) => keysOf(ctx.memo.target, t));
  let best: { part: SegmentPart; fit: number } | null = null;
  for (const cut of runInCuts(seg.text, MAX_HEADLINE_WORDS, ctx.source, true)) {
    const fit = lengthMisfit(ls - cut.headEnd, lt, ratio);
    if (best && best.fit <= fit) continue;
    if (wordCount(seg.text.slice(cut.bodyStart)) < MIN_LEAD_WORDS) continue;
    const headKeys = textAnchorKeys(ctx.memo.source, seg.text.slice(0, cut.headEnd));
    const leadKeys = minus(segKeys, headKeys);
    const own = minus(headKeys, leadKeys);
    // Every anchor of the headline, its own and those the lead repeats: the target must hold none of them beyond what
    // the lead and the bead's other sentences account for (a name in headline and lead, once in the target).
    if (found(headKeys, minus(tKeys, [...leadKeys, ...others])) > 0) continue;
    const opening = textAnchorKeys(ctx.memo.target, t0.text.slice(0, Math.round(cut.headEnd * ratio)));
    const leadOpening = textAnchorKeys(ctx.memo.source, seg.text.slice(cut.bodyStart, cut.bodyStart + cut.headEnd + LEAD_SLACK));
    const leadOpens = found(opening, minus(leadOpening, headKeys));
    if (found(opening, own) > 0 || leadOpens === 0) continue;
    const strong = own.length > 0 && leadOpens >= LEAD_OPENS && found(opening, headKeys) === 0;
    if (!strong && (headKeys.length < MIN_HEAD_KEYS || !gains(ctx, ls, lt, cut.headEnd, fit + MIN_GAIN <= whole))) continue;
    if (!strong && targetOpensWithHeadline(ctx, seg, t0, cut.headEnd, ratio)) continue;
    best = { part: { segment: seg, start: 0, end: cut.headEnd }, fit };
  }
  return best?.part ?? null;
}

/**
 * The target's first sentence opens with a headline as long as the source's `[0, end)`: a run-in cut of about that
 * length (loose cuts in a language that capitalises its nouns), or one of a looser length whose anchors lean to the
 * headline rather than the lead (`headlineMirrored`).
 */
function targetOpensWithHeadline(ctx: RuleContext, seg: Segment, t0: Segment, end: number, ratio: number): boolean {
  if (runInCuts(t0.text, MAX_HEADLINE_WORDS, ctx.target, true).some((c) => lengthMisfit(end, c.headEnd, ratio) < MIRROR_ANY)) {
    return true;
  }
  return headlineMirrored(ctx, seg, end, MIRROR_ANCHORED);
}

/**
 * Leaving the headline (`end` characters) out of the bead's source fits the target's length better by MIN_GAIN, at
 * the pair's ratio (`atPair`) or at the ratio of the beads that follow (a translator whose sentences run longer or
 * shorter than the pair's norm shows it in the next sentences too).
 */
function gains(ctx: RuleContext, ls: number, lt: number, end: number, atPair: boolean): boolean {
  if (atPair) return true;
  const local = openingRatio(ctx);
  return local !== null && lengthMisfit(ls, lt, local) - lengthMisfit(ls - end, lt, local) >= MIN_GAIN;
}

/** Target/source length ratio of the linking beads after the first (up to LOCAL_BEADS of them); null when none. */
function openingRatio(ctx: RuleContext): number | null {
  let ls = 0;
  let lt = 0;
  for (const p of ctx.pairs.slice(1, 1 + LOCAL_BEADS)) {
    if (!p.source.length || !p.target.length) continue;
    ls += lengthOf(p.source);
    lt += lengthOf(p.target);
  }
  return ls && lt ? lt / ls : null;
}
