import { defineRule } from "../check/rule";
import type { Segment } from "../segment/document";
import {
  ratioOf,
  copiesInPlace,
  earlierContains,
  lengthMisfit,
  repeatsHeadline,
  sameKeyCount,
  sentenceKeys,
  segmentWords,
} from "./lib/coverage";

/** Repeats shorter than this (in words) are ignored: "No." or "Thank you." may legitimately recur. */
const MIN_WORDS = 3;

/** A target sentence repeated where the source does not repeat it (a pasted headline, a doubled paragraph). */
export default defineRule({
  meta: {
    id: "duplicate",
    description: "A target sentence repeats an earlier target sentence although the source does not repeat it.",
    category: "accuracy/addition",
    severity: "minor",
    messages: { repeated: "This sentence repeats an earlier sentence of the translation; the source does not repeat it." },
    confidence: 0.85,
  },
  examples: {
    good: [
      {
        // The source repeats the sentence too.
        from: "es",
        to: "en",
        source: "Nadie quiso hablar del tema.\n\nLa policía investiga el robo desde el domingo.\n\nNadie quiso hablar del tema.",
        target:
          "Nobody wanted to talk about it.\n\nPolice have been investigating the theft since Sunday.\n\nNobody wanted to talk about it.",
      },
      {
        // The same English wording for two different source sentences is a style choice, not a duplicate.
        from: "es",
        to: "en",
        source:
          "El portavoz del ministerio declinó hacer comentarios. La empresa anunció después nuevos despidos en su planta de Valencia. Tampoco el sindicato quiso hacer declaraciones.",
        target: "He declined to comment. The company later announced new layoffs at its Valencia plant. He declined to comment.",
      },
    ],
    bad: [
      {
        from: "en",
        to: "es",
        source: "The river burst its banks on Monday. Dozens of families were evacuated from the lower town.",
        target:
          "El río se desbordó el lunes. Decenas de familias fueron evacuadas de la parte baja del pueblo. <marker>Decenas de familias fueron evacuadas de la parte baja del pueblo.</marker>",
      },
      {
        // The copy sits where the translation of another sentence should be.
        from: "es",
        to: "en",
        source:
          "El museo abrió sus puertas en 1998. La colección reúne más de 4.000 piezas de arte precolombino. El edificio fue diseñado por una arquitecta local.",
        target:
          "The museum opened its doors in 1998. The collection brings together more than 4,000 pieces of pre-Columbian art. <marker>The collection brings together more than 4,000 pieces of pre-Columbian art.</marker>",
      },
    ],
  },
  check(ctx) {
    const ratio = ratioOf(ctx);
    const keys = sentenceKeys(ctx.memo.target);
    const groups = new Map<string, Segment[]>();
    for (const t of ctx.target.segments) {
      // A segment whose key no other segment has would make a group of one, which nothing below reads.
      if (sameKeyCount(ctx.memo.target, t) < 2 || segmentWords(ctx.memo.target, t) < MIN_WORDS) continue;
      const key = keys[t.index];
      const g = groups.get(key);
      if (g) g.push(t);
      else groups.set(key, [t]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // Copies with no source of their own: alone in a bead, or glued to a bead whose rest explains its source.
      const unsupported = group.filter((t) => {
        const pair = ctx.pairs[ctx.pairOfTarget[t.index]];
        if (pair.source.length === 0 || copiesInPlace(ctx, pair).some((c) => c.copy === t)) return true;
        if (pair.target.length < 2) return false;
        const ls = pair.source.reduce((n, s) => n + s.text.length, 0);
        const lt = pair.target.reduce((n, s) => n + s.text.length, 0);
        return lengthMisfit(ls, lt - t.text.length, ratio) + 2 < lengthMisfit(ls, lt, ratio);
      }).length;
      // The copies are identical, so the repeats are the last ones, whichever the aligner left unpaired.
      for (const t of group.slice(Math.max(1, group.length - unsupported))) {
        if (repeatsHeadline(ctx, t)) continue; // a repeated headline is reported by the addition rule
        ctx.report({ messageId: "repeated", target: { start: t.start, end: t.end } });
      }
    }
    // An unpaired segment that repeats the start of an earlier one (a sentence run into the next one).
    for (const p of ctx.pairs) {
      if (p.source.length) continue;
      for (const t of p.target) {
        if (segmentWords(ctx.memo.target, t) < MIN_WORDS || (groups.get(keys[t.index])?.length ?? 0) > 1) continue;
        if (repeatsHeadline(ctx, t)) continue;
        if (earlierContains(ctx.memo.target, t)) {
          ctx.report({ messageId: "repeated", target: { start: t.start, end: t.end } });
        }
      }
    }
  },
});
