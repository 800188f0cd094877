// The sentences language identification is measured on: every newstest-multi segment in English, Spanish, French
// and German, and the Brazilian Portuguese side of TICO-19 (the corpus has no other Portuguese), bucketed by length.
import { CORPUS_DIR, readJsonl } from "../corpus";

/** A sentence and the language it is written in (ISO 639-1). */
export interface LabelledSentence {
  lang: string;
  text: string;
  bucket: Bucket;
}

/** Length buckets in words. */
export const BUCKETS = ["<=5", "6-10", "11-20", ">20"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The languages measured, in print order. */
export const LANGS = ["en", "es", "fr", "de", "pt"] as const;

/** The bucket of a text by its whitespace-separated words. */
export function bucketOf(text: string): Bucket {
  const n = text.split(/\s+/).filter(Boolean).length;
  return n <= 5 ? "<=5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : ">20";
}

/** Every distinct sentence of each measured language (newlines folded to spaces). */
function allSentences(corpusDir: string): Map<string, string[]> {
  const byLang = new Map<string, Set<string>>(LANGS.map((l) => [l, new Set<string>()]));
  const add = (lang: string, text: string | undefined) => {
    const t = text?.replace(/\s+/g, " ").trim();
    if (t) byLang.get(lang)?.add(t);
  };
  for (const a of readJsonl<{ paragraphs: Record<string, string>[][] }>(`${corpusDir}newstest-multi.dev.jsonl`))
    for (const seg of a.paragraphs.flat()) for (const l of ["en", "es", "fr", "de"]) add(l, seg[l]);
  for (const d of readJsonl<{ segments: { tgt: string }[] }>(`${corpusDir}tico19-en-pt-BR.dev.jsonl`))
    for (const s of d.segments) add("pt", s.tgt);
  return new Map([...byLang].map(([l, s]) => [l, [...s]]));
}

/** At most `perCell` sentences of each language and bucket, taken evenly through the corpus order. */
export function labelledSentences(perCell: number, corpusDir = CORPUS_DIR): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const [lang, texts] of allSentences(corpusDir)) {
    for (const bucket of BUCKETS) {
      const cell = texts.filter((t) => bucketOf(t) === bucket);
      const step = Math.max(1, cell.length / perCell);
      for (let i = 0; i < cell.length; i += step) {
        const text = cell[Math.floor(i)];
        out.push({ lang, text, bucket });
      }
    }
  }
  return out;
}
