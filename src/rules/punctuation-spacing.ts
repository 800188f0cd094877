import type { Doc } from "../core/document";
import { defineRule, type Finding } from "../core/rule";
import { conventionsFor, isDigit, isLetter, isLower, isUpper, isVerbatim, isWebLike, tokenAround } from "./lib/punctuation";

/** A run of horizontal spaces (ordinary, tab, no-break, narrow no-break, thin). */
const SPACE_RUN = /[ \t\u00a0\u202f\u2009]+/g;
/** A mark that normally takes a space after it, directly followed by a letter or an opening ¿ ¡. */
const GLUED_MARK = /[,;:.!?](?=[\p{L}¿¡])/gu;
const PLAIN_SPACES = /^[ \t]+$/;
const LINE_BREAK = "\n\r";
const EMOTICON_TAIL = ")(-";
const STRAIGHT_QUOTE = '"';
const CLOSING_BEFORE_COMMA = ")”’\"»]";
const SPACE_OR_OPENER = /[\s([{]/;
const SPACE_OR_CLOSER = /[\s,.;:!?)\]]/;
const SPACE = /\s/;

/** Role of each straight double quote of a paragraph with an even number of them: opening or closing by parity. */
function straightQuoteRoles(doc: Doc): Map<number, "open" | "close"> {
  const roles = new Map<number, "open" | "close">();
  for (const p of doc.paragraphs) {
    const at: number[] = [];
    for (let i = doc.text.indexOf(STRAIGHT_QUOTE, p.start); i >= 0 && i < p.end; i = doc.text.indexOf(STRAIGHT_QUOTE, i + 1)) at.push(i);
    if (at.length % 2 !== 0) continue;
    at.forEach((i, k) => roles.set(i, k % 2 === 0 ? "open" : "close"));
  }
  return roles;
}

/** Findings for the spaces of the target: before closing marks, after opening marks, doubled, at line edges. */
function checkSpaces(doc: Doc, report: (f: Finding) => void): void {
  const text = doc.text;
  const conv = conventionsFor(doc.lang);
  const plainText = doc.format === "text";
  const quoteRoles = straightQuoteRoles(doc);
  const fix = (start: number, end: number, f: Omit<Finding, "target">, suggestion: string) =>
    report(isVerbatim(doc, start, end) ? { ...f, target: { start, end }, suggestion } : { ...f, target: { start, end } });

  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const prev = text[s - 1];
    const next = text[e];
    const lineStart = s === 0 || LINE_BREAK.includes(prev);
    const lineEnd = e === text.length || LINE_BREAK.includes(next);
    if (lineStart && lineEnd) continue; // a blank line between paragraphs
    if (lineStart || lineEnd) {
      if (plainText) fix(s, e, { messageId: lineStart ? "leading" : "trailing" }, "");
      continue;
    }
    if (conv.noSpaceBefore.includes(next) && !conv.spaceBefore.includes(next) && !allowedBefore(text, e)) {
      fix(s, e, { messageId: "before", data: { mark: next } }, "");
    } else if (conv.noSpaceAfter.includes(prev) || (prev === STRAIGHT_QUOTE && quoteRoles.get(s - 1) === "open" && isSpaceOrOpener(text[s - 2]))) {
      fix(s, e, { messageId: "after", data: { mark: prev } }, "");
    } else if (next === STRAIGHT_QUOTE && quoteRoles.get(e) === "close" && isClosingContext(text[e + 1])) {
      fix(s, e, { messageId: "before", data: { mark: next } }, "");
    } else if (plainText && m[0].length > 1 && PLAIN_SPACES.test(m[0])) {
      fix(s, e, { messageId: "double" }, " ");
    }
  }
}

/** A space before a mark that is really an ellipsis, a file extension, a decimal or an emoticon. */
function allowedBefore(text: string, markAt: number): boolean {
  const mark = text[markAt];
  const after = text[markAt + 1];
  if (mark === ".") return after === "." || after === "…" || isLetter(after) || isDigit(after);
  if (mark === ",") return isDigit(after);
  if (mark === ":" || mark === ";") return after !== undefined && EMOTICON_TAIL.includes(after);
  return false;
}

function isSpaceOrOpener(c: string | undefined): boolean {
  return c === undefined || SPACE_OR_OPENER.test(c);
}

function isClosingContext(c: string | undefined): boolean {
  return c === undefined || SPACE_OR_CLOSER.test(c);
}

