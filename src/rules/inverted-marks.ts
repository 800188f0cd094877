import { defineRule, type RuleContext } from "../check/rule";
import conventions from "../../rules/punctuation.json";
import { byLanguage } from "../lang/registry";
import type { Lang } from "../types";
import { wordsAndApostrophes } from "../lang/normalize";

/** Languages that open questions and exclamations with ¿ ¡. */
const USES_INVERTED: Record<string, boolean> = Object.fromEntries(
  Object.entries(conventions)
    .filter(([k]) => !k.startsWith("$"))
    .map(([k, v]) => [k, Boolean((v as { invertedMarks?: boolean }).invertedMarks)]),
);
/** Per language: tag questions ("verdad") and the interrogatives that open a question clause, lower-cased. */
const WORDS: Record<string, { tags: Set<string>; interrogatives: string[] }> = byLanguage(({ questionWords: lists }) => ({
  tags: new Set(lists.tags.map((w) => w.toLowerCase())),
  interrogatives: lists.interrogatives.map((w) => w.toLowerCase()),
}));
const NO_WORDS = { tags: new Set<string>(), interrogatives: [] as string[] };

/** A run of closing ? ! marks. */
const CLOSING_RUN = /[?!]+/g;
/** What may follow a closing mark that ends a question or exclamation (not a URL query or a brand name). */
const AFTER_CLOSING = /^(?:$|[\s"”’»)\],.;:…–—])/;
/** Punctuation inside a sentence after which a question may start ("Si llueve, ¿vendrás?"). */
const CLAUSE_BREAK = /[,;:(«“"—–]/;
const SURE_CLAUSE_START = /[:(«“"—–]/;
/** Marks that open a clause only when a word follows at once (a straight quote or dash may be closing one). */
const AMBIGUOUS_OPENER = /["—–]/;
const CLAUSE_BREAK_CHARS = ',;:(«“"—–';
const WORD = /^[\p{L}\p{M}\p{N}]+/u;
/** What may stand before a question's first word: spaces, opening quotes and brackets, dialogue dashes. */
const LEAD = /[\s"“”«»'‘’([—–-]/;
const LOWER = /^\s*\p{Ll}/u;
const SPACE = /\s/;
const LETTER = /[\p{L}]/u;
/** Longest stretch compared with the source as a kept title or quotation. */
const MAX_COPIED = 300;
/** A capitalised word right before the mark, after other words: a name ending in ! (Yahoo!, Neu!). */
const NAME_BEFORE_MARK = /[\p{L},]\s+\p{Lu}[\p{Ll}\p{M}]*$/u;

/** Where a question/exclamation ending at a closing mark starts, and whether we are sure of it. */
function questionStart(text: string, from: number, to: number, lang: Lang, question: boolean): { at: number; sure: boolean } {
  let at = from;
  while (at < to && LEAD.test(text[at])) at++;
  const region = text.slice(at, to);
  if (!CLAUSE_BREAK.test(region)) return { at, sure: true };
  // The last clause: a tag (", ¿verdad?") or a clause opened by an interrogative (", ¿cuándo vendrás?").
  let k = to - 1;
  while (k > at && !CLAUSE_BREAK.test(text[k])) k--;
  let c = k + 1;
  while (c < to && LEAD.test(text[c])) c++;
  const clause = text.slice(c, to).toLowerCase().trim();
  const words = WORDS[lang] ?? NO_WORDS;
  const isTag = words.tags.has(clause);
  const opensWithInterrogative = words.interrogatives.some((w) => clause === w || clause.startsWith(`${w} `));
  // After a colon, an opening quote or bracket, or a dash, the question starts right there ("Dijo: «¿Vendrás?»").
  const opener = text[k];
  const opensClause = question && SURE_CLAUSE_START.test(opener) && !(AMBIGUOUS_OPENER.test(opener) && SPACE.test(text[k + 1] ?? " "));
  return isTag || opensWithInterrogative || opensClause ? { at: c, sure: true } : { at: -1, sure: false };
}

/** True when the words before a closing mark (all of them, or the last clause) are copied from the source: a title or quotation kept as it was. */
function copiedFromSource(region: string, source: string): boolean {
  if (region.length > MAX_COPIED) return false;
  const clauses = [region, region.slice(Math.max(...[...CLAUSE_BREAK_CHARS].map((c) => region.lastIndexOf(c))) + 1)];
  return clauses.some((r) => {
    const words = wordsAndApostrophes(r);
    return words.includes(" ") && source.includes(words);
  });
}

/** The word right before a closing mark. */
// regex-safe: one character class run anchored at the end
const LAST_WORD = /[\p{L}\p{M}\p{N}]+$/u;

/**
 * True when the word before an exclamation mark is written with that mark in the source too, as a whole word
 * ("StopKorona!", "Jeopardy!"): a name kept as it was, not the translator's exclamation.
 */
function nameKeptFromSource(region: string, marks: string, source: string): boolean {
  const word = LAST_WORD.exec(region)?.[0];
  if (!word) return false;
  const written = word + marks;
  for (let i = source.indexOf(written); i >= 0; i = source.indexOf(written, i + 1)) {
    if (i === 0 || !LETTER.test(source[i - 1]!)) return true;
  }
  return false;
}

/** The source as `wordsAndApostrophes` words between spaces, built on first use (most articles never need it). */
function sourceWords(ctx: RuleContext): () => string {
  let words: string | undefined;
  return () => (words ??= ` ${wordsAndApostrophes(ctx.source.text)} `);
}

/** Questions and exclamations of a ¿ ¡ language that lack their opening mark. */
function checkSpanishTarget(ctx: RuleContext): void {
  const text = ctx.target.text;
  const source = sourceWords(ctx);
  const lang = ctx.target.lang;
  const segments = ctx.target.segments;
  let seg = 0;
  for (const p of ctx.target.paragraphs) {
    const body = text.slice(p.start, p.end);
    // ¿ ¡ waiting for their closing mark. Not reset at periods: "¿Vino el Sr. Pérez?" and "¿a la... otra?" are one question.
    let open = 0;
    let lastRunEnd = p.start;
    let scanned = p.start;
    CLOSING_RUN.lastIndex = 0;
    for (let m = CLOSING_RUN.exec(body); m; m = CLOSING_RUN.exec(body)) {
      const runStart = p.start + m.index;
      const runEnd = runStart + m[0].length;
      for (let i = scanned; i < runStart; i++) {
        const c = text[i];
        if (c === "¿" || c === "¡") open++;
      }
      // The sentence holding the mark, as the segmenter cut it (it knows abbreviations), after any earlier run.
      while (seg + 1 < segments.length && segments[seg + 1].start <= runStart) seg++;
      const segStart = segments[seg] && segments[seg].start <= runStart ? segments[seg].start : p.start;
      const sentenceStart = Math.max(segStart, lastRunEnd);
      scanned = runEnd;
      lastRunEnd = runEnd;
      const after = text.slice(runEnd, runEnd + 1);
      const regionStart = sentenceStart;
      if (open > 0) {
        open = Math.max(0, open - m[0].length);
        continue;
      }
      if (!AFTER_CLOSING.test(after)) continue; // a URL query or a name such as Yahoo!x
      if (text[runStart - 1] === "(" && after === ")") continue; // editorial (?) or (!)
      if (!m[0].includes("?") && LOWER.test(text.slice(runEnd, runEnd + 3))) continue; // "Yahoo! compró": a name
      const region = text.slice(regionStart, runStart);
      if (!LETTER.test(region) || copiedFromSource(region, source())) continue;
      if (!m[0].includes("?") && (NAME_BEFORE_MARK.test(region) || nameKeptFromSource(region, m[0], ctx.source.text))) continue; // "Neu!"
      const mark = m[0].includes("?") ? "¿" : "¡";
      const q = questionStart(text, regionStart, runStart, lang, mark === "¿");
      if (q.sure) {
        const word = WORD.exec(text.slice(q.at, runStart));
        if (word) {
          ctx.report({
            messageId: mark === "¿" ? "missingQuestion" : "missingExclamation",
            data: { mark },
            target: { start: q.at, end: q.at + word[0].length },
            suggestion: mark + word[0],
          });
          continue;
        }
      }
      ctx.report({
        messageId: mark === "¿" ? "missingQuestion" : "missingExclamation",
        data: { mark },
        target: { start: runStart, end: runEnd },
      });
    }
  }
}

/** ¿ ¡ in a language that does not use them, unless they belong to a quotation kept from the source. */
function checkOtherTarget(ctx: RuleContext): void {
  const text = ctx.target.text;
  const source = sourceWords(ctx);
  const report = (i: number, close: number) => {
    // A Spanish quotation kept verbatim from the source keeps its marks.
    if (close > i && copiedFromSource(text.slice(i + 1, close), source())) return;
    ctx.report({ messageId: "leftover", data: { mark: text[i] }, target: { start: i, end: i + 1 }, suggestion: "" });
  };
  let pending: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "¿" || c === "¡") pending.push(i);
    else if ((c === "?" || c === "!") && pending.length) {
      for (const p of pending) report(p, i);
      pending = [];
    }
  }
  for (const p of pending) report(p, -1);
}

/** ¿ ¡ left in a target language that does not use them; a Spanish question or exclamation missing its opening mark. */
export default defineRule({
  meta: {
    id: "inverted-marks",
    description:
      "An opening ¿ or ¡ left in a target language that does not use them, or a Spanish question or exclamation without its opening ¿ ¡.",
    category: "linguistic/punctuation",
    severity: "minor",
    fixable: true,
    messages: {
      leftover: "“{{mark}}” is not used in this language; remove it.",
      missingQuestion: "This question has no opening “¿”.",
      missingExclamation: "This exclamation has no opening “¡”.",
    },
    confidence: 0.8,
  },
  examples: {
    good: [
      {
        // A name with its exclamation mark, written as the source writes it: no exclamation of the translator's.
        from: "en",
        to: "es",
        source: 'Fans of "Jeopardy!" filled the hall on Sunday.',
        target: 'Los aficionados de "Jeopardy!" llenaron la sala el domingo.',
      },
      {
        from: "en",
        to: "es",
        source: "Will it rain tomorrow? If it rains, will you come? It is expensive, isn't it?",
        target: "¿Lloverá mañana? Si llueve, ¿vendrás? Es caro, ¿verdad?",
      },
      {
        from: "en",
        to: "es",
        source: "What a game! Yahoo! bought the company. See example.com/?id=3 for more.",
        target: "¡Qué partido! Yahoo! compró la empresa. Véase example.com/?id=3 para más.",
      },
      {
        from: "en",
        to: "es",
        source: "The show “Who Wants to Be a Millionaire?” returns on Monday.",
        target: "El programa “Who Wants to Be a Millionaire?” vuelve el lunes.",
      },
      {
        from: "en",
        to: "es",
        source: "Did Mr. Pérez come yesterday? Were they taking him to the... other city?",
        target: "¿Vino el Sr. Pérez ayer? ¿Lo llevaban a la... otra ciudad?",
      },
      {
        from: "en",
        to: "es",
        source: "The figure (?) was not confirmed. Why? Nobody knows.",
        target: "La cifra (?) no se confirmó. ¿Por qué? Nadie lo sabe.",
      },
      {
        from: "es",
        to: "en",
        source: "El rey le dijo: «¿Por qué no te callas?».",
        target: "The king told him: “¿Por qué no te callas?” (Why don't you shut up?).",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "¿Subirán los impuestos el año que viene?",
        target: "<marker>¿</marker>Will taxes rise next year?",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "¡Qué desastre!",
        target: "<marker>¡</marker>What a disaster!",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "Will taxes rise next year?",
        target: "<marker>Subirán</marker> los impuestos el año que viene?",
        suggestion: "¿Subirán",
      },
      {
        from: "en",
        to: "es",
        source: "The plan is expensive, isn't it?",
        target: "El plan es caro, <marker>verdad</marker>?",
        suggestion: "¿verdad",
      },
      {
        from: "en",
        to: "es",
        source: "If it rains, will you come?",
        target: "Si llueve, vendrás<marker>?</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "She asked him: “Will you come to the meeting?”",
        target: "Ella le preguntó: «<marker>Vendrás</marker> a la reunión?»",
        suggestion: "¿Vendrás",
      },
      {
        from: "en",
        to: "es",
        source: "The minister left. What a disaster! Nobody expected it.",
        target: "El ministro se fue. <marker>Qué</marker> desastre! Nadie lo esperaba.",
        suggestion: "¡Qué",
      },
    ],
  },
  check(ctx: RuleContext) {
    if (USES_INVERTED[ctx.target.lang]) checkSpanishTarget(ctx);
    else checkOtherTarget(ctx);
  },
});
