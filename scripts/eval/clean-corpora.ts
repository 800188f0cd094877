// Eval "clean": the whole check on every clean es/en corpus (professional translations), per 100 sentence pairs:
// major+critical, minor, fixes applied, and issues per rule. Targets: fixes <= 0.3, major+critical <= 0.5,
// minor <= 3 on every corpus. Env: CLEAN_TUNED_ONLY=1 runs only the corpora the rules were tuned on (newstest,
// wmt24); CLEAN_HALF=tune|measure keeps the even or odd newstest-multi articles (read flags on one, measure on the
// other); CLEAN_SHOW=rule-id[,rule-id] prints those rules' issues in context; CLEAN_SHOW=fixes prints every fix.
import { check } from "../../src/checker";
import type { Issue, Report } from "../../src/types";
import { RULES } from "../../src/rules";
import { cleanCorpora, pairCorpora, type Corpus, type CorpusDoc } from "./clean-sources";
import type { EvalModule } from "./types";

const SHOW = new Set((process.env.CLEAN_SHOW ?? "").split(",").filter(Boolean));
const FIXABLE = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id));

/** Runs the full check on one corpus document. */
export function checkDoc(d: CorpusDoc): Report {
  return check({ source: { text: d.source.text, lang: d.from }, target: { text: d.target.text, lang: d.to } });
}

/** The issues whose fix lands in `fixed` (fixable rule, a change, leftmost of overlapping ones wins). */
export function appliedFixes(issues: Issue[]): Issue[] {
  const cands = issues.filter((i) => FIXABLE.has(i.ruleId) && i.target && i.suggestion && i.suggestion.text !== i.target.text);
  cands.sort((a, b) => a.target!.start - b.target!.start);
  const out: Issue[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const i of cands) {
    if (i.target!.start < lastEnd || i.target!.start === lastStart) continue;
    out.push(i);
    lastStart = i.target!.start;
    lastEnd = i.target!.end;
  }
  return out;
}

/** One issue in context, for reading. */
export function inContext(text: string, span: { start: number; end: number }, reach = 70): string {
  const s = `${text.slice(Math.max(0, span.start - reach), span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, span.end + reach)}`;
  return s.replace(/\n/g, "¶");
}

function show(d: CorpusDoc, i: Issue, fixed: boolean): void {
  if (!(SHOW.has(i.ruleId) || (fixed && SHOW.has("fixes")))) return;
  const span = i.target ?? i.source!;
  const text = i.target ? d.target.text : d.source.text;
  const fix = fixed ? ` FIX -> «${i.suggestion!.text}»` : "";
  console.log(`   ${d.id} ${i.ruleId} ${i.severity}${fix}: ${i.message}\n      ${inContext(text, span)}`);
}

interface Tally {
  pairs: number;
  major: number;
  minor: number;
  fixes: number;
  byRule: Map<string, number>;
}

function tally(c: Corpus): Tally {
  const t: Tally = { pairs: 0, major: 0, minor: 0, fixes: 0, byRule: new Map() };
  for (const d of c.docs) {
    const report = checkDoc(d);
    t.pairs += d.pairs;
    const fixes = new Set(appliedFixes(report.issues));
    t.fixes += fixes.size;
    for (const i of report.issues) {
      if (i.severity === "minor") t.minor++;
      else t.major++;
      t.byRule.set(i.ruleId, (t.byRule.get(i.ruleId) ?? 0) + 1);
      show(d, i, fixes.has(i));
    }
  }
  return t;
}

const clean: EvalModule = {
  name: "clean",
  run(ctx) {
    const corpora = ctx.pair
      ? pairCorpora(ctx.corpusDir, ctx.pair.from, ctx.pair.to)
      : cleanCorpora(ctx.articles, ctx.corpusDir, !process.env.CLEAN_TUNED_ONLY);
    console.log("per 100 sentence pairs (targets: major+critical <= 0.5, minor <= 3, fixes <= 0.3)");
    console.log(
      `${"corpus".padEnd(24)} ${"set".padEnd(8)} ${"pairs".padStart(6)} ${"maj+crit".padStart(8)} ${"minor".padStart(6)} ${"fixes".padStart(6)}  rules`,
    );
    for (const c of corpora) {
      const t = tally(c);
      const per100 = (n: number) => ((100 * n) / Math.max(1, t.pairs)).toFixed(2);
      const rules = [...t.byRule]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([id, n]) => `${id} ${per100(n)}`)
        .join(", ");
      console.log(
        `${c.name.padEnd(24)} ${(c.tuned ? "tuned" : "measure").padEnd(8)} ${String(t.pairs).padStart(6)} ${per100(t.major).padStart(8)} ${per100(t.minor).padStart(6)} ${per100(t.fixes).padStart(6)}  ${rules}`,
      );
    }
  },
};

export default clean;
