import { defineRule, type AlignedPair } from "../check/rule";
import { isConfidentOneToOne } from "./lib/confident-pair";
import { polarityOf } from "./lib/negation";

/** Alignment score from which a 1–1 bead counts as confident (high: a loose pair rephrases too freely). */
const CONFIDENT = 0.9;
/** Longest sentence looked at, in words: a long sentence leaves a translator room to recast a negation. */
const MAX_WORDS = 30;
const wordCount = (s: string) => s.split(/\s+/).length;

const oneToOne = (p: AlignedPair) => isConfidentOneToOne(p, CONFIDENT);

/**
 * A sentence pair where one side negates a verb (not, never, no, nunca) and the other has no negative word at all:
 * the translation says the opposite of the source ("no descartó" / "ruled out").
 */
export default defineRule({
  meta: {
    id: "negation",
    description:
      "A confidently aligned sentence pair where one side negates a verb and the other has no negation nor any negative word: the translation may say the opposite.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      lost: "The source negates (“{{negator}}”), but the translation has no negation: it may say the opposite.",
      added: "The translation negates (“{{negator}}”), but the source has no negation: it may say the opposite.",
    },
    // Most of its flags on clean professional text are a negation recast as an antonym (docs/precision.md).
    confidence: 0.3,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El ministro no descartó una candidatura. No vino nadie a la reunión.",
        target: "The minister did not rule out a bid. Nobody came to the meeting.",
      },
      {
        // Fixed phrases with a negator that negate nothing, and a negation rendered by another negative word.
        from: "es",
        to: "en",
        source: "Sin embargo, el plan no sólo reduce costes. El acuerdo no se firmó.",
        target: "However, the plan not only cuts costs. The agreement failed to be signed.",
      },
      {
        // Litotes: "not unlike" affirms.
        from: "en",
        to: "es",
        source: "The result was not unlike last year's.",
        target: "El resultado fue parecido al del año pasado.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El ministro no descartó una candidatura a la presidencia.",
        target: "<marker>The minister ruled out a bid for the presidency.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The company will close the plant in March.",
        target: "La empresa <marker>no</marker> cerrará la planta en marzo.",
      },
      {
        from: "es",
        to: "en",
        source: "Nunca ha ganado una final.",
        target: "<marker>He has always won a final.</marker>",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    for (const p of ctx.pairs) {
      if (!oneToOne(p)) continue;
      const s = p.source[0];
      const t = p.target[0];
      if (wordCount(s.text) > MAX_WORDS || wordCount(t.text) > MAX_WORDS) continue;
      const src = polarityOf(ctx.source.text, s.start, s.end, ctx.source.lang, ctx.source.pair);
      const tgt = polarityOf(ctx.target.text, t.start, t.end, ctx.target.lang, ctx.target.pair);
      if (src.main.length && !tgt.negators.length && !tgt.others && !tgt.restrictive) {
        const n = src.main[0];
        ctx.report({
          messageId: "lost",
          data: { negator: ctx.source.text.slice(n.start, n.end) },
          source: n,
          target: { start: t.start, end: t.end },
        });
      } else if (tgt.main.length && !src.negators.length && !src.others && !src.restrictive) {
        const n = tgt.main[0];
        ctx.report({
          messageId: "added",
          data: { negator: ctx.target.text.slice(n.start, n.end) },
          target: n,
        });
      }
    }
  },
});
