import { CleanTextBuilder } from "./clean-text";
import type { Extracted } from "./extract";
import { addEntity, applyTag, TagReader } from "./extract-html";

// Markdown (CommonMark subset used by news CMSs) to clean text. Blocks: paragraphs at blank lines, ATX and
// setext headings, list items, block quotes, thematic breaks, fenced code (skipped), reference definitions
// (skipped), HTML blocks. Inline: emphasis markers dropped, code spans kept without backticks, links reduced to
// their text, images dropped, inline HTML stripped, entities and backslash escapes decoded. A soft line break
// inside a paragraph is a space; a hard break (two trailing spaces, a backslash, <br>) is a line break.

const isSpaceOrTab = (c: number) => c === 32 || c === 9;
const isWhitespace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiPunct = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const WORD_RE = /[\p{L}\p{N}]/u;
const isWordChar = (raw: string, i: number) => {
  const c = raw.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : WORD_RE.test(raw[i]);
};

/** A line of the block structure: where its content starts after block markers, and what kind it is. */
interface LineInfo {
  contentStart: number;
  kind: "text" | "blank" | "heading" | "item" | "break" | "fence" | "definition";
  /** For headings: where the content ends once the closing #s are removed. */
  contentEnd: number;
  /** Number of block quote markers (">") before the content. */
  quoteDepth: number;
}

function classifyLine(raw: string, start: number, end: number): LineInfo {
  let p = start;
  for (let n = 0; n < 3 && p < end && raw.charCodeAt(p) === 32; n++) p++;
  // Block quote markers, possibly nested: "> > text".
  let quoteDepth = 0;
  while (p < end && raw.charCodeAt(p) === 62) {
    p++;
    quoteDepth++;
    if (p < end && isSpaceOrTab(raw.charCodeAt(p))) p++;
    while (p < end && raw.charCodeAt(p) === 32 && p - start < 64) p++;
  }
  let q = p;
  while (q < end && isWhitespace(raw.charCodeAt(q))) q++;
  if (q >= end) return { contentStart: end, kind: "blank", contentEnd: end, quoteDepth };
  const c = raw.charCodeAt(p);
  // Fences ``` and ~~~.
  if ((c === 96 || c === 126) && raw.charCodeAt(p + 1) === c && raw.charCodeAt(p + 2) === c) {
    return { contentStart: p, kind: "fence", contentEnd: end, quoteDepth };
  }
  // Thematic breaks (--- *** ___) and setext underlines (=== ---).
  if (c === 45 || c === 42 || c === 95 || c === 61) {
    let count = 0;
    let other = false;
    for (let k = p; k < end; k++) {
      const d = raw.charCodeAt(k);
      if (d === c) count++;
      else if (!isWhitespace(d)) {
        other = true;
        break;
      }
    }
    if (!other && (count >= 3 || (c === 61 && count >= 1))) return { contentStart: end, kind: "break", contentEnd: end, quoteDepth };
  }
  // ATX headings.
  if (c === 35) {
    let h = p;
    while (h < end && raw.charCodeAt(h) === 35 && h - p < 7) h++;
    if (h - p <= 6 && (h >= end || isSpaceOrTab(raw.charCodeAt(h)))) {
      let e = end;
      while (e > h && isWhitespace(raw.charCodeAt(e - 1))) e--;
      let f = e;
      while (f > h && raw.charCodeAt(f - 1) === 35) f--;
      if (f === h || isSpaceOrTab(raw.charCodeAt(f - 1))) e = f; // closing sequence " ##"
      return { contentStart: h, kind: "heading", contentEnd: e, quoteDepth };
    }
  }
  // List items: "- ", "* ", "+ ", "1. ", "1) ".
  if ((c === 45 || c === 42 || c === 43) && isSpaceOrTab(raw.charCodeAt(p + 1))) {
    return { contentStart: p + 2, kind: "item", contentEnd: end, quoteDepth };
  }
  if (isDigit(c)) {
    let d = p;
    while (d < end && isDigit(raw.charCodeAt(d)) && d - p < 9) d++;
    const m = raw.charCodeAt(d);
    if ((m === 46 || m === 41) && (d + 1 >= end || isSpaceOrTab(raw.charCodeAt(d + 1)))) {
      return { contentStart: d + 1, kind: "item", contentEnd: end, quoteDepth };
    }
  }
  // Reference definitions: [id]: url
  if (c === 91) {
    let close = p + 1;
    while (close < end && raw.charCodeAt(close) !== 93) close++;
    if (close > p + 1 && close < end && raw.charCodeAt(close + 1) === 58) {
      return { contentStart: end, kind: "definition", contentEnd: end, quoteDepth };
    }
  }
  return { contentStart: p, kind: "text", contentEnd: end, quoteDepth };
}

