import type { InlineCode } from "../input/bilingual/seg-text";
import { localeOf, type Locale } from "../lang/locale";
import { pairScope, type PairScope } from "../lang/pair";
import type { Format, InputFormat, Lang } from "../types";
import { extractText } from "../input/extract";
import { segmentParagraph } from "./segment";

/** A paragraph of a document, in clean-text offsets. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence of a document, in clean-text offsets; `text === doc.text.slice(start, end)`. */
export interface Segment {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A segmented document: the raw submission, its clean text and the map between them. */
export interface Doc {
  lang: Lang;
  /** The resolved tag of this side: its language and region (regional conventions). */
  locale: Locale;
  /** The languages of the check this side belongs to (its own and the other side's): what tables of words join. */
  pair: PairScope;
  format: InputFormat;
  raw: string;
  /** Plain text that the rules read: markup removed, entities decoded (equal to `raw` for format "text"). */
  text: string;
  /** Raw offsets of each clean character: `[starts[i], ends[i])` produced clean character i. Null means identity. */
  map: { starts: Int32Array; ends: Int32Array } | null;
  paragraphs: Paragraph[];
  segments: Segment[];
  /** Inline codes of a bilingual file (XLIFF/TMX tags), each at a CODE_CHAR of `text`; absent for other formats. */
  codes?: DocCode[];
}

/** An inline code of a bilingual Doc: the segment it is in and its clean offset (a CODE_CHAR). */
export type DocCode = InlineCode & { segment: number; at: number };

/**
 * Extracts, splits into paragraphs and segments one side of a request (a bare language or a resolved locale);
 * `other` is the other side's language (by default none: the text is read alone).
 */
export function buildDoc(raw: string, langOrLocale: Lang | Locale, format: Format = "text", other?: Lang): Doc {
  const locale = typeof langOrLocale === "string" ? localeOf(langOrLocale) : langOrLocale;
  const lang = locale.lang;
  const { text, map, paragraphs } = extractText(raw, format);
  const segments: Segment[] = [];
  for (const p of paragraphs) {
    for (const [s, e] of segmentParagraph(text, p.start, p.end, lang)) {
      segments.push({ index: segments.length, paragraph: p.index, start: s, end: e, text: text.slice(s, e) });
    }
  }
  return { lang, locale, pair: pairScope(lang, other), format, raw, text, map, paragraphs, segments };
}

/** Maps a clean-text span to raw offsets (end exclusive). */
export function toRawSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  if (!doc.map) return { start, end };
  const { starts, ends } = doc.map;
  if (start >= doc.text.length) return { start: doc.raw.length, end: doc.raw.length };
  const s = starts[start];
  return { start: s, end: end > start ? ends[end - 1] : s };
}
