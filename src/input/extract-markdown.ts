import { parse, postprocess, preprocess } from "micromark";
import { decodeString } from "micromark-util-decode-string";
import { CleanTextBuilder } from "./clean-text";
import type { Extracted } from "./extract";
import { HtmlFeeder } from "./extract-html";

// Markdown (CommonMark) to clean text, from micromark's token stream, whose tokens carry offsets into the raw
// text. Blocks: paragraphs, headings, list items and block quotes make paragraphs; fenced code, link reference
// definitions and thematic breaks are skipped; indented code is kept as text (pasted articles are often
// indented); HTML blocks and inline HTML go through the HTML extractor (so <br> breaks a line and <script> is
// skipped). Inline: emphasis markers dropped, code spans kept without backticks, links reduced to their text,
// images dropped, autolinks kept as their address, character references and backslash escapes decoded. A soft
// line break is a space; a hard one (two trailing spaces, a backslash) breaks the line.

/** Tokens skipped with everything inside them. */
const SKIPPED = new Set(["image", "resource", "reference", "definition", "codeFenced", "thematicBreak", "codeTextPadding"]);
/** Tokens that start and end a paragraph. */
const BLOCKS = new Set(["paragraph", "atxHeading", "setextHeading", "codeIndented", "htmlFlow", "codeFenced", "definition"]);
/** Tokens whose raw text is article text. */
const TEXT = new Set(["data", "codeTextData", "codeFlowValue", "autolinkProtocol", "autolinkEmail"]);

const isWhitespace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * micromark matches emphasis delimiters in quadratic time; past this many runs of * or _ in one text (no
 * article has them) emphasis is left unparsed, its markers kept as text, so extraction stays linear.
 */
export const MAX_EMPHASIS_RUNS = 2000;
const EMPHASIS_RUN_RE = /\*+|_+/g;
const NO_EMPHASIS = [{ disable: { null: ["attention"] } }];

/** micromark's events for a text, with emphasis parsing off when the text has too many delimiter runs. */
function markdownEvents(raw: string) {
  let runs = 0;
  EMPHASIS_RUN_RE.lastIndex = 0;
  while (runs <= MAX_EMPHASIS_RUNS && EMPHASIS_RUN_RE.exec(raw)) runs++;
  const options = runs > MAX_EMPHASIS_RUNS ? { extensions: NO_EMPHASIS } : {};
  return postprocess(
    parse(options)
      .document()
      .write(preprocess()(raw, undefined, true)),
  );
}

/** Extracts the plain text of a Markdown document, with raw offsets and paragraphs. */
export function extractMarkdown(raw: string): Extracted {
  const out = new CleanTextBuilder();
  const html = new HtmlFeeder(raw, out);
  const events = markdownEvents(raw);
  let skip = 0;
  let hardBreak = false;
  for (const [kind, token] of events) {
    const { type } = token;
    const start = token.start.offset;
    const end = token.end.offset;
    if (BLOCKS.has(type)) out.paragraphBreak();
    const whole = SKIPPED.has(type) || type === "htmlFlow" || type === "htmlText";
    if (kind === "exit") {
      if (whole) skip--;
      continue;
    }
    if (whole) skip++;
    if (skip > (whole ? 1 : 0)) continue;
    if (type === "htmlFlow" || type === "htmlText") html.feed(start, end);
    if (html.skippingContent) continue;
    if (TEXT.has(type)) addRun(raw, start, end, out);
    else if (type === "characterEscape") out.add(raw.slice(start + 1, end), start, end);
    else if (type === "characterReference") addReference(decodeString(raw.slice(start, end)), start, end, out);
    else if (type === "hardBreakEscape" || type === "hardBreakTrailing") hardBreak = true;
    else if (type === "lineEnding") {
      if (hardBreak) out.lineBreak(start, end);
      else out.space(start, end);
      hardBreak = false;
    }
  }
  return out.finish();
}

/** Adds raw [start, end) as text, one character at a time; whitespace collapses. */
function addRun(raw: string, start: number, end: number, out: CleanTextBuilder): void {
  for (let i = start; i < end; i++) {
    if (isWhitespace(raw.charCodeAt(i))) out.space(i, i + 1);
    else out.add(raw[i], i, i + 1);
  }
}

/** Adds a decoded character reference mapped to the whole reference; one that decodes to whitespace is a space. */
function addReference(text: string, start: number, end: number, out: CleanTextBuilder): void {
  if (text.length === 1 && isWhitespace(text.charCodeAt(0))) out.space(start, end);
  else out.add(text, start, end);
}