/** Matches the brackets or parentheses of one line in a single pass: opening offset -> closing offset. */
function matchPairs(raw: string, from: number, to: number, open: number, close: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92) i++;
    else if (c === open) stack.push(i);
    else if (c === close && stack.length) pairs.set(stack.pop()!, i);
  }
  return pairs;
}

/** The offset of the next run of exactly `run` backticks in [from, to), or -1. */
function findBacktickRun(raw: string, from: number, to: number, run: number): number {
  for (let i = from; i < to; i++) {
    if (raw.charCodeAt(i) !== 96) continue;
    let r = i;
    while (r < to && raw.charCodeAt(r) === 96) r++;
    if (r - i === run) return i;
    i = r;
  }
  return -1;
}

/** Inline state of one extraction: the builder, the tag reader, and where link texts end. */
interface Inline {
  raw: string;
  out: CleanTextBuilder;
  reader: TagReader;
  /** Offset of a link text's "]" -> offset to continue from (after the destination). */
  linkEnds: Map<number, number>;
}

const AUTOLINK_RE = /<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;

/** Adds the inline content raw [from, to) of one line; returns the offset reached (beyond `to` after a multi-line HTML element). */
function addInline(s: Inline, from: number, to: number): number {
  const { raw, out } = s;
  const brackets = matchPairs(raw, from, to, 91, 93);
  const parens = matchPairs(raw, from, to, 40, 41);
  const failedCodeRuns = new Set<number>();
  let i = from;
  while (i < to) {
    const c = raw.charCodeAt(i);
    if (c === 92 && i + 1 < to && isAsciiPunct(raw.charCodeAt(i + 1))) {
      out.add(raw[i + 1], i, i + 2);
      i += 2;
      continue;
    }
    if (c === 96) {
      let r = i;
      while (r < to && raw.charCodeAt(r) === 96) r++;
      const run = r - i;
      const close = failedCodeRuns.has(run) ? -1 : findBacktickRun(raw, r, to, run);
      if (close >= 0) {
        let a = r;
        let b = close;
        if (b - a >= 2 && raw.charCodeAt(a) === 32 && raw.charCodeAt(b - 1) === 32) {
          a++;
          b--;
        }
        for (let k = a; k < b; k++) out.add(raw[k], k, k + 1);
        i = close + run;
      } else {
        failedCodeRuns.add(run);
        for (let k = i; k < r; k++) out.add("`", k, k + 1);
        i = r;
      }
      continue;
    }
    if (c === 42 || c === 95 || (c === 126 && raw.charCodeAt(i + 1) === 126)) {
      let r = i;
      while (r < to && raw.charCodeAt(r) === c) r++;
      const before = i > from ? raw.charCodeAt(i - 1) : 32;
      const after = r < to ? raw.charCodeAt(r) : 32;
      const literal =
        (isWhitespace(before) && isWhitespace(after)) ||
        (c === 95 && i > from && r < to && isWordChar(raw, i - 1) && isWordChar(raw, r)) ||
        (isDigit(before) && isDigit(after));
      if (literal) for (let k = i; k < r; k++) out.add(raw[k], k, k + 1);
      i = r;
      continue;
    }
    if (c === 33 && raw.charCodeAt(i + 1) === 91) {
      const close = brackets.get(i + 1);
      if (close !== undefined && raw.charCodeAt(close + 1) === 40) {
        const end = parens.get(close + 1);
        if (end !== undefined) {
          i = end + 1; // images are not article text
          continue;
        }
      }
    }
    if (c === 91) {
      const close = brackets.get(i);
      if (close !== undefined) {
        let after = -1;
        if (raw.charCodeAt(close + 1) === 40) {
          const end = parens.get(close + 1);
          if (end !== undefined) after = end + 1;
        } else if (raw.charCodeAt(close + 1) === 91) {
          const end = brackets.get(close + 1);
          if (end !== undefined) after = end + 1;
        }
        if (after >= 0) {
          s.linkEnds.set(close, after);
          i++;
          continue;
        }
      }
    }
    if (c === 93) {
      const after = s.linkEnds.get(i);
      if (after !== undefined) {
        s.linkEnds.delete(i);
        i = after;
        continue;
      }
    }
    if (c === 60) {
      AUTOLINK_RE.lastIndex = i;
      const auto = AUTOLINK_RE.exec(raw);
      if (auto && i + auto[0].length <= to) {
        for (let k = i + 1; k < i + auto[0].length - 1; k++) out.add(raw[k], k, k + 1);
        i += auto[0].length;
        continue;
      }
      const tag = s.reader.read(i);
      if (tag) {
        i = applyTag(tag, i, s.reader, out).next;
        continue;
      }
    }
    if (c === 38) {
      i = addEntity(raw, i, out, false);
      continue;
    }
    if (isWhitespace(c)) out.space(i, i + 1);
    else out.add(raw[i], i, i + 1);
    i++;
  }
  return i;
}

