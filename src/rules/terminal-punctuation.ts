import { defineRule, type RuleContext } from "../check/rule";
import type { Segment } from "../segment/document";
import ratioData from "../../rules/length-ratios.json";
import { conventionsFor } from "./lib/punctuation";

/** How a sentence ends: a question, an exclamation, a statement (. … : ;) or with no mark at all. */
type Ending = "question" | "exclamation" | "statement" | "none";

/**
 * Closing quotes and brackets that may follow a sentence's final mark: German closes with “ and ‘ („…“, ‚…‘) and
 * with « in »…«; U+0091–U+0094 are Windows-1252 quotation marks read with the wrong encoding (invisible-characters
 * reports them), still quotation marks after the sentence's period.
 */
// regex-safe: one character class
const TRAILING_CLOSERS = /["”“’‘'»«›‹)\]\s\u0091-\u0094]/;
const SPACE = /\s/;
const WORD_COUNT = /[\p{L}\p{N}]+/gu;
/** A paragraph made of one segment this short reads as a headline or a caption. */
const TITLE_MAX_WORDS = 8;

/** True when `text` has at most `max` words (counted up to max + 1, without an array of them). */
function hasAtMostWords(text: string, max: number): boolean {
  let n = 0;
  WORD_COUNT.lastIndex = 0;
  while (n <= max && WORD_COUNT.exec(text)) n++;
  return n <= max;
}
const LONG_WORD = /[\p{L}]{4,}/gu;
const UPPER_START = /^\p{Lu}/u;

/** The final mark of a segment: its ending and the span (in the doc text) of the mark, or of the last character. */
function endingOf(text: string, seg: Segment): { ending: Ending; at: number; end: number } {
  let i = seg.end - 1;
  while (i > seg.start && TRAILING_CLOSERS.test(text[i])) i--;
  // Spanish closes a quoted or bracketed question before the period: «¿Vienes?». (¿o no?). An editorial (?) is no question.
  if (text[i] === "." && i > seg.start) {
    let j = i - 1;
    while (j > seg.start && TRAILING_CLOSERS.test(text[j])) j--;
    if (j < i - 1 && (text[j] === "?" || text[j] === "!") && text[j - 1] !== "(") i = j;
  }
  const c = text[i];
  if (c === "?" || c === "!") {
    // "?!" and "!?" read as questions; find where the run starts.
    // Each step moves j back by one, so the walk ends at seg.start at the latest.
    let j = i;
    let question = false;
    for (; j >= seg.start && (text[j] === "?" || text[j] === "!"); j--) if (text[j] === "?") question = true;
    return { ending: question ? "question" : "exclamation", at: j + 1, end: i + 1 };
  }
  if (c === "." || c === "…" || c === ":" || c === ";") return { ending: "statement", at: i, end: i + 1 };
  return { ending: "none", at: seg.end - 1, end: seg.end };
}

/** Headline capitalisation: most longer words start with a capital ("German Wages Feared to Drop"). */
function titleCase(text: string): boolean {
  const words = text.match(LONG_WORD) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => UPPER_START.test(w)).length / words.length >= 0.6;
}

/** True when the segment is a whole short paragraph: a headline, caption or byline. */
function titleLike(doc: RuleContext["source"], seg: Segment): boolean {
  const p = doc.paragraphs[seg.paragraph];
  if (!p || p.start !== seg.start || p.end !== seg.end) return false;
  return hasAtMostWords(seg.text, TITLE_MAX_WORDS);
}

/** The article's first paragraph when it is a single line: the headline. */
function openingLine(doc: RuleContext["target"], seg: Segment): boolean {
  const p = doc.paragraphs[0];
  return seg.paragraph === 0 && p !== undefined && p.start === seg.start && p.end === seg.end;
}

/** Whether any of the segments holds `mark`. */
function hasMark(text: string, segs: readonly Segment[], mark: string): boolean {
  return segs.some((g) => text.slice(g.start, g.end).includes(mark));
}

/** A question of a language that opens questions ("¿") needs its opening mark in the sentence; others always count. */
function opensQuestion(text: string, seg: Segment, lang: RuleContext["source"]["lang"]): boolean {
  return !conventionsFor(lang).invertedMarks || text.slice(seg.start, seg.end).includes("¿");
}

