// The band the dynamic programme runs in: its centre line (the diagonal, or a previous path) and the banded DP.
import type { Bead } from "../types";
import type { BeadCost } from "./bead-cost";
import { twoTailNegLog } from "./normal-tail";
import { ALIGN_PARAMS } from "./params";
import type { SideData } from "./side-data";

/**
 * The band's centre line: for each source position i, the target position whose share of the characters equals
 * the share of the source's characters before i. When both sides have the same number of paragraphs, the shares
 * are taken within each paragraph pair, so the line follows the paragraph structure exactly.
 */
export function diagonal(S: SideData, T: SideData, n: number, m: number): Int32Array {
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
export function pathCenter(beads: readonly Bead[], n: number): Int32Array {
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

/** The DP tables of one band: accumulated costs and back-pointers, row i holding target columns [lo[i], lo[i] + width). */
interface BandTables {
  cost: BeadCost;
  m: number;
  width: number;
  lo: Int32Array;
  acc: Float64Array;
  back: Uint8Array;
  shapeA: Int32Array;
  shapeB: Int32Array;
  prior: Float64Array;
}

/** Null beads first: they cost their prior only, and the best so far lets linking beads be skipped early. */
const SHAPE_ORDER = [1, 2, 0, 3, 4, 5];

/** Runs the DP in a band of half-width w around `center`; null when (n, m) is unreachable inside the band. */
export function bandedPath(
  cost: BeadCost,
  n: number,
  m: number,
  w: number,
  center: Int32Array,
): { beads: Bead[]; hugsEdge: boolean } | null {
  const width = 2 * w + 1;
  const shapes = cost.shapes;
  const lo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) lo[i] = center[i] - w;
  cost.useBand(lo, width);
  const band: BandTables = {
    cost,
    m,
    width,
    lo,
    acc: new Float64Array((n + 1) * width).fill(Infinity),
    back: new Uint8Array((n + 1) * width),
    shapeA: Int32Array.from(shapes, (s) => s.a),
    shapeB: Int32Array.from(shapes, (s) => s.b),
    prior: Float64Array.from(shapes, (s) => s.prior),
  };
  band.acc[-lo[0]] = 0;
  for (let i = 0; i <= n; i++) fillRow(band, i);
  if (band.acc[n * width + (m - lo[n])] === Infinity) return null;
  return traceBack(band, n);
}

/** Fills row i of the band: for each cell, the cheapest bead shape that ends there and its accumulated cost. */
function fillRow(band: BandTables, i: number): void {
  const { cost, m, width, lo, acc, back, shapeA, shapeB, prior } = band;
  const { S, T, ratio } = cost;
  const variance = ALIGN_PARAMS.variance;
  const order = SHAPE_ORDER;
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

/** The beads of the best path, from (n, m) back to (0, 0), and whether the path runs along the band's edge. */
function traceBack(band: BandTables, n: number): { beads: Bead[]; hugsEdge: boolean } {
  const { cost, m, width, lo, back } = band;
  const shapes = cost.shapes;
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
