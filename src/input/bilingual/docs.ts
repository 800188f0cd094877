import type { Doc, Paragraph, Segment } from "../../segment/document";
import type { Locale } from "../../lang/locale";
import { pairScope, type PairScope } from "../../lang/pair";
import type { Bead, BilingualFormat } from "../../types";
import { BilingualError, parseBilingualFile, type ParsedFile } from "./parse";
import type { InlineCode, SegText } from "./seg-text";

/** The two Docs of a bilingual file and the alignment its pairing gives (one bead per segment pair). */
export interface BilingualDocs {
  source: Doc;
  target: Doc;
  alignment: Bead[];
}

/** The primary language subtag of a tag ("es-419" → "es"), lower-cased. */
export function primaryLang(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

/** The languages a file declares for its source and target, as primary subtags (null when it does not say). */
export function declaredLanguages(file: ParsedFile): { source: string | null; target: string | null } {
  const source = file.sourceLang ? primaryLang(file.sourceLang) : null;
  let target = file.targetLang ? primaryLang(file.targetLang) : null;
  if (file.kind === "tmx" && !target) {
    const others = [...new Set(file.langs.map(primaryLang))].filter((l) => l !== source);
    if (others.length === 1) target = others[0];
    if (!source && others.length === 2) return { source: others[0], target: others[1] };
  }
  return { source, target };
}

/** Reads a bilingual file into two Docs whose raw text is the file, paired as the file pairs its segments. */
export function buildBilingualDocs(raw: string, format: BilingualFormat, from: Locale, to: Locale): BilingualDocs {
  const file = parseBilingualFile(raw, format);
  const key = (locale: Locale, side: "source" | "target") => {
    if (file.kind !== "tmx") return side;
    const tag = file.langs.find((l) => primaryLang(l) === locale.lang);
    if (!tag)
      throw new BilingualError(
        "language_not_in_file",
        `The TMX file has no "${locale.lang}" variant (its languages: ${file.langs.join(", ") || "none"}).`,
      );
    return tag;
  };
  const sKey = key(from, "source");
  const tKey = key(to, "target");
  const pair = pairScope(from.lang, to.lang);
  const source = new DocBuilder(raw, from, format, pair);
  const target = new DocBuilder(raw, to, format, pair);
  const alignment: Bead[] = [];
  for (const unit of file.units) {
    source.newParagraph();
    target.newParagraph();
    for (const pair of unit.segments) {
      const s = source.add(pair.get(sKey));
      const t = target.add(pair.get(tKey));
      if (s >= 0 || t >= 0) alignment.push({ source: s >= 0 ? [s] : [], target: t >= 0 ? [t] : [], score: s >= 0 && t >= 0 ? 1 : 0 });
    }
  }
  if (alignment.length === 0) throw new BilingualError("invalid_file", "The file has no segment in either language.");
  return { source: source.doc(), target: target.doc(), alignment };
}

const SPACE = /\s/;

/** Accumulates one side's clean text, raw map, paragraphs, segments and inline codes. */
class DocBuilder {
  private parts: string[] = [];
  private length = 0;
  private starts: number[] = [];
  private ends: number[] = [];
  private paragraphs: Paragraph[] = [];
  private segments: Segment[] = [];
  private codes: (InlineCode & { segment: number; at: number })[] = [];
  private paraOpen = false;

  constructor(
    private raw: string,
    private locale: Locale,
    private format: BilingualFormat,
    private pair: PairScope,
  ) {}

  newParagraph(): void {
    this.paraOpen = false;
  }

  /** Adds a segment (trimmed; none when empty); returns its index or -1. */
  add(seg: SegText | undefined): number {
    if (!seg) return -1;
    let a = 0;
    let b = seg.text.length;
    while (a < b && SPACE.test(seg.text[a])) a++;
    while (b > a && SPACE.test(seg.text[b - 1])) b--;
    if (a === b) return -1;
    const last = this.ends.length ? this.ends[this.ends.length - 1] : 0;
    const sep = this.segments.length === 0 ? "" : this.paraOpen ? " " : "\n\n";
    for (let i = 0; i < sep.length; i++) this.push(sep[i], last, last);
    if (!this.paraOpen) this.paragraphs.push({ index: this.paragraphs.length, start: this.length, end: this.length });
    this.paraOpen = true;
    const start = this.length;
    this.parts.push(seg.text.slice(a, b));
    this.length += b - a;
    for (let i = a; i < b; i++) {
      this.starts.push(seg.starts[i]);
      this.ends.push(seg.ends[i]);
    }
    const index = this.segments.length;
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    paragraph.end = this.length;
    this.segments.push({ index, paragraph: paragraph.index, start, end: this.length, text: seg.text.slice(a, b) });
    seg.codes.forEach((c, k) => {
      if (seg.codeAt[k] >= a && seg.codeAt[k] < b) this.codes.push({ ...c, segment: index, at: start + seg.codeAt[k] - a });
    });
    return index;
  }

  private push(ch: string, s: number, e: number): void {
    this.parts.push(ch);
    this.length += ch.length;
    this.starts.push(s);
    this.ends.push(e);
  }

  doc(): Doc {
    return {
      lang: this.locale.lang,
      locale: this.locale,
      pair: this.pair,
      format: this.format,
      raw: this.raw,
      text: this.parts.join(""),
      map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) },
      paragraphs: this.paragraphs,
      segments: this.segments,
      codes: this.codes,
    };
  }
}
