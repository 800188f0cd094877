// Measures translint on the real corpus in ../shared/corpus (read in place, never copied).
// Usage: npm run eval -- [path/to/newstest-es-en.dev.jsonl] [--only name,name] [--limit N] [--pair fr-en]
// (--pair: suites that support it, "clean", "planted-checks", "structural", "segmentation", "punctuation-planted"
// and "pairs-table", measure that direction on newstest-multi and, for clean and planted-checks, its other corpora.
// "pairs-table", run only when named, prints issue 14's targets for all 12 pairs among en, es, fr, de.)
import { dirname, resolve } from "node:path";
import { CORPUS_DIR, readJsonl, type NewstestArticle } from "./eval/corpus";
import { EVAL_MODULES } from "./eval/index";
import { isSupported } from "../src/lang/registry";
import type { Lang } from "../src/types";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = flag("--only")?.split(",");
const limit = Number(flag("--limit") ?? Infinity);
const pairFlag = flag("--pair");
const [from, to] = (pairFlag ?? "").split("-");
if (pairFlag && (!from || !to || from === to || !isSupported(from) || !isSupported(to)))
  throw new Error(`--pair ${pairFlag}: two different supported languages, e.g. fr-en`);
const file = resolve(args[0] ?? `${CORPUS_DIR}newstest-es-en.dev.jsonl`);
const articles = readJsonl<NewstestArticle>(file).slice(0, limit);
const ctx = { articles, corpusDir: `${dirname(file)}/`, pair: pairFlag ? { from: from as Lang, to: to as Lang } : undefined };

console.log(`translint eval: ${articles.length} articles from ${file}${pairFlag ? `, pair ${pairFlag}` : ""}`);
for (const m of EVAL_MODULES) {
  if (only ? !only.includes(m.name) : m.onRequest) continue;
  console.log(`\n== ${m.name} ==`);
  await m.run(ctx);
}
