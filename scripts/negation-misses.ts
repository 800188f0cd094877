// Why the negation rule misses planted flips: each miss classified by the first step of the rule it fails
// (the bead's shape, no main-clause negator read, another negation on the other side, a loose bead whose negated
// word has no key or no counterpart), with the negated words of loose beads by frequency.
// Usage: npx tsx scripts/negation-misses.ts es en [newstest-multi] [HEADS=n]
import { check } from "../src/checker";
import type { Lang } from "../src/types";
import { defineRule, type AlignedPair, type RuleContext } from "../src/check/rule";
import { RULES_BY_ID } from "../src/rules";
import { polarityOf, splitCount } from "../src/rules/lib/negation";
import { headCounterpart, negatedHead } from "../src/rules/negation/counterpart";
import { pairCorpora } from "./eval/clean-sources";
import { plantNegation } from "./eval/planted-checks/negation-flip";

const [from, to] = process.argv.slice(2, 4) as [Lang, Lang];
const corpusDir = process.env.CORPUS_DIR ?? "/work/shared/corpus/";
const HEADS = Number(process.env.HEADS ?? 40);
const rule = RULES_BY_ID.get("negation")!;
const steps = new Map<string, number>();
const heads = new Map<string, number>();
let why = "";
/** SHOW=n prints n loose misses whose head has no counterpart, both sides. */
const SHOW = Number(process.env.SHOW ?? 0);
let shown = 0;
/** SHOW_OTHERS=1: print the misses whose other side has a negative word instead. */
const SHOW_OTHERS = !!process.env.SHOW_OTHERS;
/** SHOW_UNREAD=1: print the misses whose negating side has no main-clause negator read. */
const SHOW_UNREAD = !!process.env.SHOW_UNREAD;

/** The step a bead fails, as the rule takes them. */
function classify(ctx: RuleContext, p: AlignedPair, negSide: "source" | "target"): string {
  if (!p.source.length || !p.target.length) return "not 1-1 (empty side)";
  if (p.source.length > 2 || p.target.length > 2 || [...p.source, ...p.target].some((s) => splitCount(s.text) > 60)) return "shape";
  const doc = ctx[negSide];
  const other = negSide === "source" ? ctx.target : ctx.source;
  const segs = p[negSide];
  const a = polarityOf(doc.text, segs[0]!.start, segs.at(-1)!.end, doc.lang, doc.pair);
  const os = p[negSide === "source" ? "target" : "source"];
  const b = polarityOf(other.text, os[0]!.start, os.at(-1)!.end, other.lang, other.pair);
  if (!a.main.length) {
    if (SHOW_UNREAD && shown++ < SHOW) console.log(`  ${doc.text.slice(segs[0]!.start, segs.at(-1)!.end)}`);
    return a.negators.length ? "negator not main" : "no negator read";
  }
  if (b.negators.length) return "other side negator";
  if (b.othersAt.length) {
    if (SHOW_OTHERS && shown++ < SHOW)
      console.log(
        `  (${p.bead.score.toFixed(2)}) ${doc.text.slice(segs[0]!.start, segs.at(-1)!.end)}\n    | ${other.text.slice(os[0]!.start, os.at(-1)!.end)}`,
      );
    return "other side negative word";
  }
  if (b.restrictiveAt.length) return "restrictive word (maybe near)";
  if (p.bead.score >= 0.9) return "confident, other?";
  const sa = { side: ctx.memo[negSide], start: segs[0]!.start, end: segs.at(-1)!.end };
  const sb = { side: ctx.memo[negSide === "source" ? "target" : "source"], start: os[0]!.start, end: os.at(-1)!.end };
  const head = negatedHead(sa, a.main[0]!);
  const after = doc.text
    .slice(a.main[0]!.start, a.main[0]!.start + 40)
    .split(/\s+/)
    .slice(0, 4)
    .join(" ");
  if (!head) {
    heads.set(`[nokey] ${after}`, (heads.get(`[nokey] ${after}`) ?? 0) + 1);
    return "loose: no keyed head";
  }
  if (!headCounterpart(sa, sb, a.main[0]!)) {
    const w = doc.text.slice(head.start, head.end).toLowerCase();
    heads.set(w, (heads.get(w) ?? 0) + 1);
    if (!SHOW_OTHERS && !SHOW_UNREAD && shown++ < SHOW)
      console.log(`  [${w}] ${doc.text.slice(sa.start, sa.end)}\n    | ${other.text.slice(sb.start, sb.end)}`);
    return "loose: head without counterpart";
  }
  return "loose: ?";
}

const probe = (at: [number, number], neg: "source" | "target") =>
  defineRule({
    ...rule,
    check(ctx) {
      const k = ctx.target.segments.findIndex((s) => s.start <= at[0] && at[0] < s.end);
      why = k < 0 ? "no segment" : classify(ctx, ctx.pairs[ctx.pairOfTarget[k]!]!, neg);
    },
  });

for (const c of pairCorpora(corpusDir, from, to).slice(0, 1)) {
  for (const d of c.docs) {
    for (let k = 0; k < d.target.segments.length; k++) {
      const p = plantNegation(d.source, d.target, k, from, to);
      if (!p) continue;
      const r = check({ source: { text: d.source.text, lang: from }, target: { text: p.target, lang: to } }, [rule]);
      if (r.issues.some((i) => i.target && i.target.start < p.at[1] && p.at[0] < i.target.end)) continue;
      if (r.issues.some((i) => !i.target && p.sourceAt && i.source && i.source.start < p.sourceAt[1] && p.sourceAt[0] < i.source.end))
        continue;
      const neg = p.sub === "added" ? "target" : "source";
      const at = p.at;
      check({ source: { text: d.source.text, lang: from }, target: { text: p.target, lang: to } }, [probe(at, neg)]);
      const key = `${p.sub} ${why}`;
      steps.set(key, (steps.get(key) ?? 0) + 1);
    }
  }
}
for (const [k, n] of [...steps].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
console.log("-- heads without counterpart (loose beads)");
for (const [k, n] of [...heads].sort((x, y) => y[1] - x[1]).slice(0, HEADS)) console.log(`${n}\t${k}`);
