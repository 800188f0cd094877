import type { Doc } from "./document";
import type { Bead } from "./types";

/** Aligns the sentences of two documents into monotone beads covering every segment exactly once. */
export function align(source: Doc, target: Doc): Bead[] {
  const beads: Bead[] = [];
  const n = Math.max(source.segments.length, target.segments.length);
  for (let i = 0; i < n; i++) {
    const s = i < source.segments.length ? [i] : [];
    const t = i < target.segments.length ? [i] : [];
    beads.push({ source: s, target: t, score: s.length && t.length ? 0.5 : 0 });
  }
  return beads;
}
