// Anchor keys of sentences as multisets: how many of one side's keys the other side holds.
import type { Segment } from "../../../segment/document";
import type { SideMemo } from "../../../segment/memo";
import { segmentKeysOf } from "../../../align/anchors";

/** Anchor keys of segment `s` of a side's document (shared with the aligner; do not mutate). */
export function keysOf(side: SideMemo, s: Segment): readonly string[] {
  return segmentKeysOf(side, s.index);
}

/** Multiset difference count: how many of `keys` are found in `pool` (each pool key used once). */
export function found(keys: readonly string[], pool: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of pool) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of keys) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

/** Keys of `a` minus those of `b` (multiset). */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const c = left.get(k) ?? 0;
    if (c > 0) left.set(k, c - 1);
    else out.push(k);
  }
  return out;
}
