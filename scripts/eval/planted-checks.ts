// Eval "planted-checks": defects planted in copies of the clean newstest articles for the checks of issue 13
// (an unknown acronym dropped, a number word changed, a negation added or removed), both directions, and the
// share flagged at the right place by the rule meant to catch each. The generators know only the language, not
// the rules: they find their targets with their own word lists and patterns. EVAL_MISSES=n prints n misses per
// kind and direction; EVAL_HITS=n prints n hits; EVAL_KINDS=rule-id[,rule-id] runs only the kinds of those rules.
// --pair xx-yy: that direction on each of its clean corpora (newstest-multi, TICO-19 from English, bio-mqm
// references); the generators read the languages' words from ./planted-checks/lexicon.
import { check } from "../../src/checker";
import type { Lang } from "../../src/types";
import { RULES_BY_ID } from "../../src/rules";
import { buildArticle, type BuiltSide } from "./corpus";
import { inContext } from "./clean-corpora";
import { pairCorpora } from "./clean-sources";
import { PLANT_KINDS, type Plant } from "./planted-checks/kinds";
import type { EvalContext, EvalModule } from "./types";

/** One set of article pairs in one direction, as planted. */
interface PlantSet {
  name: string;
  from: Lang;
  to: Lang;
  docs: { id: string; src: BuiltSide; tgt: BuiltSide }[];
}

/** Without --pair: newstest es-en both ways; with it: that direction's clean corpora. */
function plantSets(ctx: EvalContext): PlantSet[] {
  if (ctx.pair) {
    const { from, to } = ctx.pair;
    return pairCorpora(ctx.corpusDir, from, to).map((c) => ({
      name: c.name,
      from,
      to,
      docs: c.docs.map((d) => ({ id: d.id, src: d.source, tgt: d.target })),
    }));
  }
  const built = ctx.articles.map((a) => ({ id: a.id, art: buildArticle(a) }));
  return (["es", "en"] as const).map((from) => {
    const to = from === "es" ? "en" : "es";
    return { name: `${from}->${to}`, from, to, docs: built.map((b) => ({ id: b.id, src: b.art[from], tgt: b.art[to] })) };
  });
}
const MISSES = Number(process.env.EVAL_MISSES ?? 0);
const HITS = Number(process.env.EVAL_HITS ?? 0);
const KINDS = process.env.EVAL_KINDS?.split(",");

/** True when an issue of `ruleId` lies at the plant: its target span overlaps the change, or its source span the source anchor. */
function flaggedAt(issues: ReturnType<typeof check>["issues"], ruleId: string, p: Plant): boolean {
  return issues.some(
    (i) =>
      i.ruleId === ruleId &&
      ((i.target && i.target.start < p.at[1] && p.at[0] < i.target.end) ||
        (!i.target && p.sourceAt && i.source && i.source.start < p.sourceAt[1] && p.sourceAt[0] < i.source.end)),
  );
}

const module: EvalModule = {
  name: "planted-checks",
  run(ctx) {
    const sets = plantSets(ctx);
    for (const kind of PLANT_KINDS) {
      const rule = RULES_BY_ID.get(kind.ruleId);
      if (!rule || (KINDS && !KINDS.includes(kind.ruleId))) continue;
      for (const d of sets) {
        let candidates = 0;
        let hits = 0;
        const shown = { miss: 0, hit: 0 };
        const bySub = new Map<string, [number, number]>();
        for (const a of d.docs) {
          const { src, tgt } = a;
          for (let k = 0; k < tgt.segments.length; k++) {
            const p = kind.plant(src, tgt, k, d.from, d.to);
            if (!p) continue;
            candidates++;
            const r = check({ source: { text: src.text, lang: d.from }, target: { text: p.target, lang: d.to } }, [rule]);
            const ok = flaggedAt(r.issues, kind.ruleId, p);
            if (ok) hits++;
            const sub = bySub.get(p.sub ?? "") ?? [0, 0];
            sub[0]++;
            if (ok) sub[1]++;
            bySub.set(p.sub ?? "", sub);
            const show = ok ? shown.hit++ < HITS : shown.miss++ < MISSES;
            if (show)
              console.log(
                `   ${ok ? "hit " : "miss"} ${a.id}#${k} ${p.sub ?? ""}: ${inContext(p.target, { start: p.at[0], end: p.at[1] })}`,
              );
          }
        }
        const pct = (h: number, n: number) => (n ? ((100 * h) / n).toFixed(1) : "n/a");
        const subs = [...bySub]
          .filter(([s]) => s)
          .sort()
          .map(([s, [n, h]]) => `${s} ${h}/${n} = ${pct(h, n)}%`)
          .join("; ");
        console.log(
          `${kind.name} ${d.name}: ${candidates} planted, flagged at the right place by ${kind.ruleId} ${hits} = ${pct(hits, candidates)}%${subs ? ` (${subs})` : ""}`,
        );
      }
    }
  },
};
export default module;
