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
  constructor(readonly code: string, message: string) {
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
  const file: ParsedFile = { kind: format === "tmx" ? "tmx" : "xliff1", sourceLang: null, targetLang: null, langs: [], units: [] };
  const stack: string[] = [];
  let root: string | null = null;
  let seg: SegText | null = null;
  let segKey = "";
  let pair: Map<string, SegText> | null = null;
  let tuvLang: string | null = null;
  let code: { kind: string; id: string | null; start: number; depth: number } | null = null;
  let cdata = false;

  const parser: Parser = new Parser(
    {
      onopentag(rawName, attrs) {
        const name = local(rawName);
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (root === null) root = onRoot(file, name, attrs, format);
        else if (seg) {
          if (code) return;
          const id = codeId(name, attrs);
          const span = { start: parser.startIndex, end: parser.endIndex + 1 };
          if (name === "cp") seg.addText(String.fromCodePoint(parseInt(attrs.hex ?? "FFFD", 16) || 0xfffd), span.start, span.end);
          else if (CONTENT_CODES.has(name)) code = { kind: name, id, start: span.start, depth: stack.length };
          else if (EMPTY_CODES.has(name) || PAIRED_CODES.has(name)) seg.addCode({ kind: name, id, ...span });
        } else onStructure(name, parent, attrs);
      },
      onclosetag(rawName, implied) {
        const name = local(rawName);
        const depth = stack.length;
        stack.pop();
        if (seg && code && depth === code.depth) {
          seg.addCode({ kind: code.kind, id: code.id, start: code.start, end: parser.endIndex + 1 });
          code = null;
        } else if (seg && !code && PAIRED_CODES.has(name) && !implied) {
          seg.addCode({ kind: `/${name}`, id: null, start: parser.startIndex, end: parser.endIndex + 1 });
        } else if (seg && depth === segDepth) {
          pair?.set(segKey, seg);
          seg = null;
        } else if (!seg) onStructureEnd(name);
      },
      ontext(data) {
        if (!seg || code) return;
        if (cdata) seg.addText(data, parser.startIndex + 9, parser.endIndex - 2);
        else seg.addText(data, parser.startIndex, parser.endIndex + 1);
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  );

  let segDepth = -1;
  let skip = 0;
  const startSeg = (key: string) => {
    seg = new SegText();
    segKey = key;
    segDepth = stack.length;
  };
  function onStructure(name: string, parent: string | undefined, attrs: Record<string, string>): void {
    if (skip) return;
    if (name === "alt-trans" || name === "seg-source" || name === "matches" || name === "glossary" || name === "note") {
      skip = stack.length;
    } else if (file.kind === "xliff1") {
      if (name === "file") {
        file.sourceLang ??= attrs["source-language"] ?? null;
        file.targetLang ??= attrs["target-language"] ?? null;
      } else if (name === "trans-unit") {
        pair = new Map();
        file.units.push({ segments: [pair] });
      } else if ((name === "source" || name === "target") && parent === "trans-unit") startSeg(name);
    } else if (file.kind === "xliff2") {
      if (name === "unit") file.units.push({ segments: [] });
      else if (name === "segment" && file.units.length) {
        pair = new Map();
        file.units[file.units.length - 1].segments.push(pair);
      } else if ((name === "source" || name === "target") && parent === "segment") startSeg(name);
    } else if (name === "header") {
      file.sourceLang = attrs.srclang && attrs.srclang !== "*all*" ? attrs.srclang : null;
    } else if (name === "tu") {
      pair = new Map();
      file.units.push({ segments: [pair] });
    } else if (name === "tuv") {
      tuvLang = attrs["xml:lang"] ?? attrs.lang ?? null;
      if (tuvLang && !file.langs.includes(tuvLang)) file.langs.push(tuvLang);
    } else if (name === "seg" && parent === "tuv" && tuvLang) startSeg(tuvLang);
  }
  function onStructureEnd(name: string): void {
    if (skip && stack.length < skip) skip = 0;
    else if (name === "trans-unit" || name === "segment" || name === "tu") pair = null;
  }

  parser.end(raw);
  if (root === null) throw new BilingualError("invalid_file", `The file is not ${format === "tmx" ? "a TMX" : "an XLIFF"} document (no root element).`);
  if (file.units.length === 0) throw new BilingualError("invalid_file", "The file has no translation units.");
  return file;
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
