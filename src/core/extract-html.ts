import { CleanTextBuilder } from "./clean-text";
import type { Extracted } from "./extract";
import { decodeEntity } from "./html-entities";

/** Elements whose content is never article text. */
const IGNORED_ELEMENTS = [
  "script", "style", "noscript", "template", "title", "svg", "math", "iframe", "object", "canvas", "textarea",
  "select",
];
const IGNORED = new Set(IGNORED_ELEMENTS);
/** The closing tag of each ignored element, compiled once. */
const CLOSING_TAG = new Map(IGNORED_ELEMENTS.map((n) => [n, new RegExp(`</${n}[\\s/>]`, "gi")]));

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
  "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** A parsed tag: lowercase name, whether it closes, and the raw offset after its ">". */
export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
  /** "<!…>" or "<?…>" declarations and comments carry no name. */
  declaration: boolean;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTagNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
const isWhitespace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Scans HTML markup (tags, comments) in a raw string; remembers when no tag can follow any more. */
export class TagReader {
  private noTagAfter = Infinity;
  constructor(private readonly raw: string) {}

  /** Reads the tag or comment starting with "<" at `i`, or null if the "<" is literal text. */
  read(i: number): Tag | null {
    const raw = this.raw;
    if (i >= this.noTagAfter) return null;
    if (raw.startsWith("<!--", i)) {
      const close = raw.indexOf("-->", i + 4);
      return { name: "", closing: false, selfClosing: true, end: close < 0 ? raw.length : close + 3, declaration: true };
    }
    const c = raw.charCodeAt(i + 1);
    const closing = c === 47;
    const first = closing ? raw.charCodeAt(i + 2) : c;
    const declaration = c === 33 || c === 63;
    if (!declaration && !isAsciiLetter(first)) return null;
    const gt = raw.indexOf(">", i + 1);
    if (gt < 0) {
      this.noTagAfter = i;
      return null;
    }
    if (declaration) return { name: "", closing: false, selfClosing: true, end: gt + 1, declaration: true };
    let p = closing ? i + 2 : i + 1;
    const nameStart = p;
    while (p < gt && isTagNameChar(raw.charCodeAt(p))) p++;
    const name = raw.slice(nameStart, p).toLowerCase();
    return { name, closing, selfClosing: raw.charCodeAt(gt - 1) === 47, end: gt + 1, declaration: false };
  }

  /** The raw offset just after the closing tag of the ignored element `name` opened before `from`. */
  skipContent(name: string, from: number): number {
    const re = CLOSING_TAG.get(name)!;
    re.lastIndex = from;
    const m = re.exec(this.raw);
    if (!m) return this.raw.length;
    const gt = this.raw.indexOf(">", m.index);
    return gt < 0 ? this.raw.length : gt + 1;
  }
}

/**
 * Applies a tag to the builder: block elements break paragraphs, <br> breaks a line, ignored elements are
 * skipped. Returns the raw offset to continue from, and whether a <pre> opened (+1) or closed (-1).
 */
export function applyTag(tag: Tag, start: number, reader: TagReader, out: CleanTextBuilder): { next: number; pre: number } {
  if (tag.declaration) return { next: tag.end, pre: 0 };
  if (!tag.closing && !tag.selfClosing && IGNORED.has(tag.name)) return { next: reader.skipContent(tag.name, tag.end), pre: 0 };
  if (tag.name === "br") out.lineBreak(start, tag.end);
  else if (BLOCK.has(tag.name)) out.paragraphBreak();
  return { next: tag.end, pre: tag.name === "pre" ? (tag.closing ? -1 : 1) : 0 };
}

/** Adds a decoded character reference (or the literal "&") at `i`; returns the raw offset after it. */
export function addEntity(raw: string, i: number, out: CleanTextBuilder, preformatted: boolean): number {
  const entity = decodeEntity(raw, i);
  if (!entity) {
    out.add("&", i, i + 1);
    return i + 1;
  }
  const code = entity.text.charCodeAt(0);
  if (entity.text.length === 1 && isWhitespace(code) && !preformatted) out.space(i, entity.end);
  else out.add(entity.text, i, entity.end);
  return entity.end;
}

/** Extracts the visible text of an HTML document: tags stripped, entities decoded, paragraphs from blocks. */
export function extractHtml(raw: string): Extracted {
  const out = new CleanTextBuilder();
  const reader = new TagReader(raw);
  let pre = 0;
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 60) {
      const tag = reader.read(i);
      if (tag) {
        const r = applyTag(tag, i, reader, out);
        pre = Math.max(0, pre + r.pre);
        i = r.next;
        continue;
      }
    } else if (c === 38) {
      i = addEntity(raw, i, out, pre > 0);
      continue;
    } else if (isWhitespace(c)) {
      if (pre === 0) out.space(i, i + 1);
      else if (c === 10) out.lineBreak(i, i + 1);
      else if (c !== 13) out.add(raw[i], i, i + 1);
      i++;
      continue;
    }
    out.add(raw[i], i, i + 1);
    i++;
  }
  return out.finish();
}
