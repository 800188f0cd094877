import { defineRule, type RuleContext } from "../check/rule";
import type { Segment } from "../segment/document";
import {
  copiesInPlace,
  coveredByNeighbour,
  headlineByOpening,
  headlineLeftOut,
  headlineMirrored,
  missingRunInPart,
  unsupportedInBead,
  segmentWords,
  shiftedPartner,
  unsurePartner,
} from "./lib/coverage";

/** Sentences shorter than this (in words) are not reported: datelines, bylines and fragments are too unreliable. */
const MIN_WORDS = 3;

/** A paragraph of its own inside the article (a subheading) counts from this many words: not a dateline or byline. */
const MIN_HEADING_WORDS = 2;
const HAS_DIGIT = /\d/;

/** The fewest words an unpaired source segment needs to be reported. */
function minWords(ctx: RuleContext, s: Segment): number {
  const segs = ctx.source.segments;
  const alone =
    (s.index === 0 || segs[s.index - 1].paragraph !== s.paragraph) &&
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
    severity: "minor",
    messages: {
      omitted: "This source sentence has no translation in the target.",
      weak: "This source sentence shares little with the target sentences aligned with it: part of this passage may be missing from the translation.",
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El presidente llegó el lunes. Se reunió con los ministros.",
        target: "The president arrived on Monday. He met the ministers.",
      },
      {
        // Two source sentences merged into one target sentence: not an omission.
        from: "es",
        to: "en",
        source:
          "La tormenta llegó a la costa el martes por la noche. Dejó sin luz a miles de hogares. Las clases se suspendieron el miércoles en toda la provincia.",
        target:
          "The storm reached the coast on Tuesday night, leaving thousands of homes without power. Classes were suspended on Wednesday across the province.",
      },
      {
        // One source sentence split into two target sentences.
        from: "en",
        to: "es",
        source:
          "The council approved the budget on Friday after a long debate in which the opposition accused the mayor of hiding the real cost of the new stadium.",
        target:
          "El consejo aprobó el presupuesto el viernes tras un largo debate. La oposición acusó al alcalde de ocultar el coste real del nuevo estadio.",
      },
      {
        // A short dateline without a counterpart is not worth a major issue.
        from: "es",
        to: "en",
        source: "MADRID.\n\nEl Gobierno aprobó ayer una nueva ley de vivienda. La norma entrará en vigor en enero.",
        target: "The government approved a new housing law yesterday. The rule will take effect in January.",
      },
      {
        // The same run-in headline, translated: nothing is missing.
        from: "es",
        to: "en",
        source:
          "Huelga de controladores aéreos en toda Francia Cientos de vuelos fueron cancelados el martes en los aeropuertos de París, Lyon y Marsella.",
        target:
          "Air traffic controllers strike across France Hundreds of flights were cancelled on Tuesday at the airports of Paris, Lyon and Marseille.",
      },
      {
        // A subheading of two words, translated.
        from: "es",
        to: "en",
        source:
          "El puerto movió un 8 por ciento más de contenedores que el año pasado.\n\nNuevas grúas\n\nLa autoridad portuaria comprará seis grúas eléctricas antes de 2026.",
        target:
          "The port handled 8 percent more containers than last year.\n\nNew cranes\n\nThe port authority will buy six electric cranes before 2026.",
      },
      {
        // Two sentences merged into one, with the anchors of both in it.
        from: "es",
        to: "en",
        source:
          "El Gobierno de Chile aprobó el martes un plan de 500 millones de dólares para la minería del litio. La ministra Carolina Rojas lo presentó en Antofagasta. El Congreso lo votará en abril.",
        target:
          "On Tuesday Chile's government approved a 500 million dollar plan for lithium mining, which minister Carolina Rojas presented in Antofagasta. Congress will vote on it in April.",
      },
      {
        // A headline with its own final mark, translated freely and run into the lead: the headline is there.
        from: "es",
        to: "en",
        source:
          "Un verano sin turistas en la costa. Los hoteles de Alicante registraron en julio un 30 por ciento menos de reservas que el año pasado. El sector pide ayudas al Gobierno regional.",
        target:
          "Empty Beaches on the Costa Blanca Hotels in Alicante recorded 30 percent fewer bookings in July than last year. The industry is asking the regional government for aid.",
      },
      {
        // Headline and a short first sentence run together on both sides; the short sentence is translated freely.
        from: "es",
        to: "en",
        source:
          "Un traicionero operador de bolsa arriesga miles de millones por su complejo de inferioridad Un desleal estafador. Así describe el gran banco francés a su antiguo empleado, Marc Duval, que le hizo perder cuatro mil millones de euros en un año.",
        target:
          "Treacherous Trader Risked Billions out of Inferiority Complex A faithless swindler. This is how the big French bank describes its former employee, Marc Duval, who cost it four billion euros in a year.",
      },
      {
        // "I" is capitalised inside a sentence too: no sign of a sentence run into this one.
        from: "en",
        to: "es",
        source: "The tour lasted three months. Along the way I shared tables with ministers I never imagined I could meet in person.",
        target: "La gira duró tres meses. Por el camino compartí mesa con ministros que nunca soñé conocer.",
      },
      {
        // A German headline whose names the lead repeats, translated: the names stand twice in the translation too.
        from: "de",
        to: "en",
        source:
          "Obama und McCain für Rettungspaket Barack Obama und John McCain haben am Sonntag das Rettungspaket der Regierung für die Banken unterstützt. Die Abstimmung im Kongress findet am Montag statt.",
        target:
          "Obama and McCain back bailout Barack Obama and John McCain on Sunday backed the government's rescue package for the banks. The vote in Congress takes place on Monday.",
      },
      {
        // A quotation closed without a period and run into the next sentence, translated the same way.
        from: "es",
        to: "en",
        source:
          'El alcalde inauguró ayer la nueva biblioteca municipal de Soria. "Es el mejor regalo que podemos hacer a nuestros hijos y a nuestros nietos" La obra costó 3 millones de euros y duró dos años. Abrirá todos los días.',
        target:
          'The mayor yesterday opened Soria\'s new public library. "It is the best gift we can give our children and grandchildren" The building cost 3 million euros and took two years. It will open every day.',
      },
      {
        // A German headline run into its lead, translated: no cut needs to be found.
        from: "de",
        to: "en",
        source:
          "Stillstand im Hamburger Hafen Verdi hat am Montag 2.400 Hafenarbeiter zu einem Streik für höhere Löhne aufgerufen. Tausende Container blieben an den Kais liegen.",
        target:
          "Standstill in the port of Hamburg Verdi called 2,400 dockers out on strike for higher pay on Monday. Thousands of containers sat on the quays.",
      },
    ],
    bad: [
      {
        // A headline of its own left out; reported once, as a whole (not also its run-in tail).
        from: "es",
        to: "en",
        source:
          "<marker>Petro y Boric defienden Escazú ante los mineros.</marker> Gustavo Petro y Gabriel Boric, presidentes de Colombia y Chile, defendieron el martes el acuerdo de Escazú sobre la protección de quienes luchan por el medio ambiente, pese a las quejas de las grandes empresas mineras de ambos países.",
        target:
          "Gustavo Petro and Gabriel Boric, the presidents of Colombia and Chile, defended the Escazú agreement on protecting those who fight for the environment on Tuesday, despite complaints from the large mining companies of both countries.",
      },
      {
        // The same headline with no translation: the target opens with the lead.
        from: "es",
        to: "en",
        source:
          "<marker>Un verano sin turistas en la costa.</marker> Los hoteles de Alicante registraron en julio un 30 por ciento menos de reservas que el año pasado. El sector pide ayudas al Gobierno regional.",
        target:
          "Hotels in Alicante recorded 30 percent fewer bookings in July than last year. The industry is asking the regional government for aid.",
      },
      {
        from: "es",
        to: "en",
        source:
          "El presidente llegó a Lima el lunes por la tarde. <marker>Se reunió durante tres horas con todos los ministros del gabinete.</marker> Después habló con la prensa.",
        target: "The president arrived in Lima on Monday afternoon. Afterwards he spoke to the press.",
      },
      {
        from: "en",
        to: "es",
        source:
          "The museum reopened on Saturday after two years of repairs.\n\n<marker>More than 4,000 visitors queued outside the building before the doors opened at nine in the morning.</marker>\n\nThe director thanked the volunteers who helped restore the paintings.",
        target:
          "El museo reabrió el sábado tras dos años de obras.\n\nLa directora agradeció a los voluntarios que ayudaron a restaurar los cuadros.",
      },
      {
        // A copy of the previous sentence took this sentence's place.
        from: "es",
        to: "en",
        source:
          "El museo abrió sus puertas en 1998. La colección reúne más de 4.000 piezas de arte precolombino. <marker>El edificio fue diseñado por una arquitecta local.</marker>",
        target:
          "The museum opened its doors in 1998. The collection brings together more than 4,000 pieces of pre-Columbian art. The collection brings together more than 4,000 pieces of pre-Columbian art.",
      },
      {
        // A headline run into the lead sentence (markup stripped); the translation starts with the lead.
        from: "es",
        to: "en",
        source:
          "<marker>Huelga de controladores aéreos en toda Francia durante el puente de noviembre</marker> Cientos de vuelos fueron cancelados el martes en París.",
        target: "Hundreds of flights were cancelled on Tuesday in Paris.",
      },
      {
        from: "es",
        to: "en",
        source:
          "La empresa ganó 120 millones de euros en 2023. <marker>Sus ventas en Asia crecieron un 40 por ciento gracias a la demanda de China.</marker> El consejero delegado presentará el plan estratégico en marzo. Los accionistas recibirán un dividendo mayor.",
        target:
          "The company earned 120 million euros in 2023. The chief executive will present the strategic plan in March. Shareholders will receive a larger dividend.",
      },
      {
        // A headline run into the lead sentence; the translation keeps the headline and drops the lead.
        from: "es",
        to: "en",
        source:
          "Las islas Canarias baten su récord de turistas extranjeros por tercer año consecutivo en pleno verano <marker>El archipiélago recibió 16 millones de visitantes en 2024.</marker> Los hoteles de Tenerife se llenaron.",
        target:
          "The Canary Islands break their record of foreign tourists for the third year running in the middle of summer Hotels in Tenerife were full.",
      },
      {
        // A German headline run into its lead (German capitalises nouns, so the lead may start with any capital);
        // the translation opens with the lead.
        from: "de",
        to: "en",
        source:
          "<marker>Stillstand im Hamburger Hafen</marker> Verdi hat am Montag 2.400 Hafenarbeiter zu einem Streik für höhere Löhne aufgerufen. Tausende Container blieben an den Kais liegen.",
        target: "Verdi called 2,400 dockers out on strike for higher pay on Monday. Thousands of containers sat on the quays.",
      },
      {
        // A German headline run into its lead, with no capitalised function word to show the cut; the translation
        // keeps the headline and drops the lead.
        from: "de",
        to: "en",
        source:
          "Stillstand im Hamburger Hafen <marker>Verdi hat am Montag 2.400 Hafenarbeiter zu einem Streik für höhere Löhne aufgerufen.</marker>\n\nDie Reedereien sprechen von Millionenverlusten.",
        target: "Standstill in the port of Hamburg\n\nThe shipping companies speak of losses running into millions.",
      },
      {
        // A German headline whose names the lead repeats, left out: the translation names them once.
        from: "de",
        to: "en",
        source:
          "<marker>Obama und McCain für Rettungspaket</marker> Barack Obama und John McCain haben am Sonntag das Rettungspaket der Regierung für die Banken unterstützt. Die Abstimmung im Kongress findet am Montag statt.",
        target:
          "Barack Obama and John McCain on Sunday backed the government's rescue package for the banks. The vote in Congress takes place on Monday.",
      },
      {
        // The sentence after the one left out is translated loosely (no anchor in common): the aligner pairs its
        // translation with the sentence left out, so the sentence left alone is reported, and the one whose pairing
        // is unsure too.
        from: "es",
        to: "en",
        source:
          "El alcalde inauguró el puente nuevo de Zamora el lunes por la mañana. <marker>Los trabajos se alargaron durante más de dos años por culpa de la crisis.</marker> <marker>Por la tarde cayó un aguacero enorme sobre la comarca.</marker> El martes se celebrará un concierto en la plaza Mayor.",
        target:
          "The mayor opened Zamora's new bridge on Monday morning. In the afternoon a very heavy storm swept across the whole surrounding province. On Tuesday there will be a concert in the Plaza Mayor.",
      },
      {
        // The aligner pairs the translation of the long sentence (two names in common) with the short one left out
        // (one word in common), as the lengths fit: the long sentence alone is reported, and the short one too.
        from: "es",
        to: "en",
        source:
          "El Ayuntamiento de Oviedo presentó ayer el nuevo plan de tráfico para el centro de la ciudad. <marker>La concejala dijo que el plan entrará en vigor en cuanto terminen las obras de la calle.</marker> <marker>Según Marta Rivas, una técnica municipal que dirigió el estudio durante dos años con un equipo de ingenieros de la universidad y de varias empresas privadas de la región, bajará mucho el ruido en el casco antiguo.</marker> Los vecinos podrán presentar alegaciones hasta marzo.",
        target:
          "Oviedo City Council yesterday presented the new traffic plan for the city centre. For Marta Rivas, who led it, the plan will make the old town far quieter. Residents will be able to submit objections until March.",
      },
      {
        // The same when the long sentence's translation is split in two: the aligner pairs both halves with the short one.
        from: "es",
        to: "en",
        source:
          "El Ayuntamiento de Oviedo presentó ayer el nuevo plan de tráfico para el centro de la ciudad. <marker>La concejala dijo que el plan entrará en vigor en cuanto terminen las obras de la calle.</marker> <marker>Según Marta Rivas, una técnica municipal que dirigió el estudio durante dos años con un equipo de ingenieros de la universidad y de varias empresas privadas de la región, bajará mucho el ruido en el casco antiguo.</marker> Los vecinos podrán presentar alegaciones hasta marzo.",
        target:
          "Oviedo City Council yesterday presented the new traffic plan for the city centre. For Marta Rivas, the plan will help. The old town will be far quieter. Residents will be able to submit objections until March.",
      },
      {
        // The lead left out: the aligner glues it to the headline, whose names its translation holds.
        from: "es",
        to: "en",
        source:
          "Pesca Norte ofrece 40 millones de euros por el 24% de Conservas Rías. <marker>El grupo Pesca Norte detalló ayer en Vigo su oferta por el 24% de Conservas Rías, que quiere comprar antes del verano para ampliar su flota.</marker> <marker>Es un porcentaje que no le obliga a lanzar una opa sobre todo el capital, según la CNMV y el Banco de España.</marker> La junta de accionistas votará la oferta en marzo.",
        target:
          "Pesca Norte offers 40 million euros for 24% of Conservas Rías It is a stake that does not oblige it to bid for all the capital, according to the CNMV. The shareholders' meeting will vote on the offer in March.",
      },
      {
        // The headline left out, glued to the lead, whose translation holds the next sentence's names too.
        from: "es",
        to: "en",
        source:
          "<marker>Detenido el alcalde de Tomelloso por corrupción.</marker> La Guardia Civil detuvo ayer al alcalde de Tomelloso, Juan Pérez, en una operación contra la corrupción urbanística. <marker>También fueron detenidos el jefe de la policía local, Luis Gómez, la secretaria del Ayuntamiento, dos arquitectos de Valencia y un constructor de Ciudad Real, según informó la Delegación del Gobierno en Castilla-La Mancha.</marker> El juez los interrogará el lunes.",
        target:
          "The Civil Guard yesterday arrested the mayor of Tomelloso, Juan Pérez, and the police chief, Luis Gómez, in an operation against planning corruption. The judge will question them on Monday.",
      },
      {
        // The translation of the paragraph before runs long, so adding the sentence to it would fit its length
        // better; but none of the sentence's many anchors (names, numbers) is there.
        from: "es",
        to: "en",
        source:
          "El Ayuntamiento aprobó ayer los presupuestos de 2025 tras un debate de seis horas.\n\n<marker>Vox, PP y Ciudadanos pidieron 25 millones más para el metro de Sevilla.</marker>\n\nEl alcalde cerró la sesión a medianoche.",
        target:
          "The city council approved the 2025 budget yesterday after a six-hour debate that many residents followed from the public gallery, some of them for the whole evening.\n\nThe mayor closed the session at midnight.",
      },
      {
        // A subheading of two words left out.
        from: "es",
        to: "en",
        source:
          "El puerto movió un 8 por ciento más de contenedores que el año pasado.\n\n<marker>Nuevas grúas</marker>\n\nLa autoridad portuaria comprará seis grúas eléctricas antes de 2026.",
        target:
          "The port handled 8 percent more containers than last year.\n\nThe port authority will buy six electric cranes before 2026.",
      },
      {
        // A subheading left out after a paragraph whose translation runs long: adding it to that paragraph would fit
        // the lengths better, but a translator keeps a subheading apart.
        from: "es",
        to: "en",
        source:
          "El puerto movió un 8 por ciento más de contenedores.\n\n<marker>Nuevas grúas eléctricas</marker>\n\nLa autoridad portuaria comprará seis grúas antes de 2026.",
        target:
          "The port handled 8 percent more containers than it did last year, a record for the third year running in the region.\n\nThe port authority will buy six cranes before 2026.",
      },
      {
        // A short sentence left out next to a long one: the aligner glues it to its neighbour's pair.
        from: "es",
        to: "en",
        source:
          "El nuevo sistema de frenado automático, que detecta peatones y ciclistas con una cámara y un radar, será obligatorio en todos los coches nuevos vendidos en la Unión Europea a partir de julio. <marker>Los fabricantes aseguran que el sistema automático costará menos de 600 euros.</marker> Las asociaciones de víctimas celebraron la decisión.",
        target:
          "The new automatic braking system, which uses a camera and a radar to detect pedestrians and cyclists crossing the road in front of the car, will be compulsory in all new cars sold anywhere in the European Union starting in July. Victims' associations welcomed the decision.",
      },
      {
        // A quotation closed without a period runs into the next sentence; the translation drops the quotation.
        from: "es",
        to: "en",
        source:
          'El alcalde inauguró ayer la nueva biblioteca municipal de Soria. <marker>"Es el mejor regalo que podemos hacer a nuestros hijos y a nuestros nietos"</marker> La obra costó 3 millones de euros y duró dos años. Abrirá todos los días.',
        target:
          "The mayor yesterday opened Soria's new public library. The building cost 3 million euros and took two years. It will open every day.",
      },
      {
        // A sentence that lost its final mark runs into the next one; the translation drops the next one.
        from: "es",
        to: "en",
        source:
          "Los vecinos llevan años esperando. El ministro visitó ayer las obras del nuevo hospital de Cuenca, que costará 90 millones de euros y tendrá 400 camas <marker>La consejería prevé abrir las primeras plantas en otoño de 2027.</marker>",
        target:
          "Residents have been waiting for years. The minister yesterday visited the site of the new hospital in Cuenca, which will cost 90 million euros and have 400 beds.",
      },
    ],
  },
  check(ctx) {
    ctx.pairs.forEach((p, k) => {
      if (p.target.length === 0) {
        for (const s of p.source) {
          if (segmentWords(ctx.memo.source, s) < minWords(ctx, s) || coveredByNeighbour(ctx, k, s, "source")) continue;
          if (headlineMirrored(ctx, s)) continue;
          // The aligner may have shifted the pairing by one bead: then the sentence left out is the neighbour.
          const at = shiftedPartner(ctx, k, s) ?? s;
          ctx.report({ messageId: "omitted", source: { start: at.start, end: at.end } });
          // Or the neighbour's pairing is unsure: its source may be the sentence left out.
          const unsure = at === s ? unsurePartner(ctx, k, s) : null;
          if (unsure && segmentWords(ctx.memo.source, unsure) >= MIN_WORDS) {
            ctx.report({ messageId: "weak", severity: "minor", source: { start: unsure.start, end: unsure.end } });
          }
        }
        return;
      }
      // A copy of an earlier target sentence took the place of these source sentences' translation.
      const replaced = new Set(copiesInPlace(ctx, p).flatMap((c) => c.replaced));
      for (const s of replaced) ctx.report({ messageId: "omitted", source: { start: s.start, end: s.end } });
      if (replaced.size) return;
      const unsupported = unsupportedInBead(ctx, p, "source", true).filter(
        (s) => segmentWords(ctx.memo.source, s) >= MIN_WORDS && !headlineMirrored(ctx, s),
      );
      const headline = p.source[0];
      const leftOut = headline && !unsupported.includes(headline) && headlineLeftOut(ctx, p, headline);
      if (leftOut) ctx.report({ messageId: "omitted", source: { start: headline.start, end: headline.end } });
      // Inside a bead with translated sentences the evidence is a weak overlap, not a missing sentence: a softer
      // message and a minor severity, since the sentence may be translated in words the overlap does not catch.
      for (const s of unsupported) ctx.report({ messageId: "weak", severity: "minor", source: { start: s.start, end: s.end } });
      // Part of a sentence (a headline run into its lead, or the lead after it), unless the whole is reported.
      const part = missingRunInPart(ctx, p) ?? (leftOut || unsupported.length ? null : headlineByOpening(ctx, p));
      if (part && !unsupported.includes(part.segment) && !(part.start === 0 && headlineMirrored(ctx, part.segment, part.end))) {
        const s = part.segment;
        ctx.report({ messageId: "omitted", source: { start: s.start + part.start, end: s.start + part.end } });
      }
    });
  },
});
