// punctuation-spacing: the spaces of a text, before closing marks, after opening marks, doubled, at line edges.
import { isBilingual } from "../../types";
import type { Doc } from "../../segment/document";
import type { Finding } from "../../check/rule";
import { isDigit, isLetter, isTagFree, isVerbatim, type PunctuationConventions } from "../lib/punctuation";
import { closerPositions, STRAIGHT_QUOTE, straightQuoteRoles } from "./pairs";

/** A horizontal space: ordinary, tab, no-break, narrow no-break, thin. */
function isHorizontalSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** An ASCII letter or digit (NaN, off the text, is not). */
function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
const PLAIN_SPACES = /^[ \t]+$/;
const HORIZONTAL_SPACE = /[ \t\u00a0\u202f\u2009]/;
const TRAILING_SPACES = /[ \t\u00a0\u202f\u2009]+$/;
const LINE_BREAK = "\n\r";
const EMOTICON_TAIL = ")(-";
const SPACE_OR_OPENER = /[\s([{“‘«¿¡"'—–-]/;
const SPACE_OR_CLOSER = /[\s,.;:!?)\]]/;
/** Quotation marks: the spacing around them is never fixed mechanically. */
export const QUOTE_MARKS = "\"'“”‘’«»‹›„";
/**
 * A quoted or bracketed word or phrase (letters, digits, single spaces, hyphens, apostrophes; up to 80 characters):
 * its two inner spaces are one finding. Longer or punctuated contents get one finding per space, so that the fixes
 * of other issues inside them are not shadowed by one wide fix.
 */
const PHRASE = /^[\p{L}\p{M}\p{N}'’ -]{1,80}$/u;

/** Reports a space finding at [start, end), with its suggestion when the fix is certain. */
type SpaceFix = (start: number, end: number, f: Omit<Finding, "target">, suggestion: string, carriesText?: boolean) => void;

/**
 * The reporter of space findings. A suggestion of spaces only may replace entities; one that carries clean text needs
 * the span written verbatim. Only certain fixes carry a suggestion: spacing at a quotation mark depends on whether it
 * opens or closes (and on house style), and a doubled space is harmless where markup collapses it; those are
 * reported unfixed.
 */
function spaceFix(doc: Doc, report: (f: Finding) => void): SpaceFix {
  const text = doc.text;
  return (start, end, f, suggestion, carriesText = false) => {
    const certain =
      f.messageId !== "double" &&
      !QUOTE_MARKS.includes(text[start]) &&
      !QUOTE_MARKS.includes(text[end - 1]) &&
      !QUOTE_MARKS.includes(text[end] ?? "") &&
      (f.messageId !== "after" || !QUOTE_MARKS.includes(text[start - 1] ?? ""));
    const verbatim = carriesText ? isVerbatim(doc, start, end) : isTagFree(doc, start, end);
    report(certain && verbatim ? { ...f, target: { start, end }, suggestion } : { ...f, target: { start, end } });
  };
}

/** What checkSpaces knows of a document while it reads its runs of spaces. */
interface SpaceScan {
  doc: Doc;
  conv: PunctuationConventions;
  fix: SpaceFix;
  /** Whitespace counts as written in plain text and in XLIFF/TMX segments (HTML and Markdown collapse it). */
  plainText: boolean;
  quoteRoles: Map<number, "open" | "close">;
  /** Closing position of each opening mark (worked out on first use). */
  closers: () => Map<number, number>;
  /** Closing marks whose inner space was already reported with their opening mark. */
  consumed: Set<number>;
}

/** Findings for the spaces of the target: before closing marks, after opening marks, doubled, at line edges. */
export function checkSpaces(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  const text = doc.text;
  const quoteRoles = straightQuoteRoles(doc);
  let closers: Map<number, number> | undefined;
  const scan: SpaceScan = {
    doc,
    conv,
    fix: spaceFix(doc, report),
    plainText: doc.format === "text" || isBilingual(doc.format),
    quoteRoles,
    closers: () => (closers ??= closerPositions(doc, quoteRoles)),
    consumed: new Set<number>(),
  };
  for (let i = 0; i < text.length; i++) {
    if (!isHorizontalSpace(text.charCodeAt(i))) continue;
    const s = i;
    let e = i + 1;
    while (e < text.length && isHorizontalSpace(text.charCodeAt(e))) e++;
    i = e - 1;
    // The single space between two words, by far the most frequent, needs no look.
    if (e - s === 1 && text.charCodeAt(s) === 32 && isAsciiAlnum(text.charCodeAt(s - 1)) && isAsciiAlnum(text.charCodeAt(e))) continue;
    checkRun(scan, s, e);
  }
}

/** The findings of one run of horizontal spaces text[s, e). */
function checkRun(scan: SpaceScan, s: number, e: number): void {
  const { doc, conv, fix, quoteRoles } = scan;
  const text = doc.text;
  const run = text.slice(s, e);
  const prev = text[s - 1];
  const next = text[e];
  const lineStart = s === 0 || LINE_BREAK.includes(prev);
  const lineEnd = e === text.length || LINE_BREAK.includes(next);
  if (lineStart && lineEnd) return; // a blank line between paragraphs
  if (lineStart || lineEnd) {
    if (scan.plainText) fix(s, e, { messageId: lineStart ? "leading" : "trailing" }, "");
    return;
  }
  if (scan.consumed.has(e)) return;
  // French typed with straight quotes keeps the guillemets' inner spaces ('" Ils viendront "'): not reported. Only
  // the inner side: after a quote that opens (space or start before it), before one that closes.
  const innerSpace =
    (prev === STRAIGHT_QUOTE && isSpaceOrOpener(text[s - 2])) || (next === STRAIGHT_QUOTE && isClosingContext(text[e + 1]));
  if (conv.spacedStraightQuotes && innerSpace && run.length === 1) return;
  if (conv.noSpaceBefore.includes(next) && !conv.spaceBefore.includes(next) && !allowedBefore(text, e, prev)) {
    fix(s, e, { messageId: "before", data: { mark: next } }, "");
  } else if (
    (conv.noSpaceAfter.includes(prev) || (prev === STRAIGHT_QUOTE && quoteRoles.get(s - 1) === "open")) &&
    isSpaceOrOpener(text[s - 2])
  ) {
    // (An opening mark right after a word, as in 'importante“ les', is a misused closing mark: not reported here.)
    checkAfterOpener(scan, s, e);
  } else if (next === STRAIGHT_QUOTE && quoteRoles.get(e) === "close" && isClosingContext(text[e + 1])) {
    fix(s, e, { messageId: "before", data: { mark: next } }, "");
  } else if (scan.plainText && run.length > 1 && PLAIN_SPACES.test(run)) {
    fix(s, e, { messageId: "double" }, " ");
  }
}

/** A space after an opening mark; "( text )", "\" text \"": one finding for both inner spaces. */
function checkAfterOpener(scan: SpaceScan, s: number, e: number): void {
  const text = scan.doc.text;
  const prev = text[s - 1];
  const close = scan.closers().get(s - 1);
  const inner =
    close !== undefined && close > e && HORIZONTAL_SPACE.test(text[close - 1]) ? text.slice(e, close).replace(TRAILING_SPACES, "") : "";
  if (close !== undefined && PHRASE.test(inner) && !inner.includes("  ")) {
    scan.consumed.add(close);
    scan.fix(s - 1, close + 1, { messageId: "inside", data: { open: prev, close: text[close] } }, prev + inner + text[close], true);
  } else {
    scan.fix(s, e, { messageId: "after", data: { mark: prev } }, "");
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
