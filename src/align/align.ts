import type { Doc } from "../segment/document";
import { checkMemo, type CheckMemo } from "../segment/memo";
import type { Bead } from "../types";
import { KeyInterner } from "./interned-keys";
import ratioData from "../../rules/length-ratios.json";
import { BeadCost } from "./bead-cost";
import { bandedPath, diagonal, pathCenter } from "./band";
import { ALIGN_PARAMS } from "./params";
import { sideData } from "./side-data";

/*
 * Sentence alignment in the spirit of Gale–Church and hunalign: a monotone path of beads (1–1, 1–0, 0–1, 2–1,
 * 1–2, 2–2) found by dynamic programming over a band around the diagonal. A bead's cost adds
 *  - the prior of its shape,
 *  - a Gale–Church length cost (character lengths, target/source ratio estimated on the document itself),
 *  - a lexical cost from shared anchors (numbers, cognate prefixes, acronyms, a small bilingual lexicon),
 *  - paragraph penalties: a bead straddling two paragraphs of one side, or a linking bead that starts (ends) a
 *    paragraph on one side but not on the other.
 * The band widens (doubling) whenever the best path runs along its edge, so the cost stays ~linear in length.
 * Files: params (weights, shapes), side-data (per-side arrays), bead-cost (a bead's cost), band (centre line, DP).
 */

const RATIOS: Record<string, number> = ratioData as unknown as Record<string, number>;

/**
 * Expected target/source length ratio: the language pair's measured ratio, blended (geometrically, up to half
 * weight for long documents) with the document's own ratio, which omissions and additions would otherwise skew.
 */
export function expectedRatio(source: Doc, target: Doc): number {
  let ls = 0;
  let lt = 0;
  for (const s of source.segments) ls += s.text.length;
  for (const t of target.segments) lt += t.text.length;
  const prior = RATIOS[`${source.lang}-${target.lang}`] ?? 1;
  if (!ls || !lt) return prior;
  const n = source.segments.length + target.segments.length;
  const weight = Math.min(0.5, n / (n + 200));
  const ratio = Math.exp(weight * Math.log(lt / ls) + (1 - weight) * Math.log(prior));
  return Math.min(2, Math.max(0.5, ratio));
}

/**
 * Aligns the sentences of two documents into monotone beads covering every segment exactly once. `memo` is the
 * check's memo (src/segment/memo.ts): the anchor keys computed here stay in it for the rules.
 */
export function align(source: Doc, target: Doc, memo: CheckMemo = checkMemo(source, target)): Bead[] {
  const n = source.segments.length;
  const m = target.segments.length;
  if (n === 0 || m === 0) {
    return [
      ...source.segments.map((s) => ({ source: [s.index], target: [], score: 0 })),
      ...target.segments.map((t) => ({ source: [], target: [t.index], score: 0 })),
    ];
  }
  const interner = new KeyInterner();
  const S = sideData(memo.source, interner);
  const T = sideData(memo.target, interner);
  const ratio = expectedRatio(source, target);
  const cost = new BeadCost(S, T, ratio);
  // When the best path hugs the band's edge, re-centre the band on that path (up to three times), then widen it.
  let center = diagonal(S, T, n, m);
  let w = Math.max(ALIGN_PARAMS.band, 4);
  for (let recentred = 0; ; ) {
    const result = bandedPath(cost, n, m, w, center);
    if (result && (!result.hugsEdge || w >= m)) return result.beads;
    if (result && recentred < 3) {
      center = pathCenter(result.beads, n);
      recentred++;
    } else {
      w *= 2;
      recentred = 0;
    }
  }
}
