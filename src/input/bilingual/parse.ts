import { Parser } from "htmlparser2";
import { SegText } from "./seg-text";

/** One translation unit of a bilingual file: a paragraph, and its segments by side (XLIFF) or language (TMX). */
export interface ParsedUnit {
  /** Segment pairs of the unit, in order; each maps a side key ("source"/"target", or a TMX language) to its text. */
  segments: Map<string, SegText>[];
}

/** A parsed XLIFF or TMX file: declared languages and its units. */
export interface ParsedFile {
  kind: "xliff1" | "xliff2" | "tmx";
  /** Languages the file declares for its source and target (XLIFF), or its header srclang (TMX); raw tags. */
  sourceLang: string | null;
  targetLang: string | null;
  /** Every language a TMX file's tuv elements use, in order of appearance. */
  langs: string[];
  units: ParsedUnit[];
}

/** A file that is not a readable XLIFF 1.2/2.x or TMX 1.4 document. */
export class BilingualError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Inline elements whose content is native code (not text): the whole element becomes one code. */
const CONTENT_CODES = new Set(["ph", "bpt", "ept", "it", "ut"]);
/** Empty inline elements that are codes. */
const EMPTY_CODES = new Set(["x", "bx", "ex", "sc", "ec", "ph"]);
/** Paired elements whose content is text: their opening and closing tags are two codes. */
const PAIRED_CODES = new Set(["g", "pc", "hi"]);

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Parses an XLIFF 1.2, XLIFF 2.x or TMX 1.4 file (htmlparser2 in XML mode: it gives every token's raw offsets). */
export function parseBilingualFile(raw: string, format: "xliff" | "tmx"): ParsedFile {
  const reader = new FileReader(format);
  const parser: Parser = new Parser(
    {
      onopentag: (rawName, attrs) => reader.openTag(rawName, attrs),
      onclosetag: (rawName, implied) => reader.closeTag(rawName, implied),
      ontext: (data) => reader.text(data),
      oncdatastart() {
        reader.cdata = true;
      },
      oncdataend() {
        reader.cdata = false;
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  );
  reader.parser = parser;
  parser.end(raw);
  const file = reader.file;
  if (reader.root === null)
    throw new BilingualError("invalid_file", `The file is not ${format === "tmx" ? "a TMX" : "an XLIFF"} document (no root element).`);
  if (file.units.length === 0) throw new BilingualError("invalid_file", "The file has no translation units.");
  return file;
}

/** The parser's listener: keeps the open elements and the segment being read, and fills the ParsedFile. */
class FileReader {
  readonly file: ParsedFile;
  /** The parser whose events this reader gets (its indices are the raw offsets of the current token). */
  parser!: Parser;
  root: string | null = null;
  /** Inside a CDATA section (its text starts 9 units after the token and ends 2 before its end). */
  cdata = false;
  private readonly stack: string[] = [];
  private seg: SegText | null = null;
  private segKey = "";
  private segDepth = -1;
  private pair: Map<string, SegText> | null = null;
  private tuvLang: string | null = null;
  private code: { kind: string; id: string | null; start: number; depth: number } | null = null;
  /** Depth of an element whose content is skipped (alternatives, notes), 0 when none. */
  private skip = 0;

  constructor(private readonly format: "xliff" | "tmx") {
    this.file = { kind: format === "tmx" ? "tmx" : "xliff1", sourceLang: null, targetLang: null, langs: [], units: [] };
  }

  openTag(rawName: string, attrs: Record<string, string>): void {
    const { stack, seg, parser } = this;
    const name = local(rawName);
    const parent = stack[stack.length - 1];
    stack.push(name);
    if (this.root === null) this.root = onRoot(this.file, name, attrs, this.format);
    else if (seg) {
      if (this.code) return;
      const id = codeId(name, attrs);
      const span = { start: parser.startIndex, end: parser.endIndex + 1 };
      if (name === "cp") seg.addText(String.fromCodePoint(parseInt(attrs.hex ?? "FFFD", 16) || 0xfffd), span.start, span.end);
      else if (CONTENT_CODES.has(name)) this.code = { kind: name, id, start: span.start, depth: stack.length };
      else if (EMPTY_CODES.has(name) || PAIRED_CODES.has(name)) seg.addCode({ kind: name, id, ...span });
    } else this.structure(name, parent, attrs);
  }

  closeTag(rawName: string, implied: boolean): void {
    const { stack, seg, code, parser } = this;
    const name = local(rawName);
    const depth = stack.length;
    stack.pop();
    if (seg && code && depth === code.depth) {
      seg.addCode({ kind: code.kind, id: code.id, start: code.start, end: parser.endIndex + 1 });
      this.code = null;
    } else if (seg && !code && PAIRED_CODES.has(name) && !implied) {
      seg.addCode({ kind: `/${name}`, id: null, start: parser.startIndex, end: parser.endIndex + 1 });
    } else if (seg && depth === this.segDepth) {
      this.pair?.set(this.segKey, seg);
      this.seg = null;
    } else if (!seg) this.structureEnd(name);
  }

  text(data: string): void {
    const { seg, parser } = this;
    if (!seg || this.code) return;
    if (this.cdata) seg.addText(data, parser.startIndex + 9, parser.endIndex - 2);
    else seg.addText(data, parser.startIndex, parser.endIndex + 1);
  }

  private startSeg(key: string): void {
    this.seg = new SegText();
    this.segKey = key;
    this.segDepth = this.stack.length;
  }

  /** A new unit, segment pair, or segment, by the file's kind; skipped content opens nothing. */
  private structure(name: string, parent: string | undefined, attrs: Record<string, string>): void {
    if (this.skip) return;
    if (name === "alt-trans" || name === "seg-source" || name === "matches" || name === "glossary" || name === "note") {
      this.skip = this.stack.length;
    } else if (this.file.kind === "xliff1") this.xliff1(name, parent, attrs);
    else if (this.file.kind === "xliff2") this.xliff2(name, parent);
    else this.tmx(name, parent, attrs);
  }

  private xliff1(name: string, parent: string | undefined, attrs: Record<string, string>): void {
    const file = this.file;
    if (name === "file") {
      file.sourceLang ??= attrs["source-language"] ?? null;
      file.targetLang ??= attrs["target-language"] ?? null;
    } else if (name === "trans-unit") {
      this.pair = new Map();
      file.units.push({ segments: [this.pair] });
    } else if ((name === "source" || name === "target") && parent === "trans-unit") this.startSeg(name);
  }

  private xliff2(name: string, parent: string | undefined): void {
    const file = this.file;
    if (name === "unit") file.units.push({ segments: [] });
    else if (name === "segment" && file.units.length) {
      this.pair = new Map();
      file.units[file.units.length - 1].segments.push(this.pair);
    } else if ((name === "source" || name === "target") && parent === "segment") this.startSeg(name);
  }

  private tmx(name: string, parent: string | undefined, attrs: Record<string, string>): void {
    const file = this.file;
    if (name === "header") {
      file.sourceLang = attrs.srclang && attrs.srclang !== "*all*" ? attrs.srclang : null;
    } else if (name === "tu") {
      this.pair = new Map();
      file.units.push({ segments: [this.pair] });
    } else if (name === "tuv") {
      this.tuvLang = attrs["xml:lang"] ?? attrs.lang ?? null;
      if (this.tuvLang && !file.langs.includes(this.tuvLang)) file.langs.push(this.tuvLang);
    } else if (name === "seg" && parent === "tuv" && this.tuvLang) this.startSeg(this.tuvLang);
  }

  private structureEnd(name: string): void {
    if (this.skip && this.stack.length < this.skip) this.skip = 0;
    else if (name === "trans-unit" || name === "segment" || name === "tu") this.pair = null;
  }
}

/** Checks the root element against the format and reads its version and languages; returns its name. */
function onRoot(file: ParsedFile, name: string, attrs: Record<string, string>, format: "xliff" | "tmx"): string {
  if (format === "tmx") {
    if (name !== "tmx") throw new BilingualError("invalid_file", `A TMX file starts with <tmx>, not <${name}>.`);
    return name;
  }
  if (name !== "xliff") throw new BilingualError("invalid_file", `An XLIFF file starts with <xliff>, not <${name}>.`);
  const version = attrs.version ?? "";
  if (/^2\.\d$/.test(version)) {
    file.kind = "xliff2";
    file.sourceLang = attrs.srcLang ?? null;
    file.targetLang = attrs.trgLang ?? null;
  } else if (!/^1\.[0-2]$/.test(version))
    throw new BilingualError("invalid_file", `XLIFF version "${version}" is not supported (1.2 and 2.x are).`);
  return name;
}

/** The id that pairs a code across languages and with its partner: bpt/ept by i (TMX), ec by startRef, bx/ex by rid. */
function codeId(name: string, attrs: Record<string, string>): string | null {
  if (name === "ec") return attrs.startRef ?? attrs.id ?? null;
  if (name === "bx" || name === "ex") return attrs.rid ?? attrs.id ?? null;
  return attrs.i ?? attrs.id ?? attrs.x ?? null;
}
