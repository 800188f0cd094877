import table from "../../rules/repeated-word.json";
import { defineRule } from "../core/rule";
import type { Lang } from "../core/types";
import { isDigit, isUpper, isVerbatim } from "./lib/punctuation";

/** A word: letters, combining marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Whitespace only (spaces, tabs, line breaks). */
const BLANK = /^[ \t\u00a0\r\n]+$/;
const SPACES = /\s+/g;

const ALLOWED: Record<Lang, Set<string>> = {
  en: new Set(table.en.allowed),
  es: new Set(table.es.allowed),
};

/** A word written twice in a row ("the the", "de de"), except grammatical doubles, reduplications and numbers. */
export default defineRule({
  meta: {
    id: "repeated-word",
    description:
      "The same word twice in a row in the target (\"the the\", \"de de\"), case-insensitive and across a line break; grammatical doubles (had had, that that), reduplications (bye bye), numbers and doubles the source also has are accepted.",
    category: "linguistic/grammar",
    severity: "minor",
    messages: { repeated: "The word “{{word}}” is repeated." },
    fixable: true,
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "El hospital había tenido que lidiar con eso. Dijo que eso era cierto.",
        target: "The hospital had had to deal with it. He said that that was true.",
      },
      {
        from: "es", to: "en",
        source: "Se despidió: «adiós, adiós». Viajó a Bora Bora en 2009 2010.",
        target: "He said goodbye: “bye bye”. He flew to Bora Bora in 2009 2010.",
      },
      {
        from: "es", to: "en",
        source: "Dijo que no, no y no. Vive en Walla Walla.",
        target: "She said no no, and no. She lives in Walla Walla, as Will will tell you.",
      },
      {
        from: "en", to: "es",
        source: "The rate fell to 3.5 percent. The chant went la la la.",
        target: "La tasa bajó al 3,5 por ciento. De la misma forma, de nuevo cayó. El canto decía la la la.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "Lo dijo el jefe del equipo.",
        target: "It was said by <marker>the the</marker> head of the team.",
        suggestion: "the",
      },
      {
        from: "en", to: "es",
        source: "Fifteen of these banks failed.",
        target: "Quebraron quince <marker>de de</marker> estos bancos.",
        suggestion: "de",
      },
      {
        from: "es", to: "en",
        source: "El plan se aprobó.",
        target: "<marker>The\nthe</marker> plan was approved.",
        suggestion: "The",
      },
      {
        from: "es", to: "en",
        source: "Se reunió con los líderes.",
        target: "He met <marker>the The</marker> leaders.",
      },
    ],
  },
  check(ctx) {
    const doc = ctx.target;
    const allowed = ALLOWED[doc.lang];
    let sourceFolded: string | undefined;
    const sourceHas = (pair: string) => {
      sourceFolded ??= ctx.source.text.toLowerCase().replace(SPACES, " ");
      return sourceFolded.includes(pair);
    };
    for (const p of doc.paragraphs) {
      const words: { start: number; end: number; text: string }[] = [];
      WORD.lastIndex = p.start;
      for (let m = WORD.exec(doc.text); m && m.index < p.end; m = WORD.exec(doc.text)) {
        words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      for (let k = 1; k < words.length; k++) {
        const a = words[k - 1];
        const b = words[k];
        const word = a.text.toLowerCase();
        if (b.text.toLowerCase() !== word) continue;
        if (!isGap(doc.text.slice(a.end, b.start))) continue;
        // A run of three or more ("ha ha ha", "la la la") is deliberate.
        if (k >= 2 && sameWordAcrossGap(doc.text, words[k - 2], a)) continue;
        if (k + 1 < words.length && sameWordAcrossGap(doc.text, b, words[k + 1])) continue;
        if (isDigit(word[0]) || allowed.has(word)) continue;
        // "Will will": a capitalised name followed by the common word, mid-sentence.
        if (isUpper(a.text[0]) && !isUpper(b.text[0]) && !isSentenceStart(doc.text, a.start)) continue;
        if (sourceHas(`${word} ${word}`)) continue;
        const finding = { messageId: "repeated", data: { word: a.text }, target: { start: a.start, end: b.end } };
        // A change of case ("that That") may be a lost sentence break: report without a fix.
        const sameCase = a.text === b.text || (isUpper(a.text[0]) && b.text === word);
        ctx.report(sameCase && isVerbatim(doc, a.start, b.end) ? { ...finding, suggestion: a.text } : finding);
      }
    }
  },
});

function sameWordAcrossGap(text: string, a: { end: number; text: string }, b: { start: number; text: string }): boolean {
  return a.text.toLowerCase() === b.text.toLowerCase() && isGap(text.slice(a.end, b.start));
}

/** Whitespace between two words of one paragraph: spaces and at most one line break. */
function isGap(between: string): boolean {
  return BLANK.test(between) && between.indexOf("\n") === between.lastIndexOf("\n");
}

const SENTENCE_END = /[.!?:;"“”«»¿¡(\n]\s*$/;

/** Whether the word at `at` opens a sentence (paragraph start or after terminal punctuation). */
function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  return before.trim() === "" || SENTENCE_END.test(before);
}
