// The aligned source of target sentences, and the window of sentences before a pronoun that may hold its referent.
import type { RuleContext } from "../../check/rule";
import type { PeopleLookup } from "./types";

/** Target sentences before a pronoun's own that may still hold its referent. */
export const WINDOW = 2;

/** A people lookup that knows nobody (a sentence's own words only). */
export const NOBODY: PeopleLookup = { get: () => undefined };

declare module "../../segment/memo" {
  interface CheckMemo {
    /** `nobodyOf` (src/rules/pronoun-gender/source-beads.ts): this check's lookup that knows nobody. */
    nobody?: PeopleLookup;
  }
}

/**
 * A lookup that knows nobody, made once per check: `rememberedPersonMarks` keeps its marks with the lookup, so they
 * go with the check (the module's NOBODY would keep them from one check to the next).
 */
export function nobodyOf(ctx: RuleContext): PeopleLookup {
  ctx.memo.nobody ??= { get: () => undefined };
  return ctx.memo.nobody;
}

/** Text of the source segments aligned with target segments [from, to], each bead once (but `except`), joined by spaces. */
export function alignedSource(ctx: RuleContext, from: number, to: number, except?: number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (let j = Math.max(0, from); j <= to; j++) {
    const b = ctx.pairOfTarget[j];
    if (b === undefined || b === except || seen.has(b)) continue;
    seen.add(b);
    for (const s of ctx.pairs[b]?.source ?? []) parts.push(s.text);
  }
  return parts.join(" ");
}

/** Text of the source sentences of the bead holding target segment `segment`. */
export function beadSource(ctx: RuleContext, segment: number): string {
  return alignedSource(ctx, segment, segment);
}

/** Text of the source sentences in the beads of the WINDOW target segments before `segment` (not its own bead). */
export function sourceBefore(ctx: RuleContext, segment: number): string {
  return alignedSource(ctx, segment - WINDOW, segment - 1, ctx.pairOfTarget[segment]);
}
