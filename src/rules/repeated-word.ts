import { defineRule } from "../check/rule";
import { RememberedClass } from "../fast/unit-class";
import type { Lang } from "../types";
import { byLanguage } from "../lang/registry";
import { isDigit, isUpper, isVerbatim } from "./lib/punctuation";

/** Whitespace that `\s+` → " " would change: a run of two or more, or a single character other than a space. */
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

const ALLOWED: Record<Lang, Set<string>> = byLanguage((l) => new Set(l.repeatedWordAllowed));
/** Per language, words whose double is flagged with no fix (rules/<code>/repeated-word.json `noFix`). */
const NO_FIX: Record<Lang, Set<string>> = byLanguage((l) => new Set(l.repeatedWordNoFix));

/** A word written twice in a row ("the the", "de de"), except grammatical doubles, reduplications and numbers. */
export default defineRule({
  meta: {
    id: "repeated-word",
    description:
      'The same word twice in a row in the target ("the the", "de de"), case-insensitive and across a line break; grammatical doubles (had had, that that), reduplications (bye bye), numbers and doubles the source also has are accepted.',
    category: "linguistic/grammar",
    severity: "minor",
    messages: { repeated: "The word “{{word}}” is repeated." },
    confidence: 0.8,
    fixable: true,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "Compraron dos aviones biplaza y un pago único.",
        target: "They bought two two-seat planes and made one one-off payment.",
      },
      {
        from: "es",
        to: "en",
        source: "El hospital había tenido que lidiar con eso. Dijo que eso era cierto.",
        target: "The hospital had had to deal with it. He said that that was true.",
      },
      {
        from: "es",
        to: "en",
        source: "Se despidió: «adiós, adiós». Viajó a Bora Bora en 2009 2010.",
        target: "He said goodbye: “bye bye”. He flew to Bora Bora in 2009 2010.",
      },
      {
        from: "es",
        to: "en",
        source: "Dijo que no, no y no. Vive en Walla Walla.",
        target: "She said no no, and no. She lives in Walla Walla, as Will will tell you.",
      },
      {
        from: "en",
        to: "es",
        source: "The rate fell to 3.5 percent. The chant went la la la.",
        target: "La tasa bajó al 3,5 por ciento. De la misma forma, de nuevo cayó. El canto decía la la la.",
      },
      {
        from: "en",
        to: "es",
        source: "Mean age 12 years; SD of 3 years.",
        target: "Edad media 12 años; DE de 3 años.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "Lo dijo el jefe del equipo.",
        target: "It was said by <marker>the the</marker> head of the team.",
        suggestion: "the",
      },
      {
        from: "en",
        to: "es",
        source: "Fifteen of these banks failed.",
        target: "Quebraron quince <marker>de de</marker> estos bancos.",
        suggestion: "de",
      },
      {
        from: "es",
        to: "en",
        source: "El plan se aprobó.",
        target: "<marker>The\nthe</marker> plan was approved.",
        suggestion: "The",
      },
      {
        from: "es",
        to: "en",
        source: "Se reunió con los líderes.",
        target: "He met <marker>the The</marker> leaders.",
      },
      {
        // "it it" may be "if it" or "it is" mistyped: flagged with no fix.
        from: "es",
        to: "en",
        source: "Si no fuera por las imágenes, sería una niña normal.",
        target: "<marker>It it</marker> were not for the images, she would be a normal girl.",
      },
      {
        from: "es",
        to: "en",
        source: "Llegó a Nueva York el martes.",
        target: "He arrived in New <marker>York York</marker> on Tuesday.",
      },
    ],
  },
  check(ctx) {
    const doc = ctx.target;
    const allowed = ALLOWED[doc.lang];
    const sourceHas = sourceContains(ctx.source.text);
    const text = doc.text;
    for (const p of doc.paragraphs) {
      let prevStart = -1;
      let prevEnd = -1;
      let beforeStart = -1;
      let beforeEnd = -1;
      for (let i = p.start; i < p.end; i++) {
        if (!isWordChar(text, i)) continue;
        const start = i;
        while (i < p.end && isWordChar(text, i)) i++;
        const end = i;
        if (prevStart >= 0 && sameWord(text, prevStart, prevEnd, start, end) && isGap(text, prevEnd, start)) {
          const a = { start: prevStart, end: prevEnd, text: text.slice(prevStart, prevEnd) };
          const b = { start, end, text: text.slice(start, end) };
          // A run of three or more ("ha ha ha", "la la la") is deliberate.
          const tripled =
            (beforeStart >= 0 && sameWord(text, beforeStart, beforeEnd, a.start, a.end) && isGap(text, beforeEnd, a.start)) ||
            nextWordRepeats(text, b.start, b.end, p.end);
          if (!tripled) judgePair(a, b);
        }
        beforeStart = prevStart;
        beforeEnd = prevEnd;
        prevStart = start;
        prevEnd = end;
      }
    }

    function judgePair(a: { start: number; end: number; text: string }, b: { start: number; end: number; text: string }): void {
      const word = a.text.toLowerCase();
      if (isDigit(word[0]) || allowed.has(word)) return;
      // "two two-seat planes", "one one-off payment": the second word begins a hyphenated compound.
      if (text[b.end] === "-" || text[b.end] === "\u2010") return;
      // "DE de" (an acronym, here desviación estándar, before the word): all capitals on one side only.
      if (isAcronym(a.text) !== isAcronym(b.text)) return;
      // "Will will": a capitalised name followed by the common word, mid-sentence.
      if (isUpper(a.text[0]) && !isUpper(b.text[0]) && !isSentenceStart(text, a.start)) return;
      if (sourceHas(`${word} ${word}`)) return;
      const finding = { messageId: "repeated", data: { word: a.text }, target: { start: a.start, end: b.end } };
      // No fix when unsure: a change of case ("that That") may be a lost sentence break, two capitalised words a place
      // name (Walla Walla) as well as a slip (York York), "It it were" a mistyped "If it were" (NO_FIX).
      const sameCase = a.text === b.text || (isUpper(a.text[0]) && b.text === word);
      const name = isUpper(a.text[0]) && isUpper(b.text[0]) && !isSentenceStart(text, a.start);
      const certain = sameCase && !name && !NO_FIX[doc.lang].has(word);
      ctx.report(certain && isVerbatim(doc, a.start, b.end) ? { ...finding, suggestion: a.text } : finding);
    }
  },
});

