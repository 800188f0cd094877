// Whether the article's headline is missing from the translation or there, translated freely.
import type { Segment } from "../../../segment/document";
import type { AlignedPair, RuleContext } from "../../../check/rule";
import { textAnchorKeys } from "../../../align/anchors";
import { found } from "./anchor-keys";
import { lengthMisfit, lengthOf, ratioOf, sideFit } from "./length-misfit";
import { MAX_HEADLINE_WORDS, RUN_IN_MIRROR, runInCuts } from "./run-in-cuts";
import { wordCount } from "./words";

/**
 * True when source segment `s` is the article's headline, shares a bead with the lead, and leaving it out makes the
 * bead's lengths clearly fit better while the target opens with no headline of its own. A headline repeats its lead's
 * names, so its anchors say nothing here: the length decides.
 */
export function headlineLeftOut(ctx: RuleContext, pair: AlignedPair, s: Segment): boolean {
  if (s.index !== 0 || pair.source.length < 2 || pair.target.length === 0) return false;
  if (wordCount(s.text) > MAX_HEADLINE_WORDS) return false;
  const ratio = ratioOf(ctx);
  const opp = lengthOf(pair.target);
  const all = lengthOf(pair.source);
  const restFit = sideFit("source", all - s.text.length, opp, ratio);
  return restFit <= 1 && sideFit("source", all, opp, ratio) - restFit >= 1.5 && !headlineMirrored(ctx, s);
}

/**
 * True when source text `s.text[0, end)` is the article's headline and the target opens with a headline of a fitting
 * length (its own first sentence, or run into the lead) that shares no more anchors with the source's lead (the rest
 * of the segment, or the next one) than with it: the headline is there, translated freely, as headlines are.
 * `tolerance`: the length cost under which the two headlines' lengths fit.
 */
export function headlineMirrored(ctx: RuleContext, s: Segment, end = s.text.length, tolerance = RUN_IN_MIRROR): boolean {
  const targets = ctx.target.segments;
  if (s.index !== 0 || targets.length < 2 || wordCount(s.text.slice(0, end)) > MAX_HEADLINE_WORDS) return false;
  const ratio = ratioOf(ctx);
  const t0 = targets[0];
  const heads = runInCuts(t0.text, MAX_HEADLINE_WORDS, ctx.target).map((c) => c.headEnd);
  if (wordCount(t0.text) <= MAX_HEADLINE_WORDS) heads.push(t0.text.length);
  const headKeys = textAnchorKeys(ctx.memo.source, s.text.slice(0, end));
  const lead = end < s.text.length ? s.text.slice(end) : (ctx.source.segments[1]?.text ?? "");
  const leadKeys = textAnchorKeys(ctx.memo.source, lead);
  return heads.some((h) => {
    if (lengthMisfit(end, h, ratio) >= tolerance) return false;
    const keys = textAnchorKeys(ctx.memo.target, t0.text.slice(0, h));
    return found(keys, leadKeys) <= found(keys, headKeys);
  });
}