const MARK_OF: Record<Ending, string> = { question: "?", exclamation: "!", statement: ".", none: "" };
const RATIOS = ratioData as unknown as Record<string, number>;
/** A target bead shorter than this share of its expected length, ending without a mark, was cut off. */
const CUT_OFF_SHARE = 0.75;

/** Whether the bead's target is much shorter than its source predicts (a sentence cut off mid-way). */
function cutOff(ctx: RuleContext, pair: RuleContext["pairs"][number]): boolean {
  const expected = RATIOS[`${ctx.source.lang}-${ctx.target.lang}`] ?? 1;
  const sourceLength = pair.source.reduce((n, seg) => n + seg.text.length, 0);
  const targetLength = pair.target.reduce((n, seg) => n + seg.text.length, 0);
  return targetLength < CUT_OFF_SHARE * expected * sourceLength;
}

/** The aligned target sentence ends differently from its source: a question turned statement, a lost final mark. */
export default defineRule({
  meta: {
    id: "terminal-punctuation",
    description:
      "The target sentence ends differently from its aligned source: a question rendered as a statement, an exclamation as a question, or no final mark where the source has one. Headlines and short title-like lines are left alone.",
    category: "linguistic/punctuation",
    severity: "minor",
    // A missing final mark cannot be told apart from a sentence cut short mechanically: no fix is applied.
    fixable: false,
    messages: {
      questionLost: "The source asks a question; this sentence does not end with “?”.",
      questionAdded: "This sentence ends with “?” but the source is not a question.",
      missingFinal: "This sentence has no final punctuation; the source ends with “{{mark}}”.",
      cutOff:
        "This sentence stops at “{{word}}” with no final punctuation and is much shorter than its source: it looks cut off, and the rest of the source is not translated.",
    },
    confidence: 0.6,
  },
  examples: {
    good: [
      {
        // German quotation marks close with “; a mis-decoded closing quotation mark (U+0093) still follows the period.
        from: "en",
        to: "de",
        source: 'She said: "We are ready." He added: "We will win."',
        target: "Sie sagte: „Wir sind bereit.“ Er fügte hinzu: \u0084Wir werden gewinnen.\u0093",
      },
      {
        from: "es",
        to: "en",
        source: "Crisis en el Gobierno\n\n¿Dimitirá el ministro? Nadie lo sabe; el partido calla.",
        target: "Crisis in the government\n\nWill the minister resign? Nobody knows. The party is silent.",
      },
      {
        from: "es",
        to: "en",
        source: "«¿Vendrás mañana?», preguntó. ¡Qué sorpresa!",
        target: "“Will you come tomorrow?” she asked. What a surprise.",
      },
      {
        // A quoted question placed mid-sentence by the translator; a Spanish "?" with no "¿" is no reliable question.
        from: "es",
        to: "en",
        source:
          'Le preguntó en directo: "¿Quién te regaló ese collar?" El público aplaudió. Dejé la grapadora en la mesa y esta mañana desapareció?',
        target:
          'She asked live on air, "Who gave you that necklace?", pointing at it. The audience applauded. I left the stapler on the desk and this morning it was gone.',
      },
      {
        from: "en",
        to: "es",
        source: "Who will pay?\n\nThe council met on Monday.",
        target: "Quién pagará\n\nEl consejo se reunió el lunes.",
      },
      {
        from: "en",
        to: "es",
        source: "The minister said he would “consider all options.”",
        target: "El ministro dijo que «estudiaría todas las opciones».",
      },
      {
        from: "es",
        to: "en",
        source:
          "El consejo se reunió ayer. ¿Quién pagará la factura, el Estado o los ciudadanos, ahora que la deuda ha crecido tanto en los últimos diez años?",
        target:
          "The council met yesterday. The debt has grown enormously in the last ten years. Who will pay the bill now, the state or the citizens?",
      },
      {
        from: "es",
        to: "en",
        source: "¿Quién pagará la factura de la carretera? Nadie lo sabe todavía.",
        target: "Who will pay the bill for the road?! Nobody knows yet.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El consejo se reunió ayer por la tarde. ¿Quién pagará la factura de la nueva carretera?",
        target: "The council met yesterday afternoon. Who will pay the bill for the new road<marker>.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The council met yesterday afternoon. The mayor did not attend the residents' meeting in the district.",
        target: "El consejo se reunió ayer por la tarde. El alcalde no asistió a la reunión de los vecinos del <marker>barrio</marker>",
        suggestion: "barrio.",
      },
      {
        from: "es",
        to: "en",
        source: "El consejo se reunió ayer por la tarde. El alcalde no asistió a la reunión.",
        target: "The council met yesterday afternoon. The mayor did not attend the meeting<marker>?</marker>",
      },
      {
        from: "es",
        to: "en",
        source: "El alcalde no asistió a la reunión. Nadie sabe por qué.",
        target: "The mayor did not attend the meeting<marker>?!?</marker> Nobody knows why.",
      },
      {
        from: "es",
        to: "en",
        source: "La afición celebró en la plaza. ¡El equipo ganó la liga por primera vez en cuarenta años!",
        target: "The fans celebrated in the square. The team won the league for the first time in forty <marker>years</marker>",
        suggestion: "years!",
      },
      {
        from: "es",
        to: "en",
        source:
          "Las dos partes se reunieron ayer. El acuerdo, firmado en Ginebra por las dos partes, pretende restablecer la armonía en la región fronteriza.",
        target: "Both sides met yesterday. The agreement, signed in Geneva by both sides, aims to restore the <marker>harmo</marker>",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "El consejo se reunió ayer. La deuda ha crecido mucho en los últimos diez años. ¿Quién pagará la factura ahora?",
        target:
          "The council met yesterday. The debt has grown a lot in the last ten years and now someone will have to pay the bill<marker>.</marker>",
      },
    ],
  },
  check(ctx: RuleContext) {
    for (const pair of ctx.pairs) {
      const s = pair.source[pair.source.length - 1];
      const t = pair.target[pair.target.length - 1];
      if (!s || !t) continue;
      const se = endingOf(ctx.source.text, s);
      if (se.ending === "none" || titleLike(ctx.source, s) || titleLike(ctx.target, t)) continue;
      const te = endingOf(ctx.target.text, t);
      if (te.ending === se.ending) continue;
      // A quoted question may close one side and stand mid-sentence in the other ('asking “Who gave you this?”,
      // pointing at…'): a "?" anywhere in the other side's sentences is that question.
      if (
        (se.ending === "question" && hasMark(ctx.target.text, pair.target, "?")) ||
        (te.ending === "question" && hasMark(ctx.source.text, pair.source, "?"))
      )
        continue;
      if (se.ending === "question") {
        // A question ending in a statement is the clear case; ! for ? is a tone choice. A source whose language opens
        // questions ("¿") and that has no opening mark is no reliable question ("desapareció?" may be a slip).
        if (te.ending === "exclamation" || !opensQuestion(ctx.source.text, s, ctx.source.lang)) continue;
        if (te.ending === "statement") {
          ctx.report({ messageId: "questionLost", target: { start: te.at, end: te.at + 1 } });
          continue;
        }
      }
      if (te.ending === "question" && se.ending === "statement") {
        ctx.report({ messageId: "questionAdded", target: { start: te.at, end: te.end } });
        continue;
      }
      if (te.ending === "none") {
        // A short or title-cased line, or the opening paragraph, with no period is a headline, whatever the source did.
        if (hasAtMostWords(t.text, TITLE_MAX_WORDS) || titleCase(t.text) || openingLine(ctx.target, t)) continue;
        const text = ctx.target.text;
        let w = te.at;
        while (w > t.start && !SPACE.test(text[w - 1])) w--;
        const mark = MARK_OF[se.ending];
        const word = text.slice(w, te.at + 1);
        if (cutOff(ctx, pair)) {
          ctx.report({ messageId: "cutOff", data: { word }, target: { start: w, end: te.at + 1 }, category: "accuracy/omission" });
          continue;
        }
        // A hint only (the rule is not fixable): adding "?" to a Spanish target would also need its "¿".
        const hint = !(se.ending === "question" && conventionsFor(ctx.target.lang).invertedMarks);
        ctx.report({
          messageId: "missingFinal",
          data: { mark },
          target: { start: w, end: te.at + 1 },
          ...(hint ? { suggestion: word + mark } : {}),
        });
      }
    }
  },
});