/** Asks whether the source (lower case, spaces collapsed) contains a phrase; folds once, remembers answers. */
function sourceContains(source: string): (phrase: string) => boolean {
  let folded: string | undefined;
  const answers = new Map<string, boolean>();
  return (phrase) => {
    let v = answers.get(phrase);
    if (v === undefined) {
      folded ??= source.toLowerCase().replace(SPACES_TO_COLLAPSE, " ");
      v = folded.includes(phrase);
      answers.set(phrase, v);
    }
    return v;
  };
}

// regex-safe: one character class, no quantifier
const WORD_CHAR = new RememberedClass(/[\p{L}\p{M}\p{N}]/u);

/**
 * Whether text[i] belongs to a word (letters, combining marks, digits): ASCII is decided without a regex, another
 * unit by WORD_CHAR on the unit alone, once per unit (a RememberedClass: the same accented letters come back in
 * every text).
 */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.unit(c);
}

/** Whether text[a0, a1) and text[b0, b1) are the same word, ignoring case. */
function sameWord(text: string, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  if (text[a0].toLowerCase() !== text[b0].toLowerCase()) return false;
  return text.slice(a0, a1).toLowerCase() === text.slice(b0, b1).toLowerCase();
}

/** Whether the word after text[start, end) (across a gap) is the same word again. */
function nextWordRepeats(text: string, start: number, end: number, limit: number): boolean {
  let s = end;
  while (s < limit && !isWordChar(text, s)) s++;
  let e = s;
  while (e < limit && isWordChar(text, e)) e++;
  return e > s && sameWord(text, start, end, s, e) && isGap(text, end, s);
}

/** Two or more letters, all capitals. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether text[from, to) is whitespace between two words of one paragraph: spaces and at most one line break. */
function isGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return breaks <= 1;
}

const SENTENCE_END = /[.!?:;"“”«»¿¡(\n]\s*$/;

/** Whether the word at `at` opens a sentence (paragraph start or after terminal punctuation). */
function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  return before.trim() === "" || SENTENCE_END.test(before);
}
