import type { RuleContext } from "../../check/rule";

/** Indices of the source paragraphs aligned to each target paragraph (through the sentence beads). */
export function sourceParagraphsOfTarget(ctx: RuleContext): number[][] {
  const out: Set<number>[] = ctx.target.paragraphs.map(() => new Set<number>());
  for (const seg of ctx.target.segments) {
    const k = ctx.pairOfTarget[seg.index];
    if (k === undefined || k < 0) continue;
    for (const s of ctx.pairs[k].source) out[seg.paragraph].add(s.paragraph);
  }
  return out.map((set) => [...set].sort((a, b) => a - b));
}
