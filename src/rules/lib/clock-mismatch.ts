// The clock-time part of date-mismatch: a time in the aligned target that no time of the source may mean
// ("a las 10:30" / "at 11.30 am", "8 p. m." / "8 a.m."), while the source has a time the target does not.
import type { RuleContext } from "../../check/rule";
import { isConfidentOneToOne } from "./confident-pair";
import type { Segment } from "../../segment/document";
import { clockTimes, sameTime, type ClockTime } from "./clock-times";

function timesOf(ctx: RuleContext, side: "source" | "target", segments: Segment[] | undefined): ClockTime[] {
  const doc = ctx[side];
  return (segments ?? []).flatMap((s) => clockTimes(doc.text, doc.lang, s.start, s.end));
}

/** Reports each target time that contradicts the aligned source's times (message id "time"). */
export function reportClockMismatches(ctx: RuleContext): void {
  ctx.pairs.forEach((p, k) => {
    if (!p.source.length || !p.target.length) return;
    const tgt = timesOf(ctx, "target", p.target);
    if (!tgt.length) return;
    const src = timesOf(ctx, "source", p.source);
    if (!src.length) return;
    // In a confident 1–1 bead, the one time each side leaves unexplained is compared, whatever the neighbours say
    // ("medianoche" / "noon" while the next sentence has "midnight").
    const ownExtra = tgt.filter((t) => !src.some((s) => sameTime(s, t)));
    const ownMissing = src.filter((s) => !tgt.some((t) => sameTime(s, t)));
    if (isConfidentOneToOne(p, 0.5) && ownExtra.length === 1 && ownMissing.length === 1) {
      reportTime(ctx, ownMissing[0], ownExtra[0]);
      return;
    }
    // Times the translator moved across a sentence boundary count as present.
    const nearSrc = [...src, ...timesOf(ctx, "source", ctx.pairs[k - 1]?.source), ...timesOf(ctx, "source", ctx.pairs[k + 1]?.source)];
    const nearTgt = [...tgt, ...timesOf(ctx, "target", ctx.pairs[k - 1]?.target), ...timesOf(ctx, "target", ctx.pairs[k + 1]?.target)];
    const extra = tgt.filter((t) => !nearSrc.some((s) => sameTime(s, t)));
    const missing = src.filter((s) => !nearTgt.some((t) => sameTime(s, t)));
    for (const t of extra.slice(0, missing.length)) {
      reportTime(ctx, missing.length === 1 ? missing[0] : missing[extra.indexOf(t)], t);
    }
  });
}

function reportTime(ctx: RuleContext, s: ClockTime, t: ClockTime): void {
  ctx.report({
    messageId: "time",
    data: { source: ctx.source.text.slice(s.start, s.end), target: ctx.target.text.slice(t.start, t.end) },
    source: { start: s.start, end: s.end },
    target: { start: t.start, end: t.end },
  });
}
