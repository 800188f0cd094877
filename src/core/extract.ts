import type { Format } from "./types";

/** Clean text extracted from a submission, with its raw-offset map and paragraph boundaries. */
export interface Extracted {
  text: string;
  map: { starts: Int32Array; ends: Int32Array } | null;
  paragraphs: { index: number; start: number; end: number }[];
}

/** Extracts the plain text and paragraphs of a submission in the given format. */
export function extractText(raw: string, format: Format): Extracted {
  // html and markdown extraction live in their own modules; plain text needs no map.
  void format;
  return { text: raw, map: null, paragraphs: splitParagraphs(raw, 0, raw.length) };
}

/** Splits [from, to) of a plain text into paragraphs at blank lines, trimming surrounding whitespace. */
export function splitParagraphs(text: string, from: number, to: number): Extracted["paragraphs"] {
  const out: Extracted["paragraphs"] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n/g;
  re.lastIndex = from;
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, to);
  return out;
}
