import { defineRule, type RuleContext } from "../check/rule";
import { conventionsFor, sourceTest, isAbbreviationPeriod, isDigit, isLetter, isLower, isUpper, isTagFree } from "./lib/punctuation";

/** A run of two or more sentence marks (an ellipsis character counts as a mark). */
const MARK_RUN = /[,.;:!?…]{2,}/g;
const LEADING_ELLIPSIS = /^(?:\.{3,}|…)/;
const TRAILING_ELLIPSIS = /(?:\.{3,}|…)$/;
const EXCLAMATIONS = /^[?!]+$/;
const REPEATED_EXCLAMATIONS = /[?!]{2,}/;
const PERIODS = /^\.+$/;
const SPACE = /\s/;

/** What to do with a run of marks: nothing, or a finding with an optional fix. */
type Verdict = { flag: false } | { flag: true; suggestion?: string };

const OK: Verdict = { flag: false };

/** Classifies the marks run text[start, end). */
function judge(ctx: RuleContext, start: number, end: number, cache: Map<string, boolean>): Verdict {
  const text = ctx.target.text;
  const run = text.slice(start, end);
  const lang = ctx.target.lang;
  // The same cluster in the aligned source ("..?", "?!") is the author's, kept on purpose.
  if (sourceTest(ctx, cache, [start], run, (parts) => parts.some((s) => hasRun(s.text, run)))) return OK;
  if (PERIODS.test(run)) {
    if (run.length >= 3) return OK; // an ellipsis
    // "../path", "1..10": not prose.
    if (text[end] === "/" || text[start - 1] === "/" || (isDigit(text[start - 1]) && isDigit(text[end]))) return OK;
    // "f..king": letters elided inside a word.
    if (isLetter(text[start - 1]) && isLower(text[end])) return OK;
    // "de.. los cursos": the sentence goes on, so neither period may belong there; the editor decides.
    if (isLower(text[nextVisible(text, end)])) return { flag: true };
    return { flag: true, suggestion: "." };
  }
  // An ellipsis with one mark before or after it ("...?", "?...", "…,") is accepted style.
  if (LEADING_ELLIPSIS.test(run) && run.replace(LEADING_ELLIPSIS, "").length <= 1) return OK;
  if (TRAILING_ELLIPSIS.test(run) && run.replace(TRAILING_ELLIPSIS, "").length <= 1) return OK;
  // The period of an abbreviation followed by a comma, colon … ("U.S.,", "Inc.:").
  if (run.length === 2 && run[0] === "." && run[1] !== "." && isAbbreviationPeriod(text, start, lang)) return OK;
  if (EXCLAMATIONS.test(run)) {
    // "?!", "!!" are the writer's emphasis when the source has such a cluster too (in any order: "!?" for "?!").
    if (sourceTest(ctx, cache, [start], "?!", (parts) => parts.some((s) => REPEATED_EXCLAMATIONS.test(s.text)))) return OK;
    return allSame(run) ? { flag: true, suggestion: run[0] } : { flag: true };
  }
  // "¿Vienes?, preguntó" is correct Spanish.
  if (run.length === 2 && (run[0] === "?" || run[0] === "!") && ",;:".includes(run[1]) && conventionsFor(lang).commaAfterClosingMark)
    return OK;
  if (allSame(run)) return { flag: true, suggestion: run[0] };
  if (run === ",." || run === ".,") return { flag: true, suggestion: commaOrPeriod(text, end) };
  if (run.length === 2 && (run[0] === "?" || run[0] === "!") && run[1] === ".") return { flag: true, suggestion: run[0] };
  return { flag: true };
}

const SOURCE_RUN = /[,.;:!?…]{2,}/g;

/** Whether `text` holds exactly this run of marks (not as part of a longer one: ".." is not in "..."). */
function hasRun(text: string, run: string): boolean {
  SOURCE_RUN.lastIndex = 0;
  for (let m = SOURCE_RUN.exec(text); m; m = SOURCE_RUN.exec(text)) if (m[0] === run) return true;
  return false;
}

/** The index of the first character at or after `at` that is not a space (text.length if none). */
function nextVisible(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text[k] === " " || text[k] === "\u00a0")) k++;
  return k;
}

