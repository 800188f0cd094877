import type { Doc } from "../segment/document";
import type { Bead } from "../types";
import { KeyInterner, segmentAnchorKeys, sortedRangeOverlap } from "./anchors";
import ratioData from "../../rules/length-ratios.json";

/*
 * Sentence alignment in the spirit of Gale–Church and hunalign: a monotone path of beads (1–1, 1–0, 0–1, 2–1,
 * 1–2, 2–2) found by dynamic programming over a band around the diagonal. A bead's cost adds
 *  - the prior of its shape,
 *  - a Gale–Church length cost (character lengths, target/source ratio estimated on the document itself),
 *  - a lexical cost from shared anchors (numbers, cognate prefixes, acronyms, a small bilingual lexicon),
 *  - paragraph penalties: a bead straddling two paragraphs of one side, or a linking bead that starts (ends) a
 *    paragraph on one side but not on the other.
 * The band widens (doubling) whenever the best path runs along its edge, so the cost stays ~linear in length.
 */

/** One bead shape: how many source and target segments it takes, and the -log prior of the shape. */
interface Shape {
  a: number;
  b: number;
  prior: number;
}

/** Bead shapes; priors are filled from ALIGN_PARAMS.shapePriors (see `shapes`). */
function shapes(): Shape[] {
  const p = ALIGN_PARAMS.shapePriors;
  return [
    { a: 1, b: 1, prior: -Math.log(p.oneOne) },
    { a: 1, b: 0, prior: -Math.log(p.null) },
    { a: 0, b: 1, prior: -Math.log(p.null) },
    { a: 2, b: 1, prior: -Math.log(p.twoOne) },
    { a: 1, b: 2, prior: -Math.log(p.twoOne) },
    { a: 2, b: 2, prior: -Math.log(p.twoTwo) },
  ];
}

/** Tunable weights of the aligner's cost. */
export const ALIGN_PARAMS = {
  /** Gale–Church variance of target length per source character. */
  variance: 6.8,
  /** Weight of the lexical cost. */
  lexWeight: 12,
  /** Dice overlap of anchors at which the lexical cost is neutral. */
  lexNeutral: 0.2,
  /** Anchor count at which lexical evidence reaches full weight. */
  lexFull: 6,
  /** Extra cost of a linking bead whose sides share no anchor at all, reached at 16 anchors. */
  noSharedAnchor: 3,
  /** Extra cost per member of a 2–1 / 1–2 / 2–2 bead that has 4+ anchors and shares none with the other side. */
  unsupportedMember: 2,
  /** Cost of a bead spanning two paragraphs of one side. */
  straddle: 4,
  /** Cost of a linking bead whose paragraph start or end does not coincide on both sides. */
  boundary: 1.5,
  /** Prior probabilities of the bead shapes (1–0 and 0–1 each get `null`, 2–1 and 1–2 each `twoOne`). */
  shapePriors: { oneOne: 0.89, null: 0.015, twoOne: 0.0445, twoTwo: 0.011 },
  /** Initial half-width of the band. */
  band: 12,
};

/** Per-side data the cost function reads; prefix sums make multi-segment beads O(1). */
interface SideData {
  len: Float64Array;
  /** cumLen[i] = total length of segments before i; cumKeys likewise for anchor counts. */
  cumLen: Float64Array;
  cumKeys: Int32Array;
  /** Interned anchor keys of all segments, segment i's sorted in keys[cumKeys[i], cumKeys[i + 1]). */
  keys: Int32Array;
  first: Uint8Array;
  last: Uint8Array;
  para: Int32Array;
}

function sideData(doc: Doc, interner: KeyInterner): SideData {
  const segments = doc.segments;
  const anchors = segmentAnchorKeys(doc);
  const n = segments.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += anchors[i].length;
  const d: SideData = {
    len: new Float64Array(n),
    cumLen: new Float64Array(n + 1),
    cumKeys: new Int32Array(n + 1),
    keys: new Int32Array(total),
    first: new Uint8Array(n),
    last: new Uint8Array(n),
    para: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const s = segments[i];
    d.len[i] = Math.max(1, s.text.length);
    interner.encodeInto(anchors[i], d.keys, d.cumKeys[i]);
    d.cumLen[i + 1] = d.cumLen[i] + d.len[i];
    d.cumKeys[i + 1] = d.cumKeys[i] + anchors[i].length;
    d.para[i] = s.paragraph;
    d.first[i] = i === 0 || segments[i - 1].paragraph !== s.paragraph ? 1 : 0;
    d.last[i] = i === n - 1 || segments[i + 1].paragraph !== s.paragraph ? 1 : 0;
  }
  return d;
}

