import { describe, expect, it } from "vitest";
import type { AlignedPair } from "../../src/check/rule";
import type { Segment } from "../../src/segment/document";
import { isConfidentOneToOne, isConfidentSplitOrJoin, isPairedInPlace } from "../../src/rules/lib/confident-pair";

/** A bead of `a` source and `b` target segments with alignment score `score` (the segments' content is not read). */
function bead(a: number, b: number, score: number): AlignedPair {
  const segs = (n: number) => Array.from({ length: n }, () => ({}) as Segment);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return { bead: { source: range(a), target: range(b), score }, source: segs(a), target: segs(b) };
}

describe("confident pairs", () => {
  it("isConfidentOneToOne: one sentence on each side, score at or above the bar", () => {
    expect(isConfidentOneToOne(bead(1, 1, 0.5), 0.5)).toBe(true);
    expect(isConfidentOneToOne(bead(1, 1, 0.499), 0.5)).toBe(false);
    expect(isConfidentOneToOne(bead(1, 2, 0.99), 0.5)).toBe(false);
    expect(isConfidentOneToOne(bead(1, 0, 1), 0)).toBe(false);
  });

  it("isConfidentSplitOrJoin: 1–1, 1–2 or 2–1, score at or above the bar", () => {
    expect(isConfidentSplitOrJoin(bead(1, 2, 0.9), 0.9)).toBe(true);
    expect(isConfidentSplitOrJoin(bead(2, 1, 0.95), 0.9)).toBe(true);
    expect(isConfidentSplitOrJoin(bead(1, 1, 0.9), 0.9)).toBe(true);
    expect(isConfidentSplitOrJoin(bead(2, 2, 0.99), 0.9)).toBe(false);
    expect(isConfidentSplitOrJoin(bead(1, 2, 0.89), 0.9)).toBe(false);
    expect(isConfidentSplitOrJoin(bead(0, 2, 1), 0)).toBe(false);
  });

  it("isPairedInPlace: a confident split or join, or a weak 1–1 between confident 1–1 beads or a text's edge", () => {
    const ok = bead(1, 1, 0.9);
    expect(isPairedInPlace([ok, bead(1, 2, 0.6), ok], 1, 0.5)).toBe(true);
    expect(isPairedInPlace([ok, bead(1, 1, 0.1), ok], 1, 0.5)).toBe(true);
    expect(isPairedInPlace([bead(1, 1, 0.1), ok], 0, 0.5)).toBe(true);
    expect(isPairedInPlace([ok, bead(1, 1, 0.1), bead(1, 2, 0.9)], 1, 0.5)).toBe(false);
    expect(isPairedInPlace([ok, bead(1, 1, 0.1), bead(1, 1, 0.2)], 1, 0.5)).toBe(false);
    expect(isPairedInPlace([ok, bead(1, 2, 0.1), ok], 1, 0.5)).toBe(false);
  });
});
