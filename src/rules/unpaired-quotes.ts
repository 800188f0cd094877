import { defineRule, type RuleContext } from "../check/rule";
import { leadingMark, paragraphMarks, type Mark, type MarkClass } from "./lib/quote-marks";
import { sourceParagraphsOfTarget } from "./lib/aligned-paragraphs";
import type { SideMemo } from "../segment/memo";
import type { Doc } from "../segment/document";

const QUOTES: ReadonlySet<MarkClass> = new Set(["double", "single"]);
/** Paragraphs a quotation may run on for without reopening, after the one it opens in. */
const MAX_SPAN = 3;
/** Marks that may open a paragraph continuing a quotation, by class (news style repeats the opener; Spanish uses »). */
const CONTINUATION: Record<string, MarkClass> = {
  '"': "double",
  "“": "double",
  "«": "double",
  "»": "double",
  "‘": "single",
  "‹": "single",
};

/** Unmatched quotation marks of each paragraph of a side. */
function unmatchedQuotes(side: SideMemo) {
  return paragraphMarks(side).map((pm) => pm.unmatched.filter((m) => QUOTES.has(m.cls)));
}

/** "The same imbalance" on both sides: the same class of mark left open, or left without an opener. */
function imbalanceKey(m: Mark): string {
  return `${m.cls} ${m.role}`;
}

/** True when the next paragraph opens with a mark that continues a quotation of this class (news style). */
function continuedBelow(doc: Doc, paragraph: number, cls: MarkClass): boolean {
  const next = doc.paragraphs[paragraph + 1];
  const lead = next ? leadingMark(doc.text, next.start, next.end) : null;
  return lead !== null && CONTINUATION[lead] === cls;
}

/**
 * Marks of quotations that run over paragraphs without reopening in each: an opener left open at a paragraph's
 * end whose class's next unmatched mark, in a later paragraph, is a closer (no other mark of the class between).
 */
function spanningQuotes(unmatched: Mark[][]): Set<Mark> {
  const out = new Set<Mark>();
  const pending = new Map<MarkClass, { mark: Mark; paragraph: number }>();
  unmatched.forEach((ms, p) => {
    for (const m of ms) {
      const open = pending.get(m.cls);
      if (open && m.role === "close" && p - open.paragraph <= MAX_SPAN) out.add(open.mark).add(m);
      if (m.role === "open") pending.set(m.cls, { mark: m, paragraph: p });
      else pending.delete(m.cls);
    }
  });
  return out;
}

/** A quotation mark with no partner in its paragraph (news-style quotations over several paragraphs allowed). */
export default defineRule({
  meta: {
    id: "unpaired-quotes",
    description:
      "An opening or closing quotation mark in the target has no partner in its paragraph, while the aligned source paragraph has no such imbalance. Apostrophes are not quotes; a quotation the source also continues into the next paragraph (news style, or Spanish ») is fine.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      open: "The opening quotation mark {{mark}} is never closed in this paragraph.",
      close: "The closing quotation mark {{mark}} has no opening partner in this paragraph.",
    },
    confidence: 0.6,
  },
  examples: {
    good: [
      {
        // A quotation over two paragraphs that does not reopen the second one is still closed.
        from: "en",
        to: "de",
        source: '"The first day of school in Japan. I was so excited.\n\nTokyo is the biggest city I have ever seen."',
        target: '"Der erste Schultag in Japan. War ich aufgeregt.\n\nTokio ist die größte Stadt, die ich je gesehen habe."',
      },
      {
        from: "es",
        to: "en",
        source: "«No nos rendiremos. Volveremos a intentarlo», dijo el alcalde.",
        target: "“We will not give up. We will try again,” the mayor said.",
      },
      {
        from: "es",
        to: "en",
        source: "Los ahorros de los venezolanos no alcanzan y el l’Équipe no lo oculta.",
        target: "Venezuelans’ savings don’t stretch far, and the ’90s are long gone, says L’Équipe.",
      },
      {
        from: "es",
        to: "en",
        source: "«Ganaremos el lunes.\n\n»Siempre ganamos», añadió.",
        target: "“We will win on Monday.\n\n“We always win,” he added.",
      },
      {
        from: "en",
        to: "es",
        source: '"We will win on Monday.\n\n"We always win," he added.',
        target: "«Ganaremos el lunes.\n\n»Siempre ganamos», añadió.",
      },
      {
        from: "es",
        to: "en",
        source: "«Ganaremos el lunes», dijo.\n\n«Siempre ganamos», añadió.",
        target: "He said: “We will win on Monday.\n\n“We always win,” he added.",
      },
      {
        from: "en",
        to: "es",
        source: "He called the plan \"a disaster\" and left. She said it was 'fine'.",
        target: "Calificó el plan de \"desastre\" y se fue. Ella dijo que estaba 'bien'.",
      },
      {
        from: "es",
        to: "en",
        source: "El lema decía “todo por el pueblo.",
        target: "The slogan read “everything for the people.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "«Ganaremos», dijo el alcalde.",
        target: "<marker>“</marker>We will win, the mayor said.",
      },
      {
        from: "es",
        to: "en",
        source: "El alcalde dijo: «Ganaremos».",
        target: "The mayor said: We will win<marker>”</marker>.",
      },
      {
        from: "es",
        to: "en",
        source: 'Calificó el plan de "desastre" y se fue.',
        target: 'He called the plan <marker>"</marker>a disaster and left.',
      },
      {
        from: "en",
        to: "es",
        source: "The so-called ‘reform’ will fail.",
        target: "La llamada <marker>‘</marker>reforma fracasará.",
      },
      {
        from: "en",
        to: "es",
        source: '"We will win," he said.\n\nThe vote is on Monday.',
        target: "<marker>«</marker>Ganaremos, dijo.\n\nLa votación es el lunes.",
      },
    ],
  },
  check(ctx: RuleContext) {
    const sourceUnmatched = unmatchedQuotes(ctx.memo.source).map((ms) => new Set(ms.map(imbalanceKey)));
    const aligned = sourceParagraphsOfTarget(ctx);
    const targetUnmatched = unmatchedQuotes(ctx.memo.target);
    const spanning = spanningQuotes(targetUnmatched);
    targetUnmatched.forEach((ms, p) => {
      const reported = new Set<MarkClass>();
      for (const m of ms) {
        // One per class and paragraph: after the first stray mark the pairing of the rest is guesswork.
        if (reported.has(m.cls)) continue;
        // A quotation over several paragraphs, closed in a later one without reopening each: paired after all.
        if (spanning.has(m)) continue;
        // The source decides: a quotation it leaves open here (continued in the next paragraph, or a slip the
        // translator kept) is not the translator's error. Without an aligned source, news style is assumed.
        // A quotation the target continues into its next paragraph is news style, whatever the source's style.
        if (m.role === "open" && continuedBelow(ctx.target, p, m.cls)) continue;
        if (aligned[p].some((q) => sourceUnmatched[q].has(imbalanceKey(m)))) continue;
        reported.add(m.cls);
        ctx.report({ messageId: m.role, data: { mark: m.char }, target: { start: m.index, end: m.index + 1 } });
      }
    });
  },
});