/** -ln P(|Z| >= |x|) for a standard normal Z, numerically stable for large x (erfc, Numerical Recipes). */
export function twoTailNegLog(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const lnErfc =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
      t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))) + Math.log(t);
  return -lnErfc;
}

/** Gale–Church length cost of linking `ls` source characters with `lt` target characters. */
export function lengthCost(ls: number, lt: number, ratio: number, variance = ALIGN_PARAMS.variance): number {
  const mean = (ls * ratio + lt) / 2;
  const delta = (lt - ls * ratio) / Math.sqrt(variance * mean);
  return twoTailNegLog(delta);
}

/**
 * The band's centre line: for each source position i, the target position whose share of the characters equals
 * the share of the source's characters before i. When both sides have the same number of paragraphs, the shares
 * are taken within each paragraph pair, so the line follows the paragraph structure exactly.
 */
function diagonal(S: SideData, T: SideData, n: number, m: number): Int32Array {
  const center = new Int32Array(n + 1);
  const paraS = starts(S, n);
  const paraT = starts(T, m);
  if (paraS.length === paraT.length) {
    for (let p = 0; p + 1 < paraS.length; p++) fillCenter(S, T, paraS[p], paraS[p + 1], paraT[p], paraT[p + 1], center);
  } else fillCenter(S, T, 0, n, 0, m, center);
  center[n] = m;
  return center;
}

/** Indices where paragraphs start, plus the end. */
function starts(d: SideData, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (d.first[i]) out.push(i);
  out.push(n);
  return out;
}

/** Proportional centre line for source segments [i0, i1) against target segments [j0, j1). */
function fillCenter(S: SideData, T: SideData, i0: number, i1: number, j0: number, j1: number, center: Int32Array): void {
  const totalS = S.cumLen[i1] - S.cumLen[i0];
  const totalT = T.cumLen[j1] - T.cumLen[j0];
  let j = j0;
  for (let i = i0; i < i1; i++) {
    const goal = ((S.cumLen[i] - S.cumLen[i0]) / totalS) * totalT;
    while (j < j1 && T.cumLen[j] - T.cumLen[j0] + T.len[j] / 2 <= goal) j++;
    center[i] = j;
  }
}

/** The target position a path of beads reaches at each source position (the centre of the next band). */
function pathCenter(beads: readonly Bead[], n: number): Int32Array {
  const center = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (let x = 0; x < b.source.length; x++) center[i + x] = j + Math.round((x * b.target.length) / b.source.length);
    i += b.source.length;
    j += b.target.length;
  }
  center[n] = j;
  return center;
}

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