/** Extracts the text of a Markdown document with its raw-offset map and paragraphs. */
export function extractMarkdown(raw: string): Extracted {
  const out = new CleanTextBuilder();
  const s: Inline = { raw, out, reader: new TagReader(raw), linkEnds: new Map() };
  let fence = 0; // the fence character while inside fenced code
  let hardBreak = false;
  let quoteDepth = 0;
  let pos = 0;
  while (pos < raw.length) {
    let lineEnd = raw.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = raw.length;
    const next = lineEnd + 1;
    let end = lineEnd;
    if (end > pos && raw.charCodeAt(end - 1) === 13) end--;
    const line = classifyLine(raw, pos, end);
    if (fence) {
      if (line.kind === "fence" && raw.charCodeAt(line.contentStart) === fence) fence = 0;
      pos = next;
      continue;
    }
    if (line.kind === "fence") {
      fence = raw.charCodeAt(line.contentStart);
      out.paragraphBreak();
      pos = next;
      continue;
    }
    if (line.kind === "blank" || line.kind === "break" || line.kind === "definition") {
      out.paragraphBreak();
      hardBreak = false;
      pos = next;
      continue;
    }
    const afterNewline = pos > 0 && raw.charCodeAt(pos - 1) === 10;
    if (line.kind === "heading" || line.kind === "item" || line.quoteDepth !== quoteDepth) out.paragraphBreak();
    else if (afterNewline && hardBreak) out.lineBreak(pos - 1, pos);
    else if (afterNewline) out.space(pos - 1, pos);
    // A hard line break: two trailing spaces or a trailing backslash.
    let contentEnd = line.contentEnd;
    hardBreak = false;
    if (line.kind !== "heading") {
      if (contentEnd - 2 >= line.contentStart && raw.charCodeAt(contentEnd - 1) === 32 && raw.charCodeAt(contentEnd - 2) === 32) {
        hardBreak = true;
      } else if (contentEnd - 1 >= line.contentStart && raw.charCodeAt(contentEnd - 1) === 92) {
        hardBreak = true;
        contentEnd--;
      }
    }
    quoteDepth = line.quoteDepth;
    let reached = addInline(s, line.contentStart, contentEnd);
    let lineStop = end;
    let following = next;
    // An HTML element or comment ran past this line: go on with the rest of the line where it ended.
    while (reached > lineStop && reached < raw.length) {
      const le = raw.indexOf("\n", reached);
      following = le < 0 ? raw.length : le + 1;
      lineStop = le < 0 ? raw.length : le;
      if (lineStop > reached && raw.charCodeAt(lineStop - 1) === 13) lineStop--;
      reached = addInline(s, reached, lineStop);
    }
    if (line.kind === "heading") out.paragraphBreak();
    pos = reached >= raw.length ? raw.length : following;
  }
  return out.finish();
}