function allSame(run: string): boolean {
  for (let k = 1; k < run.length; k++) if (run[k] !== run[0]) return false;
  return true;
}

/** "," when a lowercase word follows, "." before a capital or the end of the paragraph; undefined when unclear. */
function commaOrPeriod(text: string, end: number): string | undefined {
  let k = end;
  while (k < text.length && text[k] !== "\n" && SPACE.test(text[k])) k++;
  const next = text[k];
  if (next === undefined || next === "\n" || isUpper(next)) return ".";
  if (isLower(next)) return ",";
  return undefined;
}

/** Doubled punctuation: ",,", "..", ",.", ";;", "::" and "?!" or "!!" that the source does not have. */
export default defineRule({
  meta: {
    id: "doubled-punctuation",
    description:
      'Two punctuation marks where one is meant (",,", "..", ",.", ";;", "::"), not an ellipsis or an abbreviation\'s period before a comma; "?!" or "!!" only when the source has no such emphasis.',
    category: "linguistic/punctuation",
    severity: "minor",
    messages: { doubled: "Doubled punctuation “{{marks}}”." },
    confidence: 0.85,
    fixable: true,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "Esperó... y esperó. Las tropas de EE. UU., Canadá y Apple Inc., entre otros, llegaron.",
        target: "He waited... and waited. Troops from the U.S., Canada and Apple Inc., among others, arrived.",
      },
      {
        from: "en",
        to: "es",
        source: "Really?! Nobody told you?",
        target: "¿¡En serio?! ¿Nadie te lo dijo?",
      },
      {
        from: "en",
        to: "es",
        source: "Did she come? he asked.",
        target: "¿Vino?, preguntó.",
      },
      {
        from: "es",
        to: "en",
        source: "Se repitió en las páginas 1..10 y en ../datos.",
        target: "It was repeated… again. Pages 1..10 and ../data matter, etc.: all of them. Tel.: 555 0100.",
      },
      {
        from: "es",
        to: "en",
        source: "—¿Y ahora..? —preguntó.",
        target: "“And now..?” she asked.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "Dijo que sí, y se fue.",
        target: "He said yes<marker>,,</marker> and left.",
        suggestion: ",",
      },
      {
        from: "es",
        to: "en",
        source: "La ley entrará en vigor en 2012... o no. ¿Qué pasará?",
        target: "The law takes effect in 2012<marker>..</marker> What will happen?",
        suggestion: ".",
      },
      {
        from: "es",
        to: "en",
        source: "Pidió más libertad en la elección de los cursos.",
        target: "He asked for more freedom in the choice of<marker>..</marker> the courses.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Llegó tarde. Nadie lo esperaba.",
        target: "He arrived late<marker>,.</marker> Nobody expected him.",
        suggestion: ".",
      },
      {
        from: "es",
        to: "en",
        source: "Hay un plan: subir los impuestos; nadie lo apoya.",
        target: "There is a plan<marker>::</marker> raise taxes<marker>;;</marker> nobody supports it.",
        suggestion: ":",
      },
      {
        from: "es",
        to: "en",
        source: "¿Por qué no vino nadie?",
        target: "Why did nobody come<marker>?!</marker>",
      },
    ],
  },
  check(ctx) {
    const text = ctx.target.text;
    const cache = new Map<string, boolean>();
    MARK_RUN.lastIndex = 0;
    for (let m = MARK_RUN.exec(text); m; m = MARK_RUN.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      // Judge what follows a leading ellipsis on its own ("....." is an ellipsis; "...,," leaves ",,").
      const lead = LEADING_ELLIPSIS.exec(m[0]);
      if (lead && !PERIODS.test(m[0]) && m[0].length - lead[0].length >= 2) start += lead[0].length;
      const verdict = judge(ctx, start, end, cache);
      if (!verdict.flag) continue;
      const finding = { messageId: "doubled", data: { marks: text.slice(start, end) }, target: { start, end } };
      const fixable = verdict.suggestion !== undefined && isTagFree(ctx.target, start, end);
      ctx.report(fixable ? { ...finding, suggestion: verdict.suggestion } : finding);
    }
  },
});
