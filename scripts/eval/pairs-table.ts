// Eval "pairs-table" (on request): issue 14's targets for every ordered pair among en, es, fr, de on
// newstest-multi, one row per pair: alignment accuracy (target >= 0.99), the lowest share of a planted structural
// kind and of a planted punctuation kind flagged at the right place (targets >= 95%), and clean major+critical
// (<= 1) and minor (<= 5) per 100 sentence pairs. It reuses the suites' own measures: alignedPairs and the
// planted kinds of "structural", the planted kinds of "punctuation-planted", the full check of "clean".
// --pair xx-yy: that row only. PAIRS_DETAIL=1 prints every kind's share under each row.
import { RULES } from "../../src/rules";
import type { Lang } from "../../src/types";
import { checkDoc } from "./clean-corpora";
import { newstestMulti } from "./clean-sources";
import { PUNCTUATION_KINDS, plantedStats } from "./punctuation-planted";
import { alignedPairs, pairDocs, plantedKind } from "./structural";
import { KINDS as STRUCTURAL_KINDS } from "./structural-plants";
import type { EvalContext, EvalModule } from "./types";

const LANGS: Lang[] = ["en", "es", "fr", "de"];
/** The rules the planted punctuation kinds are meant for (each plant names its own among them). */
const PUNCTUATION_RULES = RULES.filter((r) =>
  ["punctuation-spacing", "doubled-punctuation", "sentence-start-case", "unpaired-brackets", "unpaired-quotes"].includes(r.meta.id),
);
const DETAIL = process.env.PAIRS_DETAIL === "1";

interface Row {
  pair: string;
  articles: number;
  pairs: number;
  alignment: number;
  structural: [string, number][];
  punctuation: [string, number][];
  major: number;
  minor: number;
}

function measure(corpusDir: string, from: Lang, to: Lang): Row {
  const c = newstestMulti(corpusDir, from, to);
  let pairs = 0;
  let aligned = 0;
  let major = 0;
  let minor = 0;
  for (const d of c.docs) {
    const report = checkDoc(d);
    pairs += d.pairs;
    aligned += alignedPairs(report, d.source, d.target);
    for (const i of report.issues) {
      if (i.severity === "minor") minor++;
      else major++;
    }
  }
  const set = { name: c.name, from, to, docs: pairDocs(c) };
  const structural = STRUCTURAL_KINDS.map((k): [string, number] => {
    const r = plantedKind(set, k);
    return [k, r.n ? r.hit / r.n : Number.NaN];
  });
  const docs = c.docs.map((d) => ({ id: d.id, src: d.source, tgt: d.target }));
  const stats = plantedStats({ corpus: c.name, from, to, docs }, () => PUNCTUATION_RULES);
  const punctuation = PUNCTUATION_KINDS.map((k, i): [string, number] => [k.name, stats[i].n ? stats[i].flagged / stats[i].n : Number.NaN]);
  const per100 = (n: number) => (100 * n) / Math.max(1, pairs);
  return {
    pair: `${from}-${to}`,
    articles: c.docs.length,
    pairs,
    alignment: aligned / Math.max(1, pairs),
    structural,
    punctuation,
    major: per100(major),
    minor: per100(minor),
  };
}

/** The lowest share among kinds (kinds with no plant left out), with its kind. */
function lowest(kinds: [string, number][]): [string, number] {
  return kinds.filter(([, v]) => !Number.isNaN(v)).reduce((m, k) => (k[1] < m[1] ? k : m), ["-", 1]);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function printRow(r: Row): void {
  const [sk, sv] = lowest(r.structural);
  const [pk, pv] = lowest(r.punctuation);
  const met = r.alignment >= 0.99 && sv >= 0.95 && pv >= 0.95 && r.major <= 1 && r.minor <= 5;
  const cells = [
    r.pair.padEnd(6),
    String(r.articles).padStart(8),
    String(r.pairs).padStart(6),
    r.alignment.toFixed(5).padStart(9),
    `${pct(sv)} ${sk}`.padEnd(22),
    `${pct(pv)} ${pk}`.padEnd(44),
    r.major.toFixed(2).padStart(6),
    r.minor.toFixed(2).padStart(6),
    met ? "yes" : "no",
  ];
  console.log(cells.join(" | "));
  if (DETAIL) {
    console.log(`       structural: ${r.structural.map(([k, v]) => `${k} ${pct(v)}`).join(", ")}`);
    console.log(`       punctuation: ${r.punctuation.map(([k, v]) => `${k} ${pct(v)}`).join(", ")}`);
  }
}

const pairsTable: EvalModule = {
  name: "pairs-table",
  onRequest: true,
  run(ctx: EvalContext) {
    const pairs = ctx.pair ? [ctx.pair] : LANGS.flatMap((from) => LANGS.filter((to) => to !== from).map((to) => ({ from, to })));
    console.log("newstest-multi per direction; targets: alignment >= 0.99, every planted kind >= 95%, major <= 1, minor <= 5 per 100");
    const head = [
      "pair".padEnd(6),
      "articles",
      " pairs",
      "alignment",
      "structural, lowest".padEnd(22),
      "punctuation, lowest".padEnd(44),
      " major",
      " minor",
      "met",
    ];
    console.log(head.join(" | "));
    for (const { from, to } of pairs) printRow(measure(ctx.corpusDir, from, to));
  },
};

export default pairsTable;
