// The cost of a bead (Gale–Church length cost, lexical cost from shared anchors, paragraph penalties, shape prior).
import { sortedRangeOverlap } from "./interned-keys";
import { ALIGN_PARAMS, type Shape, shapes } from "./params";
import type { SideData } from "./side-data";
import { twoTailNegLog } from "./normal-tail";

/** Gale–Church length cost of linking `ls` source characters with `lt` target characters. */
export function lengthCost(ls: number, lt: number, ratio: number, variance = ALIGN_PARAMS.variance): number {
  const mean = (ls * ratio + lt) / 2;
  const delta = (lt - ls * ratio) / Math.sqrt(variance * mean);
  return twoTailNegLog(delta);
}

/** The cost of every bead shape at every position, with the anchor overlaps of segment pairs memoised. */
export class BeadCost {
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
export const BOUND_MARGIN = 1e-6;
