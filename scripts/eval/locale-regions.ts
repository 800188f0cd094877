// Eval "locale-regions": flags of the locale rules on clean professional translations when the target is
// named by its region (TICO-19 en→es-419, newstest en→es-ES) or by its bare language. Reads the corpus in place.
// Set EVAL_SAMPLES=n to print n number-format messages per target tag.
import { existsSync } from "node:fs";
import { check } from "../../src/checker";
import { buildSide, readJsonl } from "./corpus";
import type { EvalContext, EvalModule } from "./types";

/** The rules whose output depends on the target's regional conventions. */
const LOCALE_RULES = ["number-format", "quote-style", "punctuation-spacing"];
const SAMPLES = Number(process.env.EVAL_SAMPLES ?? 0);
/** EVAL_TARGETS=es,es-419 restricts the target tags measured. */
const ONLY = process.env.EVAL_TARGETS?.split(",");
const wanted = (tags: string[]) => tags.filter((t) => !ONLY || ONLY.includes(t));

interface TicoDoc {
  id: string;
  target: string;
  segments: { en: string; tgt: string }[];
}

/** An article pair (source en, target text) and its sentence-pair count. */
interface Pair {
  source: string;
  target: string;
  pairs: number;
}

/** TICO-19 documents as article pairs: one paragraph per segment (the corpus has no paragraph marks). */
function ticoPairs(file: string): Pair[] {
  return readJsonl<TicoDoc>(file).map((d) => ({
    source: buildSide(d.segments.map((s) => [s.en])).text,
    target: buildSide(d.segments.map((s) => [s.tgt])).text,
    pairs: d.segments.length,
  }));
}

/** Per-100-pair flag counts of the locale rules for one target tag. */
function measure(name: string, pairs: Pair[], to: string): void {
  const counts = new Map<string, number>(LOCALE_RULES.map((r) => [r, 0]));
  let total = 0;
  const samples: string[] = [];
  for (const p of pairs) {
    total += p.pairs;
    const report = check({ source: { text: p.source, lang: "en" }, target: { text: p.target, lang: to } });
    for (const i of report.issues) {
      if (!counts.has(i.ruleId)) continue;
      counts.set(i.ruleId, counts.get(i.ruleId)! + 1);
      if (i.ruleId === "number-format" && samples.length < SAMPLES) samples.push(`  ${i.target?.text} — ${i.message}`);
    }
  }
  const per100 = (n: number) => ((100 * n) / total).toFixed(2).padStart(8);
  console.log(`${`${name} en→${to}`.padEnd(34)}${String(total).padStart(6)}${LOCALE_RULES.map((r) => per100(counts.get(r)!)).join("")}`);
  for (const s of samples) console.log(s);
}

const module: EvalModule = {
  name: "locale-regions",
  run(ctx: EvalContext) {
    console.log(`flags per 100 sentence pairs on clean translations (target named by region or by language)`);
    console.log(
      `${"corpus and target tag".padEnd(34)}${"pairs".padStart(6)}${LOCALE_RULES.map((r) => r.slice(0, 7).padStart(8)).join("")}`,
    );
    const tico = `${ctx.corpusDir}tico19-en-es-419.dev.jsonl`;
    if (existsSync(tico)) {
      const pairs = ticoPairs(tico);
      for (const to of wanted(["es", "es-419", "es-MX", "es-ES"])) measure("TICO-19", pairs, to);
    }
    const news = ctx.articles.map((a) => ({
      source: buildSide(a.paragraphs.map((p) => p.map((s) => s.en))).text,
      target: buildSide(a.paragraphs.map((p) => p.map((s) => s.es))).text,
      pairs: a.paragraphs.reduce((n, p) => n + p.length, 0),
    }));
    for (const to of wanted(["es", "es-ES"])) measure("newstest", news, to);
  },
};
export default module;
