// Article pairs for the fuzzer, read in place from ../shared/corpus (never copied into the repo).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Lang } from "../../src/types";
import { CORPUS_DIR, readJsonl, type NewstestArticle } from "../eval/corpus";

/** An article as paragraphs of sentences, both sides (sentence lists may differ in length within a paragraph). */
export interface ArticlePair {
  id: string;
  from: Lang;
  to: Lang;
  source: string[][];
  target: string[][];
}

interface Wmt24 {
  id: string;
  paragraphs: { en: string; es: string }[];
}
interface Tico {
  id: string;
  segments: { en: string; tgt: string }[];
}

const SENTENCE_END = /(?<=[.?!…])\s+(?=[¿¡"“«(]?\p{Lu})/u;

/** Loads every es-en pair of newstest (both directions), wmt24 (en→es, paragraphs split into sentences) and tico19 es. */
export function loadPairs(): ArticlePair[] {
  const out: ArticlePair[] = [];
  const newstest = `${CORPUS_DIR}newstest-es-en.dev.jsonl`;
  for (const a of existsSync(newstest) ? readJsonl<NewstestArticle>(newstest) : []) {
    const es = a.paragraphs.map((p) => p.map((s) => s.es));
    const en = a.paragraphs.map((p) => p.map((s) => s.en));
    out.push({ id: a.id, from: "es", to: "en", source: es, target: en });
    out.push({ id: a.id, from: "en", to: "es", source: en, target: es });
  }
  const wmt = `${CORPUS_DIR}wmt24-en-es.jsonl`;
  if (existsSync(wmt)) {
    for (const a of readJsonl<Wmt24>(wmt)) {
      out.push({
        id: a.id,
        from: "en",
        to: "es",
        source: a.paragraphs.map((p) => p.en.split(SENTENCE_END)),
        target: a.paragraphs.map((p) => p.es.split(SENTENCE_END)),
      });
    }
  }
  const tico = `${CORPUS_DIR}tico19-en-es-419.dev.jsonl`;
  if (existsSync(tico)) {
    for (const a of readJsonl<Tico>(tico)) {
      // No paragraph marks: every five segments make one paragraph.
      const en: string[][] = [];
      const es: string[][] = [];
      a.segments.forEach((s, k) => {
        if (k % 5 === 0) {
          en.push([]);
          es.push([]);
        }
        en[en.length - 1].push(s.en);
        es[es.length - 1].push(s.tgt);
      });
      out.push({ id: a.id, from: "en", to: "es", source: en, target: es });
    }
  }
  if (out.length === 0) {
    console.warn(`fuzz: no corpus in ${CORPUS_DIR} (set TRANSLINT_CORPUS); mutating the project's own fixtures instead`);
    return fixturePairs();
  }
  return out;
}

/** The project's fixtures (each fixtures folder named from-to-kind with source.txt and target.txt), split into paragraphs and sentences. */
function fixturePairs(): ArticlePair[] {
  const dir = new URL("../../fixtures/", import.meta.url).pathname;
  const split = (t: string) => t.split(/\n\s*\n/).map((p) => p.split(SENTENCE_END));
  return readdirSync(dir)
    .filter((d) => existsSync(`${dir}${d}/target.txt`))
    .map((d) => ({
      id: d,
      from: d.slice(0, 2) as Lang,
      to: d.slice(3, 5) as Lang,
      source: split(readFileSync(`${dir}${d}/source.txt`, "utf8")),
      target: split(readFileSync(`${dir}${d}/target.txt`, "utf8")),
    }));
}
