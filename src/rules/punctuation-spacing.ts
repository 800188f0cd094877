import { isBilingual } from "../types";
import type { Doc } from "../segment/document";
import { defineRule, type Finding } from "../check/rule";
import {
  conventionsFor,
  type PunctuationConventions,
  isDigit,
  isLetter,
  isLower,
  isUpper,
  isTagFree,
  isVerbatim,
  isWebLike,
  tokenAround,
} from "./lib/punctuation";

/** A horizontal space: ordinary, tab, no-break, narrow no-break, thin. */
function isHorizontalSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** An ASCII letter or digit (NaN, off the text, is not). */
function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
/** A mark that normally takes a space after it, directly followed by a letter or an opening ¿ ¡. */
const GLUED_MARK = /[,;:.!?](?=[\p{L}¿¡])/gu;
const PLAIN_SPACES = /^[ \t]+$/;
const HORIZONTAL_SPACE = /[ \t\u00a0\u202f\u2009]/;
const TRAILING_SPACES = /[ \t\u00a0\u202f\u2009]+$/;
const LINE_BREAK = "\n\r";
const EMOTICON_TAIL = ")(-";
const STRAIGHT_QUOTE = '"';
const CLOSING_BEFORE_COMMA = ')”’"»]';
const SPACE_OR_OPENER = /[\s([{“‘«¿¡"'—–-]/;
const SPACE_OR_CLOSER = /[\s,.;:!?)\]]/;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Quotation marks: the spacing around them is never fixed mechanically. */
const QUOTE_MARKS = "\"'“”‘’«»‹›„";
/** A word of three letters or more ending right before / starting right after a glued comma or semicolon. */
const WORD3_BEFORE = /\p{L}{3}$/u;
const WORD3_AFTER = /^\p{L}{3}/u;

/** Role of each straight double quote of a paragraph with an even number of them: opening or closing by parity. */
function straightQuoteRoles(doc: Doc): Map<number, "open" | "close"> {
  const roles = new Map<number, "open" | "close">();
  for (const p of doc.paragraphs) {
    const at: number[] = [];
    for (let i = doc.text.indexOf(STRAIGHT_QUOTE, p.start); i >= 0 && i < p.end; i = doc.text.indexOf(STRAIGHT_QUOTE, i + 1)) at.push(i);
    if (at.length % 2 !== 0) continue;
    for (let k = 0; k < at.length; k++) roles.set(at[k], k % 2 === 0 ? "open" : "close");
  }
  return roles;
}

/** The opening mark of each closing bracket or quote whose inner spaces are reported together. */
const OPENER_OF: Record<string, string> = { ")": "(", "]": "[", "”": "“", "»": "«" };
/**
 * A quoted or bracketed word or phrase (letters, digits, single spaces, hyphens, apostrophes; up to 80 characters):
 * its two inner spaces are one finding. Longer or punctuated contents get one finding per space, so that the fixes
 * of other issues inside them are not shadowed by one wide fix.
 */
const PHRASE = /^[\p{L}\p{M}\p{N}'’ -]{1,80}$/u;

/** Any bracket or double quote that takes part in pairing. */
const PAIR_MARK = /["()[\]“”«»]/g;

/** Closing position of each opening bracket or quote (straight quotes paired by parity), within a paragraph. */
function closerPositions(doc: Doc, quoteRoles: Map<number, "open" | "close">): Map<number, number> {
  const out = new Map<number, number>();
  const text = doc.text;
  for (const p of doc.paragraphs) {
    const stacks: Record<string, number[]> = { "(": [], "[": [], "“": [], "«": [] };
    let openQuote = -1;
    // Search the paragraph only (a sliced view): on the whole text the last search would run on to the next mark.
    const region = text.slice(0, p.end);
    PAIR_MARK.lastIndex = p.start;
    for (let m = PAIR_MARK.exec(region); m && m.index < p.end; m = PAIR_MARK.exec(region)) {
      const i = m.index;
      const c = m[0];
      if (c === STRAIGHT_QUOTE) {
        const role = quoteRoles.get(i);
        if (role === "open") openQuote = i;
        else if (role === "close" && openQuote >= 0) out.set(openQuote, i);
      } else if (c in stacks) {
        stacks[c].push(i);
      } else {
        const o = stacks[OPENER_OF[c]]?.pop();
        if (o !== undefined) out.set(o, i);
      }
    }
  }
  return out;
}

/** Findings for the spaces of the target: before closing marks, after opening marks, doubled, at line edges. */
function checkSpaces(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  const text = doc.text;
  // Whitespace counts as written in plain text and in XLIFF/TMX segments (HTML and Markdown collapse it).
  const plainText = doc.format === "text" || isBilingual(doc.format);
  const quoteRoles = straightQuoteRoles(doc);
  let closers: Map<number, number> | undefined;
  /** Closing marks whose inner space was already reported with their opening mark. */
  const consumed = new Set<number>();
  // A suggestion of spaces only may replace entities; one that carries clean text needs the span written verbatim.
  // Only certain fixes carry a suggestion: spacing at a quotation mark depends on whether it opens or closes (and
  // on house style), and a doubled space is harmless where markup collapses it; those are reported unfixed.
  const fix = (start: number, end: number, f: Omit<Finding, "target">, suggestion: string, carriesText = false) => {
    const certain =
      f.messageId !== "double" &&
      !QUOTE_MARKS.includes(text[start]) &&
      !QUOTE_MARKS.includes(text[end - 1]) &&
      !QUOTE_MARKS.includes(text[end] ?? "") &&
      (f.messageId !== "after" || !QUOTE_MARKS.includes(text[start - 1] ?? ""));
    const verbatim = carriesText ? isVerbatim(doc, start, end) : isTagFree(doc, start, end);
    report(certain && verbatim ? { ...f, target: { start, end }, suggestion } : { ...f, target: { start, end } });
  };

  for (let i = 0; i < text.length; i++) {
    if (!isHorizontalSpace(text.charCodeAt(i))) continue;
    const s = i;
    let e = i + 1;
    while (e < text.length && isHorizontalSpace(text.charCodeAt(e))) e++;
    i = e - 1;
    // The single space between two words, by far the most frequent, needs no look.
    if (e - s === 1 && text.charCodeAt(s) === 32 && isAsciiAlnum(text.charCodeAt(s - 1)) && isAsciiAlnum(text.charCodeAt(e))) continue;
    const run = text.slice(s, e);
    const prev = text[s - 1];
    const next = text[e];
    const lineStart = s === 0 || LINE_BREAK.includes(prev);
    const lineEnd = e === text.length || LINE_BREAK.includes(next);
    if (lineStart && lineEnd) continue; // a blank line between paragraphs
    if (lineStart || lineEnd) {
      if (plainText) fix(s, e, { messageId: lineStart ? "leading" : "trailing" }, "");
      continue;
    }
    if (consumed.has(e)) continue;
    if (conv.noSpaceBefore.includes(next) && !conv.spaceBefore.includes(next) && !allowedBefore(text, e, prev)) {
      fix(s, e, { messageId: "before", data: { mark: next } }, "");
    } else if (
      (conv.noSpaceAfter.includes(prev) || (prev === STRAIGHT_QUOTE && quoteRoles.get(s - 1) === "open")) &&
      isSpaceOrOpener(text[s - 2])
    ) {
      // (An opening mark right after a word, as in 'importante“ les', is a misused closing mark: not reported here.)
      // "( text )", "\" text \"": one finding for both inner spaces.
      closers ??= closerPositions(doc, quoteRoles);
      const close = closers.get(s - 1);
      const inner =
        close !== undefined && close > e && HORIZONTAL_SPACE.test(text[close - 1]) ? text.slice(e, close).replace(TRAILING_SPACES, "") : "";
      if (close !== undefined && PHRASE.test(inner) && !inner.includes("  ")) {
        consumed.add(close);
        fix(s - 1, close + 1, { messageId: "inside", data: { open: prev, close: text[close] } }, prev + inner + text[close], true);
      } else {
        fix(s, e, { messageId: "after", data: { mark: prev } }, "");
      }
    } else if (next === STRAIGHT_QUOTE && quoteRoles.get(e) === "close" && isClosingContext(text[e + 1])) {
      fix(s, e, { messageId: "before", data: { mark: next } }, "");
    } else if (plainText && run.length > 1 && PLAIN_SPACES.test(run)) {
      fix(s, e, { messageId: "double" }, " ");
    }
  }
}

/** A space before a mark that is really an ellipsis, a file extension, a decimal or an emoticon. */
function allowedBefore(text: string, markAt: number, prev: string | undefined): boolean {
  const mark = text[markAt];
  const after = text[markAt + 1];
  // ". . ." is a spaced ellipsis; ".docx", ".45" are an extension and a decimal.
  if (mark === ".")
    return (
      prev === "." || after === "." || after === "…" || isLetter(after) || isDigit(after) || (after === " " && text[markAt + 2] === ".")
    );
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
function checkGluedMarks(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  const text = doc.text;
  const found: { at: number; mark: string; key: string }[] = [];
  const seen = new Map<string, number>();
  GLUED_MARK.lastIndex = 0;
  for (let m = GLUED_MARK.exec(text); m; m = GLUED_MARK.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (!conv.spaceAfter.includes(mark)) continue;
    const prev = text[at - 1];
    const next = text[at + 1];
    if ((next === "¿" || next === "¡") && !conv.invertedMarks) continue;
    if (!isGlued(text, at, mark, prev, next)) continue;
    const token = tokenAround(text, at);
    if (isWebLike(token)) continue;
    const key = gluedWord(text, at);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    found.push({ at, mark, key });
  }
  for (const { at, mark, key } of found) {
    // The same glued form twice in one text is a name or a code (Arch.Design), not a slip of the keyboard.
    if ((seen.get(key) ?? 0) > 1) continue;
    const f: Finding = { messageId: "missing", data: { mark }, target: { start: at, end: at + 1 } };
    // Certain only for a comma or semicolon between two words ("Africa,un"); "Spindl.Info" or "viewpoin,t" may be
    // a name or a typo whose fix is not a space.
    const certain =
      (mark === "," || mark === ";") &&
      WORD3_BEFORE.test(text.slice(Math.max(0, at - 3), at)) &&
      WORD3_AFTER.test(text.slice(at + 1, at + 4));
    report(certain && isTagFree(doc, at, at + 1) ? { ...f, suggestion: `${mark} ` } : f);
  }
}

/** The letters and digits around a glued mark, with the mark: "Arch.Design". */
function gluedWord(text: string, at: number): string {
  let s = at;
  let e = at + 1;
  while (s > 0 && at - s < 40 && WORD_CHAR.test(text[s - 1])) s--;
  while (e < text.length && e - at < 40 && WORD_CHAR.test(text[e])) e++;
  return text.slice(s, e);
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

/** A mark that some locales (French) want a space before, glued to the word before it. */
// regex-safe: no quantifier at all; safe-regex cannot parse the one-character lookbehind and refuses it.
const GLUED_BEFORE = /(?<=[\p{L}\p{N}"”’»)\]])[;:!?]/gu;

/** Findings for the marks of `conv.spaceBefore` written without the space they need ("Bonjour!" in French). */
function checkSpaceBeforeMarks(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  if (conv.spaceBefore.length === 0) return;
  const text = doc.text;
  const space = conv.spaceBeforeChars[0] ?? " ";
  GLUED_BEFORE.lastIndex = 0;
  for (let m = GLUED_BEFORE.exec(text); m; m = GLUED_BEFORE.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (!conv.spaceBefore.includes(mark)) continue;
    // Times, ratios, addresses and emoticons: "10:30", "3:1", "http:", ":)".
    if (isDigit(text[at + 1]) || isWebLike(tokenAround(text, at)) || text[at + 1] === ")" || text[at + 1] === "(") continue;
    const f: Finding = { messageId: "missingBefore", data: { mark, convention: conv.label }, target: { start: at, end: at + 1 } };
    report(isTagFree(doc, at, at + 1) ? { ...f, suggestion: space + mark } : f);
  }
}

/** Every spacing check of this rule over one document, with the given locale conventions. */
export function checkSpacing(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  checkSpaces(doc, conv, report);
  checkGluedMarks(doc, conv, report);
  checkSpaceBeforeMarks(doc, conv, report);
}

/** A systematic habit is one finding, not dozens: from this many findings of one class in an article. */
const PATTERN_MIN = 3;
const PATTERN_WHAT = { quote: "Spaces inside quotation marks", double: "Double spaces" } as const;

/** The class of a finding that may be a whole article's habit: spacing at quotation marks, or doubled spaces. */
function habitOf(text: string, f: Finding): keyof typeof PATTERN_WHAT | undefined {
  if (f.messageId === "double") return "double";
  if (!f.target || !["before", "after", "inside"].includes(f.messageId)) return undefined;
  const { start, end } = f.target;
  const around = (text[start - 1] ?? "") + text.slice(start, end) + (text[end] ?? "");
  for (const c of around) if (QUOTE_MARKS.includes(c)) return "quote";
  return undefined;
}

/** Findings with each habit that recurs (PATTERN_MIN times or more) reported once, at its first place, with a count. */
function collapsePatterns(text: string, found: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of found) {
    const h = habitOf(text, f);
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of found) {
    const h = habitOf(text, f);
    const n = h ? counts.get(h)! : 0;
    if (!h || n < PATTERN_MIN) out.push(f);
    else if (!seen.has(h)) {
      seen.add(h);
      out.push({ messageId: "pattern", data: { what: PATTERN_WHAT[h], count: n }, target: f.target });
    }
  }
  return out;
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
      inside: "Remove the spaces inside “{{open}}…{{close}}”.",
      missing: "Add a space after “{{mark}}”.",
      missingBefore: "Add a space before “{{mark}}” ({{convention}}).",
      double: "Use a single space.",
      leading: "Remove the space at the start of the line.",
      trailing: "Remove the space at the end of the line.",
      pattern: "{{what}} throughout this article ({{count}} places, the first marked here): a convention to correct as a whole.",
    },
    confidence: 0.85,
    fixable: true,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "La inflación subió al 3,1 por ciento, según datos de EE. UU. publicados a las 9.30 h en www.ejemplo.com.",
        target: "Inflation rose to 3.1 percent, according to U.S. data released at 9:30 a.m. on www.example.com/data.",
      },
      {
        from: "es",
        to: "en",
        source: "Escríbanos a info@ejemplo.org (o llame) si usa archivos .docx o .pdf.",
        target: "Write to info@example.org (or call) if you use .docx or .pdf files, e.g. reports.",
      },
      {
        from: "es",
        to: "en",
        source: "Los que actuaron con prudencia ... ahora pagan.",
        target: "Those who behaved prudently ... are now paying, said Ph.D. student Ana Ruiz.",
      },
      {
        from: "en",
        to: "es",
        source: "He asked: “Why now?” Nobody answered.",
        target: "Preguntó: «¿Por qué ahora?». Nadie respondió.",
      },
      {
        from: "es",
        to: "en",
        source: 'Dijo "basta" y se fue.',
        target: 'He said "enough" and left, at 5 p.m. sharp.',
      },
      {
        // Latin American Spanish: spaced "a. m." and thousands grouped with a space are correct.
        from: "en-US",
        to: "es-419",
        source: "At 10:00 a.m., 39,768 cases had been reported.",
        target: "A las 10:00 a. m., se habían notificado 39 768 casos.",
      },
      {
        from: "es-MX",
        to: "en-GB",
        source: "A las 10:00 a. m. (hora local), dijo: «Basta».",
        target: "At 10 am (local time), he said: ‘Enough.’",
      },
    ],
    bad: [
      {
        from: "en",
        to: "es",
        source: 'He called it a "mistake", a "shame" and a "disaster".',
        target: 'Lo llamó un <marker>" error "</marker>, una " vergüenza " y un " desastre ".',
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "La frontera, dijo, está cerrada.",
        target: "The border line<marker> </marker>, he said, is closed.",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "El plan (aprobado ayer) entra en vigor hoy.",
        target: "The plan <marker>( approved yesterday )</marker> takes effect today.",
        suggestion: "(approved yesterday)",
      },
      {
        from: "en",
        to: "es",
        source: 'He called it a "mistake" and left.',
        target: 'Lo llamó un <marker>" error "</marker> y se fue, según «<marker> </marker>fuentes» del partido.',
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Llegó tarde, pero habló. Luego se fue.",
        target: "He arrived late<marker>,</marker>but he spoke<marker>.</marker>Then he left.",
        suggestion: ", ",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro habló con la prensa.",
        target: "The minister spoke<marker>  </marker>to the press.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "El sitio Spindl.Info informó, según el ministro.",
        target: "The site Spindl<marker>.</marker>Info reported, the minister said.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Ella llegó ayer.\n\nÉl se quedó.",
        target: "She arrived yesterday.<marker> </marker>\n\nHe stayed.",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "Why now? Nobody knows.",
        target: "¿<marker> </marker>Por qué ahora<marker> </marker>? Nadie lo sabe.",
        suggestion: "",
      },
      {
        from: "en-GB",
        to: "es-MX",
        source: "The plan (approved on Monday) starts at 10 am.",
        target: "El plan <marker>( aprobado el lunes )</marker> empieza a las 10 a. m.",
        suggestion: "(aprobado el lunes)",
      },
    ],
  },
  check(ctx) {
    const found: Finding[] = [];
    checkSpacing(ctx.target, conventionsFor(ctx.target.locale), (f) => void found.push(f));
    for (const f of collapsePatterns(ctx.target.text, found)) ctx.report(f);
  },
});
