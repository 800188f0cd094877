import { existsSync, readFileSync } from "node:fs";

/** One aligned segment pair of a newstest article. */
export interface SegmentPair {
  es: string;
  en: string;
}

/** The languages of the newstest es-en corpus (the eval suites built on it are written for this pair). */
export type CorpusLang = keyof SegmentPair;

/** A newstest article as the corpus stores it: paragraphs of one-to-one segment pairs. */
export interface NewstestArticle {
  id: string;
  origlang: string;
  paragraphs: SegmentPair[][];
}

/** An article side as a CMS would send it, with the offsets of every corpus segment. */
export interface BuiltSide {
  text: string;
  /** [start, end) of segment k (in corpus order, flattened over paragraphs). */
  segments: [number, number][];
  /** Paragraph index of segment k. */
  paragraphOf: number[];
}

/** Reads a JSONL file (one object per line). */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Joins a paragraph's segments with a space and paragraphs with a blank line, recording segment offsets. */
export function buildSide(paragraphs: string[][]): BuiltSide {
  let text = "";
  const segments: [number, number][] = [];
  const paragraphOf: number[] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += "\n\n";
    para.forEach((seg, k) => {
      if (k > 0) text += " ";
      segments.push([text.length, text.length + seg.length]);
      paragraphOf.push(p);
      text += seg;
    });
  });
  return { text, segments, paragraphOf };
}

/** Both sides of a newstest article. */
export function buildArticle(a: NewstestArticle): { es: BuiltSide; en: BuiltSide } {
  return {
    es: buildSide(a.paragraphs.map((p) => p.map((s) => s.es))),
    en: buildSide(a.paragraphs.map((p) => p.map((s) => s.en))),
  };
}

/** Corpus folder: $TRANSLINT_CORPUS, else ../shared/corpus beside the repo, else ../../shared/corpus (a worktree one level deeper). */
export const CORPUS_DIR = ((): string => {
  const env = process.env.TRANSLINT_CORPUS;
  if (env) return env.endsWith("/") ? env : `${env}/`;
  const near = new URL("../../../shared/corpus/", import.meta.url).pathname;
  const far = new URL("../../../../shared/corpus/", import.meta.url).pathname;
  return existsSync(near) || !existsSync(far) ? near : far;
})();

/** The paragraphs of a built side, each a list of its segments' texts (the inverse of buildSide). */
export function sideParagraphs(side: BuiltSide): string[][] {
  const out: string[][] = [];
  side.segments.forEach(([s, e], k) => {
    const p = side.paragraphOf[k];
    out[p] ??= [];
    out[p].push(side.text.slice(s, e));
  });
  return out.filter((p) => p);
}
