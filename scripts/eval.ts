// Measures translint on the real corpus in ../shared/corpus (read in place, never copied).
// Usage: npm run eval -- [path/to/newstest-es-en.dev.jsonl] [--only name,name] [--limit N]
import { dirname, resolve } from "node:path";
import { CORPUS_DIR, readJsonl, type NewstestArticle } from "./eval/corpus";
import { EVAL_MODULES } from "./eval/index";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = flag("--only")?.split(",");
const limit = Number(flag("--limit") ?? Infinity);
const file = resolve(args[0] ?? `${CORPUS_DIR}newstest-es-en.dev.jsonl`);
const articles = readJsonl<NewstestArticle>(file).slice(0, limit);
const ctx = { articles, corpusDir: `${dirname(file)}/` };

console.log(`translint eval: ${articles.length} articles from ${file}`);
for (const m of EVAL_MODULES) {
  if (only ? !only.includes(m.name) : m.onRequest) continue;
  console.log(`\n== ${m.name} ==`);
  await m.run(ctx);
}
