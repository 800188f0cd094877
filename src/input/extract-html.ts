import { Tokenizer } from "htmlparser2";
import { CleanTextBuilder } from "./clean-text";
import type { Extracted } from "./extract";

/** Elements whose content is never article text. */
const IGNORED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "title",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "textarea",
  "select",
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "option",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const isWhitespace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Feeds HTML (a whole document, or the HTML blocks and inline tags of a Markdown text, piece by piece) through
 * htmlparser2's tokenizer into a CleanTextBuilder, with raw offsets: block elements break paragraphs, <br> breaks
 * a line, ignored elements are skipped up to their closing tag, character references are decoded (each clean
 * character maps to its whole reference), whitespace collapses outside <pre>. The state (inside an ignored
 * element, inside <pre>) carries over from one piece to the next.
 */
export class HtmlFeeder {
  /** The ignored element whose content is being skipped, or null. */
  private skipping: string | null = null;
  private pre = 0;

  constructor(
    private readonly raw: string,
    private readonly out: CleanTextBuilder,
  ) {}

  /** True inside an ignored element (script, style…), whose content is not text. */
  get skippingContent(): boolean {
    return this.skipping !== null;
  }

  /** Tokenizes raw [start, end) and applies it to the builder. */
  feed(start: number, end: number): void {
    const slice = this.raw.slice(start, end);
    let tagStart = 0;
    let tagName = "";
    const closeTag = (at: number) => slice.indexOf(">", at) + 1 || slice.length;
    const tokenizer = new Tokenizer(
      { decodeEntities: true },
      {
        // htmlparser2 reports an unfinished tag at the end of input ("<p></p ") as text from -1, its "no section"
        // mark: HTML drops such a tag (eof-in-tag), so nothing is added.
        ontext: (s, e) => {
          if (s >= 0) this.text(start + s, start + Math.min(e, slice.length));
        },
        ontextentity: (cp, e) => {
          const s = slice.lastIndexOf("&", e - 1);
          this.entity(String.fromCodePoint(cp), start + s, start + e);
        },
        onopentagname: (s, e) => {
          tagStart = s - 1;
          tagName = slice.slice(s, e).toLowerCase();
        },
        onopentagend: (e) => this.tag(tagName, false, false, start + tagStart, start + e + 1),
        onselfclosingtag: (e) => this.tag(tagName, false, true, start + tagStart, start + e + 1),
        onclosetag: (s, e) => this.tag(slice.slice(s, e).toLowerCase(), true, false, start + s - 2, start + closeTag(e)),
        onattribdata: () => {},
        onattribentity: () => {},
        onattribend: () => {},
        onattribname: () => {},
        oncdata: () => {},
        oncomment: () => {},
        ondeclaration: () => {},
        onprocessinginstruction: () => {},
        onend: () => {},
      },
    );
    tokenizer.write(slice);
    tokenizer.end();
  }

  private tag(name: string, closing: boolean, selfClosing: boolean, start: number, end: number): void {
    if (this.skipping !== null) {
      if (closing && name === this.skipping) this.skipping = null;
      return;
    }
    if (!closing && !selfClosing && IGNORED.has(name)) {
      this.skipping = name;
      return;
    }
    if (name === "br") this.out.lineBreak(start, end);
    else if (BLOCK.has(name)) this.out.paragraphBreak();
    if (name === "pre") this.pre = Math.max(0, this.pre + (closing ? -1 : selfClosing ? 0 : 1));
  }

  private text(start: number, end: number): void {
    if (this.skipping !== null) return;
    const raw = this.raw;
    for (let i = start; i < end; i++) {
      const c = raw.charCodeAt(i);
      if (!isWhitespace(c)) this.out.add(raw[i], i, i + 1);
      else if (this.pre === 0) this.out.space(i, i + 1);
      else if (c === 10) this.out.lineBreak(i, i + 1);
      else if (c !== 13) this.out.add(raw[i], i, i + 1);
    }
  }

  private entity(text: string, start: number, end: number): void {
    if (this.skipping !== null) return;
    if (text.length === 1 && isWhitespace(text.charCodeAt(0)) && this.pre === 0) this.out.space(start, end);
    else this.out.add(text, start, end);
  }
}

/** Extracts the visible text of an HTML document: tags stripped, entities decoded, paragraphs from blocks. */
export function extractHtml(raw: string): Extracted {
  const out = new CleanTextBuilder();
  new HtmlFeeder(raw, out).feed(0, raw.length);
  return out.finish();
}
