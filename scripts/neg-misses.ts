// Why planted negation removals are missed: for each missed removal, the bead that holds the planted sentence, its
// score, and both sides' polarity as the negation rule reads it (a diagnostic; prints, asserts nothing).
// NEG_SUB=removed|added NEG_N=40 npx tsx scripts/neg-misses.ts [es-en|en-es]
import { check } from "../src/checker";
import { prepareCheck } from "../src/check/check";
import { RULES_BY_ID } from "../src/rules";
import { polarityOf } from "../src/rules/lib/negation";
import type { Lang } from "../src/types";
import { buildArticle, CORPUS_DIR, readJsonl, type NewstestArticle } from "./eval/corpus";
import { plantNegation } from "./eval/planted-checks/negation-flip";

const [from, to] = (process.argv[2] ?? "es-en").split("-") as ["es" | "en", "es" | "en"];
const SUB = process.env.NEG_SUB ?? "removed";
const N = Number(process.env.NEG_N ?? 40);
const rule = RULES_BY_ID.get("negation")!;
const articles = readJsonl<NewstestArticle>(`${CORPUS_DIR}newstest-es-en.dev.jsonl`);
let shown = 0;
for (const a of articles) {
  const art = buildArticle(a);
  const src = art[from];
  const tgt = art[to];
  for (let k = 0; k < tgt.segments.length && shown < N; k++) {
    const p = plantNegation(src, tgt, k, from, to);
    if (!p || p.sub !== SUB) continue;
    const req = { source: { text: src.text, lang: from }, target: { text: p.target, lang: to } };
    const r = check(req, [rule]);
    if (r.issues.some((i) => i.target && i.target.start < p.at[1] && p.at[0] < i.target.end)) continue;
    shown++;
    const ctx = prepareCheck(req).context;
    const bead = ctx.pairs.find((b) => b.target.some((s) => s.start <= p.at[0] && p.at[0] < s.end));
    if (!bead) {
      console.log(`${a.id}#${k}: no bead`);
      continue;
    }
    const side = (doc: typeof ctx.source, segs: typeof bead.source, lang: Lang) => {
      if (!segs.length) return { text: "", pol: undefined };
      const s0 = segs[0]!.start;
      const e = segs[segs.length - 1]!.end;
      const pol = polarityOf(doc.text, s0, e, lang, doc.pair);
      const w = (x: { start: number; end: number }) => doc.text.slice(x.start, x.end);
      return {
        text: doc.text.slice(s0, e),
        pol: `neg[${pol.negators.map(w)}] main[${pol.main.map(w)}] others[${pol.othersAt.map(w)}] restr[${pol.restrictiveAt.map((x) => x.toFixed(2))}]`,
      };
    };
    const s = side(ctx.source, bead.source, from);
    const t = side(ctx.target, bead.target, to);
    console.log(`${a.id}#${k} ${bead.source.length}-${bead.target.length} score ${bead.bead.score.toFixed(2)}`);
    console.log(`  S ${s.pol}\n    ${s.text.slice(0, 300)}`);
    console.log(`  T ${t.pol}\n    ${t.text.slice(0, 300)}`);
  }
  if (shown >= N) break;
}
