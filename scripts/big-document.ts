// Builds the 6,003-sentence-pair document of issue 16: the first 6,003 sentence pairs of
// newstest-es-en.dev.jsonl (read in place from ../shared/corpus), paragraphs kept, joined into one article
// pair, written as source.txt (es) and target.txt (en) into a fresh temp folder (never into the repo).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS_DIR } from "./eval/corpus";
import { buildSide, readJsonl, type NewstestArticle, type SegmentPair } from "./eval/corpus";

/** Sentence pairs in the document. */
export const BIG_DOCUMENT_PAIRS = 6003;

/** Writes the document into a new temp folder and returns the two file paths. */
export function writeBigDocument(pairs = BIG_DOCUMENT_PAIRS): { dir: string; source: string; target: string } {
  const articles = readJsonl<NewstestArticle>(join(CORPUS_DIR, "newstest-es-en.dev.jsonl"));
  const paras: SegmentPair[][] = [];
  let count = 0;
  for (const a of articles) {
    for (const p of a.paragraphs) {
      if (count >= pairs) break;
      const take = p.slice(0, pairs - count);
      paras.push(take);
      count += take.length;
    }
  }
  if (count < pairs) throw new Error(`the corpus has only ${count} sentence pairs`);
  const dir = mkdtempSync(join(tmpdir(), "translint-6003-"));
  const source = join(dir, "source.txt");
  const target = join(dir, "target.txt");
  writeFileSync(source, buildSide(paras.map((p) => p.map((s) => s.es))).text);
  writeFileSync(target, buildSide(paras.map((p) => p.map((s) => s.en))).text);
  return { dir, source, target };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { source, target } = writeBigDocument();
  console.log(`${source}\n${target}`);
}
