// Planted omission and addition hits and clean omission/addition flags, per pair, with the structural rules only:
//   npx tsx scripts/structural-quick.ts [de-en,de-fr]
// A quick guard while working on the coverage rules (the pairs-table suite is the measure of record).
import { appendFileSync } from "node:fs";
import { check } from "../src/checker";
import { RULES } from "../src/rules";
import type { Lang } from "../src/types";
import { CORPUS_DIR, buildSide } from "./eval/corpus";
import { newstestMulti } from "./eval/clean-sources";
import { alignedPairs, pairDocs } from "./eval/structural";
import { plant, type Kind } from "./eval/structural-plants";

const ALL = "en-es,en-fr,en-de,es-en,es-fr,es-de,fr-en,fr-es,fr-de,de-en,de-es,de-fr";
const pairs = (process.argv[2] ?? ALL).split(",");
const STRUCTURAL = new Set(["omission", "addition", "duplicate", "untranslated"]);
const rules = RULES.filter((r) => STRUCTURAL.has(r.meta.id));
const overlaps = (s: { start: number; end: number } | undefined, r: [number, number]) => !!s && s.start < r[1] && s.end > r[0];
const sum = { om: 0, add: 0, clean: 0 };
/** QUICK_DUMP=file appends each clean omission/addition flag (pair, article, rule, text) to the file, for diffs. */
const DUMP = process.env.QUICK_DUMP;
for (const pair of pairs) {
  const [from, to] = pair.split("-") as [Lang, Lang];
  const docs = pairDocs(newstestMulti(CORPUS_DIR, from, to));
  const hits: Record<string, [number, number]> = {};
  for (const kind of ["omission", "addition"] as Kind[]) {
    hits[kind] = [0, 0];
    for (const a of docs) {
      const p = plant(a, kind, to);
      if (!p) continue;
      hits[kind][1]++;
      const r = check({ source: { text: p.src, lang: from }, target: { text: p.tgt, lang: to } }, rules);
      if (r.issues.some((i) => p.rules.includes(i.ruleId) && overlaps(i[p.side], p.at))) hits[kind][0]++;
    }
  }
  let clean = 0;
  let aligned = 0;
  let n = 0;
  for (const a of docs) {
    const src = buildSide(a.src);
    const tgt = buildSide(a.tgt);
    const r = check({ source: { text: src.text, lang: from }, target: { text: tgt.text, lang: to } }, rules);
    const flags = r.issues.filter((i) => i.ruleId === "omission" || i.ruleId === "addition");
    clean += flags.length;
    if (DUMP) {
      const lines = flags.map((i) => `${pair}\t${a.id}\t${i.ruleId}\t${(i.source ?? i.target)?.text.slice(0, 200)}\n`);
      appendFileSync(DUMP, lines.join(""));
    }
    aligned += alignedPairs(r, src, tgt);
    n += src.segments.length;
  }
  const pct = ([h, t]: [number, number]) => `${((100 * h) / t).toFixed(1)}% (${h})`;
  console.log(
    `${pair} omission ${pct(hits.omission)} addition ${pct(hits.addition)} clean om+add ${clean} alignment ${(aligned / n).toFixed(5)}`,
  );
  sum.om += hits.omission[0];
  sum.add += hits.addition[0];
  sum.clean += clean;
}
console.log(`total omission hits ${sum.om}, addition hits ${sum.add}, clean om+add flags ${sum.clean}`);
