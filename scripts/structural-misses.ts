// Prints the planted structural misses of one kind and pair with the beads around the plant and the flags raised:
//   npx tsx scripts/structural-misses.ts de-en omission [max]
// What a reader needs to class a miss (run-in headline, a flag one bead off, a 2–1 fold, a 1–1 bead).
import { check } from "../src/checker";
import { RULES } from "../src/rules";
import type { Lang, Report } from "../src/types";
import { CORPUS_DIR } from "./eval/corpus";
import { newstestMulti } from "./eval/clean-sources";
import { pairDocs } from "./eval/structural";
import { plant, type Kind } from "./eval/structural-plants";

const [pair = "de-en", kind = "omission", max = "40"] = process.argv.slice(2);
const [from, to] = pair.split("-") as [Lang, Lang];
const STRUCTURAL = new Set(["omission", "addition", "duplicate", "untranslated"]);
const rules = RULES.filter((r) => STRUCTURAL.has(r.meta.id));
const overlaps = (s: { start: number; end: number } | undefined, r: [number, number]) => !!s && s.start < r[1] && s.end > r[0];
const cut = (t: string, n = 110) => (t.length > n ? `${t.slice(0, n)}…` : t);

let shown = 0;
let n = 0;
let hit = 0;
for (const a of pairDocs(newstestMulti(CORPUS_DIR, from, to))) {
  const p = plant(a, kind as Kind, to);
  if (!p) continue;
  n++;
  const r: Report = check({ source: { text: p.src, lang: from }, target: { text: p.tgt, lang: to } }, rules);
  const good = r.issues.filter((i) => p.rules.includes(i.ruleId) && overlaps(i[p.side], p.at));
  if (good.length) {
    hit++;
    continue;
  }
  if (shown >= Number(max)) continue;
  shown++;
  const segs = r.segments[p.side];
  const at = segs.findIndex((s) => overlaps(s, p.at));
  const k = r.alignment.findIndex((b) => (p.side === "source" ? b.source : b.target).includes(at));
  console.log(`\n### ${a.id} ${p.side} ${p.at.join("-")} seg ${at} bead ${k}`);
  for (let b = Math.max(0, k - 2); b <= Math.min(r.alignment.length - 1, k + 2); b++) {
    const bead = r.alignment[b];
    console.log(`  ${b === k ? ">" : " "} bead ${b} ${bead.source.length}-${bead.target.length} score ${bead.score}`);
    for (const i of bead.source) console.log(`      S${i}${i === at && p.side === "source" ? "*" : ""}: ${cut(r.segments.source[i].text)}`);
    for (const j of bead.target) console.log(`      T${j}${j === at && p.side === "target" ? "*" : ""}: ${cut(r.segments.target[j].text)}`);
  }
  const got = r.issues.map((i) => `${i.ruleId}:${JSON.stringify(cut((i.source ?? i.target)?.text ?? "", 50))}`);
  console.log(`  raised: ${got.join(" | ") || "nothing"}`);
}
console.log(`\n${kind} ${pair}: ${hit}/${n} (${((100 * hit) / n).toFixed(1)}%)`);
