import { defineRule } from "../core/rule";
import { sentenceKey, wordCount } from "../core/coverage";
import { isWrittenIn, withoutQuotes } from "../core/langid";

/** Shorter sentences are skipped: headlines of names, titles and slogans are too often legitimately kept. */
const MIN_WORDS = 4;
const LANGUAGE_NAME = { es: "Spanish", en: "English" } as const;

/** A target sentence left in the source language, or copied verbatim from the source. */
export default defineRule({
  meta: {
    id: "untranslated",
    description: "A target sentence is still in the source language (or identical to the source sentence).",
    category: "accuracy/untranslated",
    severity: "major",
    messages: {
      untranslated: "This target sentence is still in {{language}}.",
      copied: "This target sentence is a copy of the source sentence, still in {{language}}.",
    },
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "El presidente llegó el lunes. Se reunió con los ministros.",
        target: "The president arrived on Monday. He met the ministers.",
      },
      {
        // A quoted Spanish title inside an English sentence is fine.
        from: "es", to: "en",
        source: "La serie «La casa de las flores» vuelve en mayo. Tendrá diez episodios.",
        target: "The series \"La casa de las flores\" returns in May. It will have ten episodes.",
      },
      {
        // Names and numbers kept as they are.
        from: "es", to: "en",
        source: "Real Madrid 2, Barcelona 1.\n\nEl equipo blanco ganó el clásico con dos goles de Vinícius Júnior.",
        target: "Real Madrid 2, Barcelona 1.\n\nThe white team won the clásico with two goals from Vinícius Júnior.",
      },
      {
        from: "en", to: "es",
        source: "The festival will open with a concert by Los Tigres del Norte on Friday.",
        target: "El festival se inaugurará el viernes con un concierto de Los Tigres del Norte.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "El presidente llegó a Lima el lunes por la tarde. Se reunió con todos los ministros del gabinete durante tres horas.",
        target: "The president arrived in Lima on Monday afternoon. <marker>Se reunió con todos los ministros del gabinete durante tres horas.</marker>",
      },
      {
        from: "en", to: "es",
        source: "The bridge will be closed for repairs until the end of the month. Drivers should use the ring road instead.",
        target: "El puente permanecerá cerrado por obras hasta final de mes. <marker>Drivers should use the ring road instead.</marker>",
      },
      {
        from: "es", to: "en",
        source: "Los precios de la vivienda bajaron en marzo. La caída fue mayor en las ciudades del norte que en las del sur.",
        target: "House prices fell in March. <marker>La caída fue más fuerte en las ciudades del norte que en las del sur.</marker>",
      },
    ],
  },
  check(ctx) {
    const from = ctx.source.lang;
    const to = ctx.target.lang;
    if (from === to) return;
    for (const t of ctx.target.segments) {
      const text = withoutQuotes(t.text);
      if (wordCount(text) < MIN_WORDS || !isWrittenIn(text, from, to)) continue;
      const pair = ctx.pairs[ctx.pairOfTarget[t.index]];
      const copied = pair.source.some((s) => sentenceKey(s.text) === sentenceKey(t.text));
      ctx.report({
        messageId: copied ? "copied" : "untranslated",
        data: { language: LANGUAGE_NAME[from] },
        target: { start: t.start, end: t.end },
      });
    }
  },
});