/** Findings for marks glued to the next word ("word,word", "end.Next"), outside numbers, addresses and abbreviations. */
function checkGluedMarks(doc: Doc, report: (f: Finding) => void): void {
  const text = doc.text;
  const conv = conventionsFor(doc.lang);
  GLUED_MARK.lastIndex = 0;
  for (let m = GLUED_MARK.exec(text); m; m = GLUED_MARK.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (!conv.spaceAfter.includes(mark)) continue;
    const prev = text[at - 1];
    const next = text[at + 1];
    if ((next === "¿" || next === "¡") && !conv.invertedMarks) continue;
    if (!isGlued(text, at, mark, prev, next)) continue;
    if (isWebLike(tokenAround(text, at))) continue;
    const f: Finding = { messageId: "missing", data: { mark }, target: { start: at, end: at + 1 } };
    report(isVerbatim(doc, at, at + 1) ? { ...f, suggestion: `${mark} ` } : f);
  }
}

function isGlued(text: string, at: number, mark: string, prev: string | undefined, next: string): boolean {
  const nextOpensSentence = isUpper(next) || next === "¿" || next === "¡";
  switch (mark) {
    case ",":
      return (isLetter(prev) || CLOSING_BEFORE_COMMA.includes(prev ?? "0")) && (isLetter(next) || next === "¿" || next === "¡");
    case ";":
      return isLetter(prev) && (isLetter(next) || next === "¿" || next === "¡");
    case ":":
    case ".": {
      // A lowercase word of two letters or more, then a capital: "end.The", "said:The"; not U.S.A, Ph.D, U:fon.
      if (!(isLower(prev) && isLetter(text[at - 2]) && nextOpensSentence)) return false;
      if (mark === "." && hasLaterDotInToken(text, at)) return false;
      return true;
    }
    default:
      return isLetter(prev) && nextOpensSentence;
  }
}

/** Whether the token continuing after `at` holds another period (Ph.D., a.m.Mon). */
function hasLaterDotInToken(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 32);
  for (let i = at + 1; i < to && !SPACE.test(text[i]); i++) if (text[i] === ".") return true;
  return false;
}

/** Spaces around punctuation: before closing marks, after opening marks, missing after marks, doubled, at edges. */
export default defineRule({
  meta: {
    id: "punctuation-spacing",
    description:
      "Spacing around punctuation by the target locale's conventions: a space before , . ; : ! ? ) or after an opening bracket or quote, a missing space after a mark before the next word, double spaces, and spaces at the start or end of a line.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      before: "Remove the space before “{{mark}}”.",
      after: "Remove the space after “{{mark}}”.",
      missing: "Add a space after “{{mark}}”.",
      double: "Use a single space.",
      leading: "Remove the space at the start of the line.",
      trailing: "Remove the space at the end of the line.",
    },
    fixable: true,
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "La inflación subió al 3,1 por ciento, según datos de EE. UU. publicados a las 9.30 h en www.ejemplo.com.",
        target: "Inflation rose to 3.1 percent, according to U.S. data released at 9:30 a.m. on www.example.com/data.",
      },
      {
        from: "es", to: "en",
        source: "Escríbanos a info@ejemplo.org (o llame) si usa archivos .docx o .pdf.",
        target: "Write to info@example.org (or call) if you use .docx or .pdf files, e.g. reports.",
      },
      {
        from: "es", to: "en",
        source: "Los que actuaron con prudencia ... ahora pagan.",
        target: "Those who behaved prudently ... are now paying, said Ph.D. student Ana Ruiz.",
      },
      {
        from: "en", to: "es",
        source: "He asked: “Why now?” Nobody answered.",
        target: "Preguntó: «¿Por qué ahora?». Nadie respondió.",
      },
      {
        from: "es", to: "en",
        source: "Dijo \"basta\" y se fue.",
        target: "He said \"enough\" and left, at 5 p.m. sharp.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "La frontera, dijo, está cerrada.",
        target: "The border line<marker> </marker>, he said, is closed.",
        suggestion: "",
      },
      {
        from: "es", to: "en",
        source: "El plan (aprobado ayer) entra en vigor hoy.",
        target: "The plan (<marker> </marker>approved yesterday<marker> </marker>) takes effect today.",
        suggestion: "",
      },
      {
        from: "es", to: "en",
        source: "Llegó tarde, pero habló. Luego se fue.",
        target: "He arrived late<marker>,</marker>but he spoke<marker>.</marker>Then he left.",
        suggestion: ", ",
      },
      {
        from: "es", to: "en",
        source: "El ministro habló con la prensa.",
        target: "The minister spoke<marker>  </marker>to the press.",
        suggestion: " ",
      },
      {
        from: "es", to: "en",
        source: "Ella llegó ayer.\n\nÉl se quedó.",
        target: "She arrived yesterday.<marker> </marker>\n\nHe stayed.",
        suggestion: "",
      },
      {
        from: "en", to: "es",
        source: "Why now? Nobody knows.",
        target: "¿<marker> </marker>Por qué ahora<marker> </marker>? Nadie lo sabe.",
        suggestion: "",
      },
    ],
  },
  check(ctx) {
    checkSpaces(ctx.target, ctx.report);
    checkGluedMarks(ctx.target, ctx.report);
  },
});
