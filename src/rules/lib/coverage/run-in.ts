// A run-in part of a source sentence (a headline run into the next sentence, or a sentence that lost its final
// mark) that the translation has no counterpart for.
import type { Segment } from "../../../segment/document";
import type { AlignedPair, RuleContext } from "../../../check/rule";
import { textAnchorKeys } from "../../../align/anchors";
import { found, keysOf, minus } from "./anchor-keys";
import { lengthMisfit, lengthOf, ratioOf } from "./length-misfit";
import { MAX_HEADLINE_WORDS, opensParagraph, RUN_IN_MIRROR, type RunInCut, runInCuts } from "./run-in-cuts";
import { wordCount } from "./words";

/** Words a run-in sentence after a cut needs (shorter tails are names or fragments: "… Amnistía Internacional."). */
const MIN_BODY_WORDS = 3;
/** Words before a run-in cut inside a sentence that lost its final mark. */
const MAX_RUN_IN_WORDS = 60;
/** Length-cost gain (Gale–Church units) that dropping a missing headline (the sentence after it) must bring. */
const RUN_IN_GAIN = 0.5;
const RUN_IN_BODY_GAIN = 0;
/** Share of a missing part's anchors that may still be found (rounded down). */
const RUN_IN_SHARE = 0.125;

// regex-safe: one character class anchored at the end, no repetition.
const QUOTE_CLOSE = /["”»]$/u;

/** A part of a source segment, as [start, end) offsets within the segment's text. */
export interface SegmentPart {
  segment: Segment;
  start: number;
  end: number;
}

/** What the search for a bead's missing run-in part knows, and the best parts it has found so far. */
interface RunInSearch {
  ctx: RuleContext;
  pair: AlignedPair;
  ratio: number;
  ls: number;
  lt: number;
  /** Length misfit of the whole bead. */
  whole: number;
  /** The target's anchor keys: only computed for a cut whose part passes the length test. */
  tKeys: string[] | null;
  /** The target's anchor keys and those of the target sentences left unpaired right beside the bead. */
  pool: string[] | null;
  t0: Segment;
  targetOpens: boolean;
  /** The best part so far: [headline cuts, other cuts]. */
  best: ({ part: SegmentPart; fit: number } | null)[];
}

/** One source segment whose cuts are weighed, with what is computed for it at most once. */
interface SegmentSearch {
  seg: Segment;
  opens: boolean;
  keys: { seg: readonly string[]; others: string[] } | null;
  targetHeads: { end: number; keys: string[] }[] | null;
}

/**
 * For a bead whose source holds a segment with a run-in part (a headline run into the next sentence with no
 * punctuation between them, as happens when markup is stripped, or a sentence that lost its final mark), the part
 * the target has no counterpart for. A part counts as missing when it has 2+ anchors and the target holds (almost)
 * none of them beyond what the rest of the bead's source accounts for, and the target's length fits the bead without
 * the part better. Headlines (at most 20 words opening a paragraph) come first; of several cuts, the one whose
 * remainder fits the target's length best. Null otherwise.
 */
export function missingRunInPart(ctx: RuleContext, pair: AlignedPair): SegmentPart | null {
  if (pair.target.length === 0) return null;
  const ratio = ratioOf(ctx);
  const lt = lengthOf(pair.target);
  const ls = lengthOf(pair.source);
  // Dropping source text only helps the length fit when the target is shorter than the source predicts.
  if (lt >= ls * ratio) return null;
  const whole = lengthMisfit(ls, lt, ratio);
  const t0 = pair.target[0];
  const st: RunInSearch = {
    ctx,
    pair,
    ratio,
    ls,
    lt,
    whole,
    tKeys: null,
    pool: null,
    t0,
    targetOpens: opensParagraph(ctx.target, t0),
    best: [null, null],
  };
  // A length cost is never below -3e-8, so when the whole bead already fits within RUN_IN_GAIN, only the body after
  // a headline (gain RUN_IN_BODY_GAIN) can pass: segments that open no paragraph need no cuts, others only the
  // headline cuts (the first MAX_HEADLINE_WORDS words).
  const onlyHeadlines = whole < RUN_IN_GAIN - 1e-6;
  for (const seg of pair.source) {
    const opens = opensParagraph(ctx.source, seg);
    if (onlyHeadlines && !opens) continue;
    const maxWords = onlyHeadlines ? MAX_HEADLINE_WORDS : MAX_RUN_IN_WORDS;
    let cuts = runInCuts(seg.text, maxWords, ctx.source);
    // The article's first sentence with no cut at all: in a language that capitalises its nouns a run-in headline
    // often has none ("… wie in Frankreich Straßenschlachten mit der Polizei …"), so the loose cuts are weighed.
    if (!cuts.length && seg.index === 0) cuts = runInCuts(seg.text, maxWords, ctx.source, true);
    if (!cuts.length) continue;
    const ss: SegmentSearch = { seg, opens, keys: null, targetHeads: null };
    for (const cut of cuts) weighCut(st, ss, cut);
  }
  return (st.best[0] ?? st.best[1])?.part ?? null;
}

/** Weighs the head and the body of one cut of a segment, keeping either when it beats the best of its tier. */
function weighCut(st: RunInSearch, ss: SegmentSearch, { headEnd, bodyStart, words, capitalBefore }: RunInCut): void {
  const seg = ss.seg;
  const headline = ss.opens && words <= MAX_HEADLINE_WORDS;
  // Inside a sentence, a cut between two capitalised words is most likely inside a name.
  if (!headline && capitalBefore) return;
  const head: SegmentPart = { segment: seg, start: 0, end: headEnd };
  const body: SegmentPart | null =
    wordCount(seg.text.slice(bodyStart)) >= MIN_BODY_WORDS ? { segment: seg, start: bodyStart, end: seg.text.length } : null;
  // Inside the article, the part before the cut may be the one left out when it closes a quotation (news style ends a
  // quoted sentence with its closing mark and no period: '"… as the project develops" The SGP estimates …').
  const quoteEnds = !headline && QUOTE_CLOSE.test(seg.text.slice(0, headEnd));
  const fHead = headline ? passes(st, 0, head, RUN_IN_GAIN) : quoteEnds ? passes(st, 1, head, RUN_IN_GAIN) : null;
  const fBody = body ? passes(st, headline ? 0 : 1, body, headline ? RUN_IN_BODY_GAIN : RUN_IN_GAIN) : null;
  if (fHead === null && fBody === null) return;
  const headKeys = textAnchorKeys(st.ctx.memo.source, seg.text.slice(0, headEnd));
  const bodyKeys = minus(segmentKeys(st, ss).seg, headKeys);
  if (fHead !== null && !headMirrored(st, ss, headEnd, headKeys, bodyKeys)) {
    consider(st, ss, headline ? 0 : 1, head, headKeys, bodyKeys, fHead);
  }
  if (fBody !== null && body && !(headline && bodyMirrored(st, ss, headEnd, bodyStart, bodyKeys))) {
    consider(st, ss, headline ? 0 : 1, body, bodyKeys, headKeys, fBody);
  }
}

/** The anchor keys of the segment and of the bead's other source segments, computed once per segment. */
function segmentKeys(st: RunInSearch, ss: SegmentSearch): { seg: readonly string[]; others: string[] } {
  return (ss.keys ??= {
    seg: keysOf(st.ctx.memo.source, ss.seg),
    others: st.pair.source.filter((s) => s !== ss.seg).flatMap((s) => keysOf(st.ctx.memo.source, s)),
  });
}

/** The bead's length misfit without `part` when leaving it out gains `gain` and beats the tier's best; else null. */
function passes(st: RunInSearch, tier: number, part: SegmentPart, gain: number): number | null {
  const f = lengthMisfit(st.ls - (part.end - part.start), st.lt, st.ratio);
  const prev = st.best[tier];
  return f + gain <= st.whole && !(prev && prev.fit <= f) ? f : null;
}

/** Keeps `part` as the tier's best when the target holds (almost) none of its anchors beyond the rest's. */
function consider(
  st: RunInSearch,
  ss: SegmentSearch,
  tier: number,
  part: SegmentPart,
  partKeys: string[],
  restKeys: string[],
  f: number,
): void {
  if (partKeys.length < 2) return;
  st.tKeys ??= st.pair.target.flatMap((t) => keysOf(st.ctx.memo.target, t));
  // The part may be translated in a target sentence the aligner left unpaired beside the bead.
  st.pool ??= [...st.tKeys, ...unpairedTargetKeys(st)];
  const pool = st.pool;
  const left = found(partKeys, minus(pool, [...restKeys, ...segmentKeys(st, ss).others]));
  if (left <= Math.floor(partKeys.length * RUN_IN_SHARE)) st.best[tier] = { part, fit: f };
}

/** The anchor keys of the target sentences alone in their beads right before and after the search's bead. */
function unpairedTargetKeys(st: RunInSearch): string[] {
  const k = st.ctx.pairs.indexOf(st.pair);
  if (k < 0) return [];
  return [st.ctx.pairs[k - 1], st.ctx.pairs[k + 1]]
    .filter((p) => p && p.source.length === 0)
    .flatMap((p) => p.target.flatMap((t) => keysOf(st.ctx.memo.target, t)));
}

/** The run-in headlines of the target's first sentence, when it and this segment both open the article's bead. */
function targetHeads(st: RunInSearch, ss: SegmentSearch): { end: number; keys: string[] }[] {
  return (ss.targetHeads ??=
    ss.opens && st.targetOpens && ss.seg === st.pair.source[0]
      ? runInCuts(st.t0.text, MAX_HEADLINE_WORDS, st.ctx.target).map((c) => ({
          end: c.headEnd,
          keys: textAnchorKeys(st.ctx.memo.target, st.t0.text.slice(0, c.headEnd)),
        }))
      : []);
}

/**
 * The target opens with a run-in headline of this one's length that is not the start of the rest's translation (it
 * shares no more anchors with the rest than with the headline): the headline is there.
 */
function headMirrored(st: RunInSearch, ss: SegmentSearch, headEnd: number, headKeys: string[], bodyKeys: string[]): boolean {
  return targetHeads(st, ss).some(
    (h) => lengthMisfit(headEnd, h.end, st.ratio) < RUN_IN_MIRROR && found(h.keys, bodyKeys) <= found(h.keys, headKeys),
  );
}

/**
 * The target's run-in headline also fits this one's and the rest of the target sentence fits this body, which
 * shares no fewer anchors with it than the next source sentence does: the body is there too.
 */
function bodyMirrored(st: RunInSearch, ss: SegmentSearch, headEnd: number, bodyStart: number, bodyKeys: string[]): boolean {
  const { seg } = ss;
  const t0 = st.t0;
  return targetHeads(st, ss).some(
    (h) =>
      lengthMisfit(headEnd, h.end, st.ratio) < RUN_IN_MIRROR &&
      lengthMisfit(seg.text.length - bodyStart, t0.text.length - h.end, st.ratio) < RUN_IN_MIRROR &&
      nextSharesNoMore(st.ctx, seg, textAnchorKeys(st.ctx.memo.target, t0.text.slice(h.end)), bodyKeys),
  );
}

/** True when the source sentence after `seg` shares no more of `keys` (target anchors) than `ownKeys` do. */
function nextSharesNoMore(ctx: RuleContext, seg: Segment, keys: readonly string[], ownKeys: readonly string[]): boolean {
  const next = ctx.source.segments[seg.index + 1];
  return found(keys, next ? keysOf(ctx.memo.source, next) : []) <= found(keys, ownKeys);
}
