import { termRegex } from "../lang/inflect";
import { indexContaining } from "../check/offsets";
import { foldedText } from "../lang/normalize";
import { defineRule, type LocalSpan, type RuleContext } from "../check/rule";

function countIn(re: RegExp, text: string, range: LocalSpan | null): number {
  if (!range) return 0;
  re.lastIndex = 0;
  let n = 0;
  for (const m of text.slice(range.start, range.end).matchAll(re)) if (m[0]) n++;
  return n;
}

/** [start, end) covered by one side of beads lo..hi (null when empty). */
function rangeOf(ctx: RuleContext, lo: number, hi: number, side: "source" | "target"): LocalSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (let j = Math.max(0, lo); j <= Math.min(ctx.pairs.length - 1, hi); j++) {
    for (const s of ctx.pairs[j][side]) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return end > start ? { start, end } : null;
}

/** A glossary source term whose required translation is absent from the aligned target. */
export default defineRule({
  meta: {
    id: "glossary",
    description:
      "Each glossary term (options.glossary) found in the source must be translated with its required target term in the aligned sentence (whole words; plural and gender endings tolerated).",
    category: "terminology/wrong-term",
    severity: "minor",
    messages: {
      missing: "The glossary requires “{{target}}” for “{{source}}”, but the aligned translation does not use it.",
    },
    confidence: 0.9,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "La prestación por desempleo subirá en enero. Las prestaciones familiares no cambian.",
        target: "The unemployment benefit will rise in January. Family benefits do not change.",
        options: { glossary: [{ source: "prestación", target: "benefit" }] },
      },
      {
        from: "en",
        to: "es",
        source: "At least ten people died in the flood.",
        target: "Al menos diez personas murieron en la inundación.",
        options: { glossary: [{ source: "east", target: "este" }] },
      },
      {
        from: "es",
        to: "en",
        source: "Las diputadas votaron en contra. El proyecto de ley fracasó.",
        target: "The female members of parliament voted against it. The bill failed.",
        options: { glossary: [{ source: "diputado", target: "member of parliament" }] },
      },
      {
        from: "es",
        to: "en",
        source: "El Gobierno habló ayer. Anunció un nuevo subsidio para agricultores.",
        target: "The government announced a new subsidy for farmers yesterday. It gave no figures.",
        options: { glossary: [{ source: "subsidio", target: "subsidy" }] },
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "Las prestaciones sociales subirán un 2 %. El Gobierno lo anunció ayer.",
        target: "<marker>Social payments will rise by 2%.</marker> The government announced it yesterday.",
        options: { glossary: [{ source: "prestación", target: "benefit" }] },
      },
      {
        from: "en",
        to: "es",
        source: "The benefits will rise next year.",
        target: "<marker>Las ayudas subirán el año que viene.</marker>",
        options: { glossary: [{ source: "benefit", target: "prestación" }] },
      },
      {
        from: "es",
        to: "en",
        source: "Los diputados aprobaron la ley. La oposición votó en contra.",
        target: "<marker>The deputies passed the law.</marker> The opposition voted against.",
        options: { glossary: [{ source: "diputado", target: "member of parliament" }] },
      },
    ],
  },
  check(ctx) {
    const glossary = (ctx.options.glossary ?? []).filter((g) => g?.source?.trim() && g.target?.trim());
    if (!glossary.length) return;
    const srcFolded = foldedText(ctx.memo.source);
    const tgtFolded = foldedText(ctx.memo.target);
    const segments = ctx.source.segments;
    for (const g of glossary) {
      const srcRe = termRegex(g.source, ctx.source.lang);
      const tgtRe = termRegex(g.target, ctx.target.lang);
      const done = new Set<number>();
      for (const m of srcFolded.matchAll(srcRe)) {
        const at = m.index ?? 0;
        const seg = indexContaining(segments, at);
        if (seg < 0) continue;
        const k = ctx.pairOfSource[seg];
        if (k < 0 || done.has(k)) continue;
        done.add(k);
        const bead = rangeOf(ctx, k, k, "target");
        if (!bead || countIn(tgtRe, tgtFolded, bead) > 0) continue;
        // A translator may move the term into a neighbouring sentence: enough uses around it clear it.
        const around = countIn(tgtRe, tgtFolded, rangeOf(ctx, k - 1, k + 1, "target"));
        if (around > 0 && around >= countIn(srcRe, srcFolded, rangeOf(ctx, k - 1, k + 1, "source"))) continue;
        ctx.report({
          messageId: "missing",
          data: { source: g.source, target: g.target },
          source: { start: at, end: at + m[0].length },
          target: bead,
        });
      }
    }
  },
});
