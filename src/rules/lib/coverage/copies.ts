// Target sentences that copy an earlier one word for word where another source sentence's translation should be.
import type { Segment } from "../../../segment/document";
import type { AlignedPair, RuleContext } from "../../../check/rule";
import { segmentAnchorKeys } from "../../../align/anchors";
import { found, keysOf } from "./anchor-keys";
import { earlierIdentical } from "./repeats";
import { sentenceKeyOf, sentenceKeys } from "./sentence-key";
import { segmentWords } from "./words";

/** Share of source segment s's anchors found in `tKeys` (keys of the source's segments given by `srcKeys`). */
function anchorShare(srcKeys: readonly (readonly string[])[], s: Segment, tKeys: readonly string[]): number {
  return found(srcKeys[s.index], tKeys) / Math.max(1, srcKeys[s.index].length);
}

/**
 * Target segments of a bead that copy an earlier target segment word for word and stand where the translation of
 * another source sentence should be: with each copy, the source segments of the bead that it leaves untranslated
 * (they share almost no anchors with the copy or with the bead's other targets, while the copy's original shares
 * clearly more with its own source). A source that repeats itself is not a copy.
 */
export function copiesInPlace(ctx: RuleContext, pair: AlignedPair): { copy: Segment; replaced: Segment[] }[] {
  if (pair.source.length === 0) return [];
  const keys = sentenceKeys(ctx.memo.target);
  const out: { copy: Segment; replaced: Segment[] }[] = [];
  const srcKeys = segmentAnchorKeys(ctx.memo.source);
  for (const t of pair.target) {
    if (!keys[t.index]) continue;
    const original = earlierIdentical(ctx.memo.target, t);
    if (!original || segmentWords(ctx.memo.target, t) < 3) continue;
    const origPair = ctx.pairs[ctx.pairOfTarget[original.index]];
    if (origPair.source.length === 0) continue;
    if (origPair !== pair && sentenceKeyOf(ctx.memo.source, origPair.source[0]) === sentenceKeyOf(ctx.memo.source, pair.source[0])) {
      continue; // the source repeats as well
    }
    const tKeys = keysOf(ctx.memo.target, t);
    // The original translates the source segment of its bead that shares most with it.
    const translated = origPair.source.reduce((a, b) => (anchorShare(srcKeys, b, tKeys) > anchorShare(srcKeys, a, tKeys) ? b : a));
    const best = anchorShare(srcKeys, translated, tKeys);
    const others = pair.target.filter((o) => o !== t && o !== original).flatMap((o) => keysOf(ctx.memo.target, o));
    const replaced = pair.source.filter(
      (s) =>
        s !== translated &&
        (origPair === pair || !origPair.source.includes(s)) &&
        anchorShare(srcKeys, s, tKeys) <= 0.2 &&
        best >= anchorShare(srcKeys, s, tKeys) + 0.2 &&
        (others.length === 0 || anchorShare(srcKeys, s, others) <= 0.2),
    );
    if (replaced.length) out.push({ copy: t, replaced });
  }
  return out;
}
