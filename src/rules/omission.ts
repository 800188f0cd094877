import { defineRule, type RuleContext } from "../core/rule";
import type { Segment } from "../core/document";
import { copiesInPlace, coveredByNeighbour, missingRunInPart, unsupportedInBead, wordCount } from "../core/coverage";

/** Sentences shorter than this (in words) are not reported: datelines, bylines and fragments are too unreliable. */
const MIN_WORDS = 3;

/** A paragraph of its own inside the article (a subheading) counts from this many words: not a dateline or byline. */
const MIN_HEADING_WORDS = 2;
const HAS_DIGIT = /\d/;

/** The fewest words an unpaired source segment needs to be reported. */
function minWords(ctx: RuleContext, s: Segment): number {
  const segs = ctx.source.segments;
  const alone = (s.index === 0 || segs[s.index - 1].paragraph !== s.paragraph) &&
    (s.index === segs.length - 1 || segs[s.index + 1].paragraph !== s.paragraph);
  const inside = s.index > 0 && s.index < segs.length - 1;
  return alone && inside && !HAS_DIGIT.test(s.text) ? MIN_HEADING_WORDS : MIN_WORDS;
}

/** A source sentence with no translation in the target. */
export default defineRule({
  meta: {
    id: "omission",
    description: "A source sentence has no translation in the target.",
    category: "accuracy/omission",
    severity: "major",
    messages: { omitted: "This source sentence has no translation in the target." },
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "El presidente llegó el lunes. Se reunió con los ministros.",
        target: "The president arrived on Monday. He met the ministers.",
      },
      {
        // Two source sentences merged into one target sentence: not an omission.
        from: "es", to: "en",
        source: "La tormenta llegó a la costa el martes por la noche. Dejó sin luz a miles de hogares. Las clases se suspendieron el miércoles en toda la provincia.",
        target: "The storm reached the coast on Tuesday night, leaving thousands of homes without power. Classes were suspended on Wednesday across the province.",
      },
      {
        // One source sentence split into two target sentences.
        from: "en", to: "es",
        source: "The council approved the budget on Friday after a long debate in which the opposition accused the mayor of hiding the real cost of the new stadium.",
        target: "El consejo aprobó el presupuesto el viernes tras un largo debate. La oposición acusó al alcalde de ocultar el coste real del nuevo estadio.",
      },
      {
        // A short dateline without a counterpart is not worth a major issue.
        from: "es", to: "en",
        source: "MADRID.\n\nEl Gobierno aprobó ayer una nueva ley de vivienda. La norma entrará en vigor en enero.",
        target: "The government approved a new housing law yesterday. The rule will take effect in January.",
      },
      {
        // The same run-in headline, translated: nothing is missing.
        from: "es", to: "en",
        source: "Huelga de controladores aéreos en toda Francia Cientos de vuelos fueron cancelados el martes en los aeropuertos de París, Lyon y Marsella.",
        target: "Air traffic controllers strike across France Hundreds of flights were cancelled on Tuesday at the airports of Paris, Lyon and Marseille.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "El presidente llegó a Lima el lunes por la tarde. <marker>Se reunió durante tres horas con todos los ministros del gabinete.</marker> Después habló con la prensa.",
        target: "The president arrived in Lima on Monday afternoon. Afterwards he spoke to the press.",
      },
      {
        from: "en", to: "es",
        source: "The museum reopened on Saturday after two years of repairs.\n\n<marker>More than 4,000 visitors queued outside the building before the doors opened at nine in the morning.</marker>\n\nThe director thanked the volunteers who helped restore the paintings.",
        target: "El museo reabrió el sábado tras dos años de obras.\n\nLa directora agradeció a los voluntarios que ayudaron a restaurar los cuadros.",
      },
      {
        // A copy of the previous sentence took this sentence's place.
        from: "es", to: "en",
        source: "El museo abrió sus puertas en 1998. La colección reúne más de 4.000 piezas de arte precolombino. <marker>El edificio fue diseñado por una arquitecta local.</marker>",
        target: "The museum opened its doors in 1998. The collection brings together more than 4,000 pieces of pre-Columbian art. The collection brings together more than 4,000 pieces of pre-Columbian art.",
      },
      {
        // A headline run into the lead sentence (markup stripped); the translation starts with the lead.
        from: "es", to: "en",
        source: "<marker>Huelga de controladores aéreos en toda Francia durante el puente de noviembre</marker> Cientos de vuelos fueron cancelados el martes en París.",
        target: "Hundreds of flights were cancelled on Tuesday in Paris.",
      },
      {
        from: "es", to: "en",
        source: "La empresa ganó 120 millones de euros en 2023. <marker>Sus ventas en Asia crecieron un 40 por ciento gracias a la demanda de China.</marker> El consejero delegado presentará el plan estratégico en marzo. Los accionistas recibirán un dividendo mayor.",
        target: "The company earned 120 million euros in 2023. The chief executive will present the strategic plan in March. Shareholders will receive a larger dividend.",
      },
    ],
  },
  check(ctx) {
    ctx.pairs.forEach((p, k) => {
      if (p.target.length === 0) {
        for (const s of p.source) {
          if (wordCount(s.text) < minWords(ctx, s) || coveredByNeighbour(ctx, k, s, "source")) continue;
          ctx.report({ messageId: "omitted", source: { start: s.start, end: s.end } });
        }
        return;
      }
      // A copy of an earlier target sentence took the place of these source sentences' translation.
      const replaced = new Set(copiesInPlace(ctx, p).flatMap((c) => c.replaced));
      for (const s of replaced) ctx.report({ messageId: "omitted", source: { start: s.start, end: s.end } });
      if (replaced.size) return;
      const part = missingRunInPart(ctx, p);
      if (part) {
        const s = part.segment;
        ctx.report({ messageId: "omitted", source: { start: s.start + part.start, end: s.start + part.end } });
      }
      for (const s of unsupportedInBead(ctx, p, "source", true)) {
        if (wordCount(s.text) < MIN_WORDS) continue;
        ctx.report({ messageId: "omitted", source: { start: s.start, end: s.end } });
      }
    });
  },
});
