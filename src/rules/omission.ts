import { defineRule } from "../core/rule";

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
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "El presidente llegó a Lima el lunes por la tarde. <marker>Se reunió durante tres horas con todos los ministros del gabinete.</marker> Después habló con la prensa.",
        target: "The president arrived in Lima on Monday afternoon. Afterwards he spoke to the press.",
      },
    ],
  },
  check(ctx) {
    for (const p of ctx.pairs) {
      if (p.target.length > 0) continue;
      for (const s of p.source) ctx.report({ messageId: "omitted", source: { start: s.start, end: s.end } });
    }
  },
});
