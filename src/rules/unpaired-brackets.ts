import { defineRule, type RuleContext } from "../check/rule";
import { paragraphMarks, type MarkClass } from "./lib/quote-marks";
import type { SideMemo } from "../segment/memo";
import { sourceParagraphsOfTarget } from "./lib/aligned-paragraphs";

const BRACKETS: ReadonlySet<MarkClass> = new Set(["round", "square"]);

/** The imbalances of each paragraph of one side: bracket class and direction ("round open", "square close"). */
function imbalances(side: SideMemo): Set<string>[] {
  return paragraphMarks(side).map((pm) => new Set(pm.unmatched.map((m) => `${m.cls} ${m.role}`)));
}

/** A parenthesis or square bracket with no partner in its paragraph (and none missing in the source). */
export default defineRule({
  meta: {
    id: "unpaired-brackets",
    description:
      "An opening or closing bracket ( ) [ ] in the target has no partner in its paragraph, while the source paragraph is balanced.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      open: "The opening “{{mark}}” is never closed in this paragraph.",
      close: "The closing “{{mark}}” has no opening partner in this paragraph.",
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El ministro (de Hacienda) habló ayer. La cifra [corregida] es de 40 millones.",
        target: "The (finance) minister spoke yesterday. The [corrected] figure is 40 million.",
      },
      {
        from: "es",
        to: "en",
        source: "Hay dos opciones: a) subir impuestos; b) recortar el gasto.",
        target: "There are two options: a) raise taxes; b) cut spending.",
      },
      {
        from: "en",
        to: "es",
        source: "(The report runs to 300 pages. It was published on Monday.)",
        target: "(El informe tiene 300 páginas. Se publicó el lunes.)",
      },
      {
        from: "es",
        to: "en",
        source: "La reunión (prevista para el lunes se aplazó sin fecha.",
        target: "The meeting (planned for Monday was postponed indefinitely.",
      },
      {
        from: "en",
        to: "es",
        source: "Fans replied with a smiley :) and moved on.",
        target: "Los aficionados respondieron con una carita :) y siguieron.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El gobierno (que preside Sánchez) aprobó la ley.",
        target: "The government (led by Sánchez)<marker>)</marker> approved the law.",
      },
      {
        from: "es",
        to: "en",
        source: "El gobierno (que preside Sánchez) aprobó la ley.",
        target: "The government <marker>(</marker>led by Sánchez approved the law.",
      },
      {
        from: "en",
        to: "es",
        source: "The [revised] figure is 40 million.",
        target: "La cifra <marker>[</marker>revisada es de 40 millones.",
      },
      {
        from: "en",
        to: "es",
        source: "Sales rose (by 4%) in March.\n\nThey fell in April.",
        target: "Las ventas subieron <marker>(</marker>un 4 % en marzo.\n\nBajaron en abril<marker>)</marker>.",
      },
      {
        from: "es",
        to: "en",
        format: "html",
        source: "<p>La votación (prevista para el lunes) será <b>secreta</b>.</p>",
        target: "<p>The vote <marker>(</marker>planned for Monday will be <b>secret</b>.</p>",
      },
    ],
  },
  check(ctx: RuleContext) {
    const sourceUnbalanced = imbalances(ctx.memo.source);
    const aligned = sourceParagraphsOfTarget(ctx);
    const targetMarks = paragraphMarks(ctx.memo.target);
    for (const [k, p] of ctx.target.paragraphs.entries()) {
      const { unmatched } = targetMarks[k];
      const reported = new Set<string>();
      for (const m of unmatched) {
        // One per kind and direction in a paragraph: a run of stray ")" in garbled output is one problem.
        if (!BRACKETS.has(m.cls) || reported.has(`${m.cls} ${m.role}`)) continue;
        // The same imbalance in the aligned source paragraph is not the translator's doing.
        if (aligned[p.index].some((q) => sourceUnbalanced[q].has(`${m.cls} ${m.role}`))) continue;
        reported.add(`${m.cls} ${m.role}`);
        ctx.report({
          messageId: m.role,
          data: { mark: m.char },
          target: { start: m.index, end: m.index + 1 },
        });
      }
    }
  },
});
