import { defineRule } from "../check/rule";
import { coveredByNeighbour, repeatsHeadline, repeatsOtherTarget, unsupportedInBead, segmentWords } from "./lib/coverage";
import type { Segment } from "../segment/document";

/** Sentences shorter than this (in words) are not reported: captions, credits and fragments are too unreliable. */
const MIN_WORDS = 3;

/** A target sentence with no source: scraped boilerplate, a repeated headline, an invented sentence. */
export default defineRule({
  meta: {
    id: "addition",
    description: "A target sentence has no counterpart in the source (scraped boilerplate, invented content).",
    category: "accuracy/addition",
    severity: "minor",
    messages: {
      added: "This target sentence has no counterpart in the source.",
      headline: "The headline is repeated here; the source does not repeat it.",
    },
    confidence: 0.6,
  },
  examples: {
    good: [
      {
        // A short last line the source has too is no repeat of the headline.
        from: "en",
        to: "de",
        source:
          "Kunduz inquiry\n\nThe ministry did not comment on the accusations on Saturday. The committee will meet on Wednesday.\n\nKunduz",
        target:
          "Fall Kunduz\n\nDas Ministerium äußerte sich am Samstag nicht zu den Vorwürfen. Der Ausschuss tritt am Mittwoch zusammen.\n\nKunduz",
      },
      {
        from: "es",
        to: "en",
        source: "El presidente llegó el lunes. Se reunió con los ministros.",
        target: "The president arrived on Monday. He met the ministers.",
      },
      {
        // One source sentence split into two target sentences is not an addition.
        from: "es",
        to: "en",
        source:
          "El ayuntamiento aprobó el viernes el presupuesto tras un largo debate en el que la oposición acusó al alcalde de ocultar el coste real del nuevo estadio.",
        target:
          "The city council approved the budget on Friday after a long debate. The opposition accused the mayor of hiding the real cost of the new stadium.",
      },
      {
        // Explanatory split at the end of a paragraph, still covered by the source sentence.
        from: "en",
        to: "es",
        source: "Prices rose 3.1 percent in November, driven by food and energy costs that the central bank had not anticipated.",
        target:
          "Los precios subieron un 3,1 por ciento en noviembre. La subida se debió a los alimentos y a la energía, que el banco central no había previsto.",
      },
    ],
    bad: [
      {
        // The headline repeated at the end, however short.
        from: "en",
        to: "de",
        source: "Kunduz inquiry\n\nThe ministry did not comment on the accusations on Saturday. The committee will meet on Wednesday.",
        target:
          "Fall Kunduz\n\nDas Ministerium äußerte sich am Samstag nicht zu den Vorwürfen. Der Ausschuss tritt am Mittwoch zusammen.\n\n<marker>Fall Kunduz</marker>",
      },
      {
        from: "es",
        to: "en",
        source: "El presidente llegó a Lima el lunes por la tarde. Después habló con la prensa.",
        target:
          "The president arrived in Lima on Monday afternoon. Afterwards he spoke to the press.\n\n<marker>Share this story with your friends and subscribe to our newsletter for more.</marker>",
      },
      {
        from: "es",
        to: "en",
        source: "La inflación subió en noviembre. Los alimentos fueron la principal causa.\n\nEl banco central no cambió los tipos.",
        target:
          "Inflation rose in November. Food was the main cause. <marker>We would love to thank the author of this post for such wonderful content.</marker>\n\nThe central bank did not change rates.",
      },
      {
        from: "es",
        to: "en",
        source:
          "Récord de visitantes en el museo del Prado\n\nMás de tres millones de personas visitaron el museo el año pasado. La cifra supera la de 2019.",
        target:
          "Record visitor numbers at the Prado museum\n\nMore than three million people visited the museum last year. The figure exceeds that of 2019.\n\n<marker>Record visitor numbers at the Prado museum</marker>",
      },
      {
        // The headline run into the lead sentence (no punctuation between them), then repeated at the end.
        from: "es",
        to: "en",
        source: "Cierra la última librería del barrio Después de cuarenta años, la librería Aurora baja la persiana este sábado.",
        target:
          "The last bookshop in the neighbourhood closes After forty years, the Aurora bookshop pulls down its shutters this Saturday.\n\n<marker>The last bookshop in the neighbourhood closes</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The mayor opened the new bridge on Sunday. Hundreds of neighbours attended the ceremony.",
        target:
          "El alcalde inauguró el nuevo puente el domingo. <marker>Todos los derechos reservados, prohibida su reproducción total o parcial sin permiso.</marker> Cientos de vecinos asistieron a la ceremonia.",
      },
    ],
  },
  check(ctx) {
    // A repeated headline is an addition; other repeats are the duplicate rule's business.
    const report = (t: Segment) => {
      const headline = repeatsHeadline(ctx, t);
      if (!headline && repeatsOtherTarget(ctx, t)) return;
      ctx.report({ messageId: headline ? "headline" : "added", target: { start: t.start, end: t.end } });
    };
    ctx.pairs.forEach((p, k) => {
      if (p.source.length === 0) {
        for (const t of p.target) {
          // A repeat of the headline is one at any length ("Fall Kunduz" at the end); other short lines are not.
          const headline = repeatsHeadline(ctx, t);
          if (!headline && segmentWords(ctx.memo.target, t) < MIN_WORDS) continue;
          if (headline || !coveredByNeighbour(ctx, k, t, "target")) report(t);
        }
        return;
      }
      for (const t of unsupportedInBead(ctx, p, "target")) if (segmentWords(ctx.memo.target, t) >= MIN_WORDS) report(t);
    });
  },
});
