// The aligner's tunable weights and bead shapes.

/** One bead shape: how many source and target segments it takes, and the -log prior of the shape. */
export interface Shape {
  a: number;
  b: number;
  prior: number;
}

/** Bead shapes; priors are filled from ALIGN_PARAMS.shapePriors (see `shapes`). */
export function shapes(): Shape[] {
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
