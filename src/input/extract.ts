import type { Format } from "../types";
import { extractHtml } from "./extract-html";
import { extractMarkdown } from "./extract-markdown";

/** Clean text extracted from a submission, with its raw-offset map and paragraph boundaries. */
export interface Extracted {
  text: string;
  /** Raw [starts[i], ends[i]) that produced clean character i; null means identity (plain text). */
  map: { starts: Int32Array; ends: Int32Array } | null;
  paragraphs: { index: number; start: number; end: number }[];
}

/** Extracts the plain text and paragraphs of a submission in the given format. */
export function extractText(raw: string, format: Format): Extracted {
  if (format === "html") return extractHtml(raw);
  if (format === "markdown") return extractMarkdown(raw);
  return { text: raw, map: null, paragraphs: splitParagraphs(raw, 0, raw.length) };
}

const BLANK_LINE_RE = /\n[ \t\r\f\v\u00a0]*\n/g;
const SPACE_RE = /\s/;

/** Splits [from, to) of a plain text into paragraphs at blank lines, trimming surrounding whitespace. */
export function splitParagraphs(text: string, from: number, to: number): Extracted["paragraphs"] {
  const out: Extracted["paragraphs"] = [];
  const re = new RegExp(BLANK_LINE_RE);
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    pushParagraph(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushParagraph(out, text, start, to);
  return out;
}

/** Appends the paragraph [s, e) of `text`, trimmed of whitespace, to `out` unless nothing is left. */
function pushParagraph(out: Extracted["paragraphs"], text: string, s: number, e: number): void {
  while (s < e && SPACE_RE.test(text[s])) s++;
  while (e > s && SPACE_RE.test(text[e - 1])) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e });
}