/** Aligns the sentences of two documents into monotone beads covering every segment exactly once. */
export function align(source: Doc, target: Doc): Bead[] {
  const n = source.segments.length;
  const m = target.segments.length;
  if (n === 0 || m === 0) {
    return [
      ...source.segments.map((s) => ({ source: [s.index], target: [], score: 0 })),
      ...target.segments.map((t) => ({ source: [], target: [t.index], score: 0 })),
    ];
  }
  const interner = new KeyInterner();
  const S = sideData(source, interner);
  const T = sideData(target, interner);
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

/** The cost of every bead shape at every position, with the anchor overlaps of segment pairs memoised. */
class BeadCost {
  private cache: Int16Array = new Int16Array(0);
  private lo: Int32Array = new Int32Array(0);
  private cacheWidth = 0;

  /** The bead shapes with their priors. */
  readonly shapes: Shape[] = shapes();

  constructor(
    readonly S: SideData,
    readonly T: SideData,
    readonly ratio: number,
  ) {}

  /** Sizes the overlap cache for a band: row i caches target columns [lo[i] - 2, lo[i] + width + 2). */
  useBand(lo: Int32Array, width: number): void {
    this.lo = lo;
    this.cacheWidth = width + 4;
    this.cache = new Int16Array(lo.length * this.cacheWidth).fill(-1);
  }

  /** Anchors shared by source segment i and target segment j. */
  overlap(i: number, j: number): number {
    const k = j - this.lo[i] + 2;
    if (k < 0 || k >= this.cacheWidth) return this.countShared(i, j);
    const at = i * this.cacheWidth + k;
    let v = this.cache[at];
    if (v < 0) v = this.cache[at] = this.countShared(i, j);
    return v;
  }

  private countShared(i: number, j: number): number {
    const { S, T } = this;
    return sortedRangeOverlap(S.keys, S.cumKeys[i], S.cumKeys[i + 1], T.keys, T.cumKeys[j], T.cumKeys[j + 1]);
  }

  /** How many member segments of a multi-segment bead have 4+ anchors and share none with the other side. */
  private unsupportedMembers(i: number, j: number, a: number, b: number): number {
    let n = 0;
    for (let x = 0; x < a; x++) {
      if (this.S.cumKeys[i + x + 1] - this.S.cumKeys[i + x] < 4) continue;
      let m = 0;
      for (let y = 0; y < b; y++) m += this.overlap(i + x, j + y);
      if (m === 0) n++;
    }
    for (let y = 0; y < b; y++) {
      if (this.T.cumKeys[j + y + 1] - this.T.cumKeys[j + y] < 4) continue;
      let m = 0;
      for (let x = 0; x < a; x++) m += this.overlap(i + x, j + y);
      if (m === 0) n++;
    }
    return n;
  }

  /** Gale–Church length cost of linking source [i, i+a) with target [j, j+b). */
  length(i: number, j: number, a: number, b: number): number {
    const ls = this.S.cumLen[i + a] - this.S.cumLen[i];
    const lt = this.T.cumLen[j + b] - this.T.cumLen[j];
    return lengthCost(ls, lt, this.ratio, ALIGN_PARAMS.variance);
  }

  /** Length plus lexical cost of linking source [i, i+a) with target [j, j+b) (both non-empty). */
  content(i: number, j: number, a: number, b: number, length = this.length(i, j, a, b)): number {
    const { S, T } = this;
    const P = ALIGN_PARAMS;
    let c = length;
    const A = S.cumKeys[i + a] - S.cumKeys[i];
    const B = T.cumKeys[j + b] - T.cumKeys[j];
    if (A + B > 0) {
      let M = 0;
      if (A > 0 && B > 0) {
        for (let x = 0; x < a; x++) for (let y = 0; y < b; y++) M += this.overlap(i + x, j + y);
        M = Math.min(M, A, B);
      }
      c += P.lexWeight * (P.lexNeutral - (2 * M) / (A + B)) * Math.min(1, (A + B) / P.lexFull);
      // Not a single shared anchor among many is rare for real translations (about 1 in 60 with 16+ anchors).
      if (M === 0) c += P.noSharedAnchor * Math.min(1, Math.max(0, (A + B - 6) / 10));
      // In a merged bead, a member sentence with several anchors and none shared was probably not translated.
      else if (a + b > 2) c += this.unsupportedMembers(i, j, a, b) * P.unsupportedMember;
    }
    return c;
  }

  /**
   * A lower bound of the lexical part of `content`: its cost with every anchor of the smaller side shared (the
   * extra costs are never negative), less a margin for rounding.
   */
  lexicalBound(i: number, j: number, a: number, b: number): number {
    const P = ALIGN_PARAMS;
    const A = this.S.cumKeys[i + a] - this.S.cumKeys[i];
    const B = this.T.cumKeys[j + b] - this.T.cumKeys[j];
    if (A + B === 0) return -BOUND_MARGIN;
    const M = Math.min(A, B);
    return P.lexWeight * (P.lexNeutral - (2 * M) / (A + B)) * Math.min(1, (A + B) / P.lexFull) - BOUND_MARGIN;
  }

  /** Paragraph penalties of a linking bead of shape a–b at (i, j). */
  penalties(i: number, j: number, a: number, b: number): number {
    const { S, T } = this;
    const P = ALIGN_PARAMS;
    let c = 0;
    if (a === 2 && S.para[i] !== S.para[i + 1]) c += P.straddle;
    if (b === 2 && T.para[j] !== T.para[j + 1]) c += P.straddle;
    if (S.first[i] !== T.first[j]) c += P.boundary;
    if (S.last[i + a - 1] !== T.last[j + b - 1]) c += P.boundary;
    return c;
  }

  /** Full cost of a bead of shape s starting at (i, j): prior, content and paragraph penalties. */
  bead(i: number, j: number, s: number, length?: number): number {
    const { a, b, prior } = this.shapes[s];
    if (a === 0 || b === 0) return prior;
    const { S, T } = this;
    const P = ALIGN_PARAMS;
    let c = prior + this.content(i, j, a, b, length);
    if (a === 2 && S.para[i] !== S.para[i + 1]) c += P.straddle;
    if (b === 2 && T.para[j] !== T.para[j + 1]) c += P.straddle;
    if (S.first[i] !== T.first[j]) c += P.boundary;
    if (S.last[i + a - 1] !== T.last[j + b - 1]) c += P.boundary;
    return c;
  }

  /** Confidence in [0, 1] of a linking bead, from its content cost (3 decimals). */
  score(i: number, j: number, a: number, b: number): number {
    return Math.round(1000 / (1 + Math.exp(this.content(i, j, a, b) - 2))) / 1000;
  }
}

/**
 * Margin that keeps a cost bound below the cost itself despite rounding (costs are sums of a few terms below 10^6,
 * so their rounding errors stay far below it) and the approximation error of `twoTailNegLog` (about 3e-8 below x²/2).
 */
const BOUND_MARGIN = 1e-6;

/** Runs the DP in a band of half-width w around `center`; null when (n, m) is unreachable inside the band. */
function bandedPath(
  cost: BeadCost, n: number, m: number, w: number, center: Int32Array,
): { beads: Bead[]; hugsEdge: boolean } | null {
  const width = 2 * w + 1;
  const shapes = cost.shapes;
  const shapeA = Int32Array.from(shapes, (s) => s.a);
  const shapeB = Int32Array.from(shapes, (s) => s.b);
  const prior = Float64Array.from(shapes, (s) => s.prior);
  const lo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) lo[i] = center[i] - w;
  cost.useBand(lo, width);
  const acc = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  acc[-lo[0]] = 0;
  const { S, T, ratio } = cost;
  const variance = ALIGN_PARAMS.variance;
  // Null beads first: they cost their prior only, and the best so far lets linking beads be skipped early.
  const order = [1, 2, 0, 3, 4, 5];
  for (let i = 0; i <= n; i++) {
    const base = lo[i];
    const jTo = Math.min(m, base + width - 1);
    for (let j = Math.max(0, base); j <= jTo; j++) {
      let best = Infinity;
      let bestShape = 0;
      for (let o = 0; o < 6; o++) {
        const s = order[o];
        const a = shapeA[s];
        const b = shapeB[s];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const k = pj - lo[pi];
        if (k < 0 || k >= width) continue;
        const prev = acc[pi * width + k];
        if (prev === Infinity) continue;
        let c: number;
        if (a === 0 || b === 0) c = prev + prior[s];
        else {
          // A linking bead costs at least prior + delta²/2 (the length cost, as -ln erfc(z) >= z²) + the lexical
          // cost with full overlap + its paragraph penalties: when that bound cannot beat the best so far, the
          // bead's exact cost (a logarithm and the anchor overlaps) is not needed.
          const ls = S.cumLen[pi + a] - S.cumLen[pi];
          const lt = T.cumLen[pj + b] - T.cumLen[pj];
          const mean = (ls * ratio + lt) / 2;
          const delta = (lt - ls * ratio) / Math.sqrt(variance * mean);
          const bound = prev + prior[s] + (delta * delta) / 2 + cost.lexicalBound(pi, pj, a, b) + cost.penalties(pi, pj, a, b);
          if (bound >= best) continue;
          c = prev + cost.bead(pi, pj, s, twoTailNegLog(delta));
        }
        // Ties go to the earlier shape of `shapes`, whatever the order of evaluation.
        if (c < best || (c === best && s < bestShape)) {
          best = c;
          bestShape = s;
        }
      }
      if (i === 0 && j === 0) continue;
      acc[i * width + (j - base)] = best;
      back[i * width + (j - base)] = bestShape;
    }
  }
  if (acc[n * width + (m - lo[n])] === Infinity) return null;
  const beads: Bead[] = [];
  let hugsEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = j - lo[i];
    if ((k <= 1 && lo[i] > 0) || (k >= width - 2 && lo[i] + width - 1 < m)) hugsEdge = true;
    const { a, b } = shapes[back[i * width + k]];
    const src: number[] = [];
    const tgt: number[] = [];
    for (let x = i - a; x < i; x++) src.push(x);
    for (let y = j - b; y < j; y++) tgt.push(y);
    beads.push({ source: src, target: tgt, score: a && b ? cost.score(i - a, j - b, a, b) : 0 });
    i -= a;
    j -= b;
  }
  return { beads: beads.reverse(), hugsEdge };
}
