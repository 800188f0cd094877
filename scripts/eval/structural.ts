// Eval "structural": alignment accuracy, the false-alarm table and planted structural defects on newstest,
// plus paragraph fidelity of beads on wmt24 (en->es). Reads the corpus in place; copies nothing into the repo.
// --pair xx-yy: alignment, false alarms and planted defects on that direction of newstest-multi (no wmt24, no speed).
import { check } from "../../src/checker";
import { buildDoc } from "../../src/segment/document";
import { align } from "../../src/align/align";
import type { Issue, Lang, Report, Severity } from "../../src/types";
import { RULES } from "../../src/rules";
import { buildArticle, buildSide, readJsonl, sideParagraphs, type BuiltSide } from "./corpus";
import { newstestMulti, type Corpus } from "./clean-sources";
import { KINDS, plant, type Kind, type PairDoc } from "./structural-plants";
import type { EvalContext, EvalModule } from "./types";

const MISSES = Number(process.env.STRUCTURAL_MISSES ?? 4);
const STRUCTURAL = new Set(["omission", "addition", "duplicate", "untranslated"]);

const overlaps = (s: { start: number; end: number } | undefined, r: [number, number]) => !!s && s.start < r[1] && s.end > r[0];
const STRUCTURAL_RULES = RULES.filter((r) => STRUCTURAL.has(r.meta.id));

/** The article pairs measured: newstest es->en, or with --pair that direction of newstest-multi. */
export interface StructuralSet {
  name: string;
  from: Lang;
  to: Lang;
  docs: PairDoc[];
}

/** A corpus of clean pairs as the structural suite reads them. */
export function pairDocs(c: Corpus): PairDoc[] {
  return c.docs.map((d) => ({ id: d.id, src: sideParagraphs(d.source), tgt: sideParagraphs(d.target) }));
}

function structuralSet(ctx: EvalContext): StructuralSet {
  if (ctx.pair) {
    const { from, to } = ctx.pair;
    const c = newstestMulti(ctx.corpusDir, from, to);
    return { name: c.name, from, to, docs: pairDocs(c) };
  }
  const docs = ctx.articles.map((a) => ({
    id: a.id,
    src: a.paragraphs.map((p) => p.map((x) => x.es)),
    tgt: a.paragraphs.map((p) => p.map((x) => x.en)),
  }));
  return { name: "newstest", from: "es", to: "en", docs };
}

/*
 * Alignment accuracy. For corpus segment pair k, let S_k be the report's source segments that overlap corpus
 * es-segment k and T_k the report's target segments that overlap corpus en-segment k. Pair k counts as aligned
 * when both are non-empty, every segment of S_k lies in a bead that also holds a segment of T_k, and every
 * segment of T_k lies in a bead that also holds a segment of S_k. Accuracy = aligned pairs / all pairs.
 */
export function alignedPairs(report: Report, es: BuiltSide, en: BuiltSide): number {
  const beadOfS = new Map<number, number>();
  const beadOfT = new Map<number, number>();
  report.alignment.forEach((b, k) => {
    for (const i of b.source) beadOfS.set(i, k);
    for (const j of b.target) beadOfT.set(j, k);
  });
  let ok = 0;
  for (let k = 0; k < es.segments.length; k++) {
    const S = report.segments.source.flatMap((s, i) => (overlaps(s, es.segments[k]) ? [i] : []));
    const T = report.segments.target.flatMap((t, j) => (overlaps(t, en.segments[k]) ? [j] : []));
    if (!S.length || !T.length) continue;
    const sb = new Set(S.map((i) => beadOfS.get(i)));
    const tb = new Set(T.map((j) => beadOfT.get(j)));
    if ([...sb].every((b) => tb.has(b)) && [...tb].every((b) => sb.has(b))) ok++;
  }
  return ok;
}

function run(src: string, tgt: string, from: Lang = "es", to: Lang = "en", rules = RULES): Report {
  return check({ source: { text: src, lang: from }, target: { text: tgt, lang: to } }, rules);
}

/** What one planted kind gave on a set: plants, hits, other structural issues, hits/plants at the headline, misses. */
export interface KindResult {
  n: number;
  hit: number;
  extra: number;
  atStart: [number, number];
  misses: string[];
}

/** Plants `kind` in every article of the set and checks each copy with the structural rules. */
export function plantedKind(set: StructuralSet, kind: Kind, maxMisses = 0): KindResult {
  const r: KindResult = { n: 0, hit: 0, extra: 0, atStart: [0, 0], misses: [] };
  for (const a of set.docs) {
    const p = plant(a, kind, set.to);
    if (!p) continue;
    r.n++;
    const report = run(p.src, p.tgt, set.from, set.to, STRUCTURAL_RULES);
    const good = report.issues.filter((i) => p.rules.includes(i.ruleId) && overlaps(i[p.side], p.at));
    if (good.length) r.hit++;
    if (p.at[0] === 0) {
      r.atStart[1]++;
      if (good.length) r.atStart[0]++;
    } else if (!good.length && r.misses.length < maxMisses) {
      const got = report.issues.filter((i) => STRUCTURAL.has(i.ruleId)).map((i) => `${i.ruleId}@${(i.target ?? i.source)?.start}`);
      r.misses.push(`${a.id} at ${p.side} ${p.at.join("-")}; raised: ${got.join(" ") || "nothing"}`);
    }
    r.extra += report.issues.filter((i) => STRUCTURAL.has(i.ruleId) && !good.includes(i)).length;
  }
  return r;
}

function pct(x: number, n: number): string {
  return n ? `${((100 * x) / n).toFixed(2)}%` : "n/a";
}

/** 1. Clean pairs: alignment accuracy and the false-alarm table. */
function cleanPairs(set: StructuralSet): void {
  let pairs = 0;
  let aligned = 0;
  const bySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  const byRule = new Map<string, number>(RULES.map((r) => [r.meta.id, 0]));
  const examples: string[] = [];
  let ms = 0;
  for (const a of set.docs) {
    const src = buildSide(a.src);
    const tgt = buildSide(a.tgt);
    const t0 = performance.now();
    const report = run(src.text, tgt.text, set.from, set.to);
    ms += performance.now() - t0;
    pairs += src.segments.length;
    aligned += alignedPairs(report, src, tgt);
    for (const i of report.issues) {
      bySeverity[i.severity]++;
      byRule.set(i.ruleId, (byRule.get(i.ruleId) ?? 0) + 1);
      if (STRUCTURAL.has(i.ruleId) && examples.length < 12) examples.push(describe(a.id, i));
    }
  }
  const per100 = (x: number) => ((100 * x) / Math.max(1, pairs)).toFixed(2);
  console.log(`clean ${set.name}: ${set.docs.length} articles, ${pairs} segment pairs, check() ${ms.toFixed(0)} ms total`);
  console.log(`alignment accuracy: ${(aligned / Math.max(1, pairs)).toFixed(4)} (${aligned}/${pairs}; target >= 0.99)`);
  console.log(`issues per 100 sentence pairs by severity: ${SEV.map((s) => `${s} ${per100(bySeverity[s])}`).join(", ")}`);
  console.log("issues per 100 sentence pairs by rule (false-alarm table):");
  for (const [id, n] of [...byRule].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    console.log(`  ${id.padEnd(28)} ${per100(n).padStart(7)}  (${n})`);
  }
  const structuralCount = [...byRule].filter(([id]) => STRUCTURAL.has(id)).reduce((s, [, n]) => s + n, 0);
  console.log(`structural issues per 100 clean pairs: ${per100(structuralCount)} (target <= 1)`);
  for (const e of examples) console.log(`  e.g. ${e}`);
}

const structural: EvalModule = {
  name: "structural",
  run(ctx: EvalContext) {
    const set = structuralSet(ctx);
    cleanPairs(set);
    // 2. Planted defects.
    console.log("planted defects, share flagged at the right place by the right rule (target >= 95%):");
    for (const kind of KINDS) {
      const { n, hit, extra, atStart, misses } = plantedKind(set, kind, MISSES);
      console.log(`  ${kind.padEnd(13)} ${pct(hit, n).padStart(8)} (${hit}/${n}); other structural issues in these copies: ${extra}`);
      if (atStart[1]) {
        const rest = [hit - atStart[0], n - atStart[1]];
        console.log(
          `    at the headline (run into the lead by the rebuild): ${atStart[0]}/${atStart[1]}; elsewhere: ${pct(rest[0], rest[1])} (${rest[0]}/${rest[1]})`,
        );
      }
      for (const m of misses) console.log(`    missed: ${m}`);
    }
    if (ctx.pair) return;
    wmtBeads(ctx.corpusDir);
    alignSpeed(ctx);
  },
};

/** 3. wmt24 en->es: beads inside one paragraph pair. */
function wmtBeads(corpusDir: string): void {
  interface Wmt {
    id: string;
    paragraphs: { en: string; es: string }[];
  }
  const docs = readJsonl<Wmt>(`${corpusDir}wmt24-en-es.jsonl`);
  let linking = 0;
  let inside = 0;
  let nulls = 0;
  let beads = 0;
  let wmtSegments = 0;
  let wmtStructural = 0;
  for (const d of docs) {
    const report = run(d.paragraphs.map((p) => p.en).join("\n\n"), d.paragraphs.map((p) => p.es).join("\n\n"), "en", "es");
    wmtSegments += report.segments.source.length;
    wmtStructural += report.issues.filter((i) => STRUCTURAL.has(i.ruleId)).length;
    for (const b of report.alignment) {
      beads++;
      if (!b.source.length || !b.target.length) {
        nulls++;
        continue;
      }
      linking++;
      const ps = new Set([
        ...b.source.map((i) => report.segments.source[i].paragraph),
        ...b.target.map((j) => report.segments.target[j].paragraph),
      ]);
      if (ps.size === 1) inside++;
    }
  }
  console.log(
    `wmt24 en->es: ${docs.length} docs, ${beads} beads; linking beads inside one paragraph pair: ${(inside / Math.max(1, linking)).toFixed(4)} (${inside}/${linking}; target >= 0.98); 1-0/0-1 beads: ${nulls}`,
  );
  console.log(
    `wmt24 en->es structural issues (clean references): ${wmtStructural} on ${wmtSegments} source sentences (${((100 * wmtStructural) / Math.max(1, wmtSegments)).toFixed(2)} per 100)`,
  );
}

/** 4. Speed: align ~10,000 sentence pairs as one document. */
function alignSpeed(ctx: EvalContext): void {
  const { articles } = ctx;
  const all = buildArticle({ id: "all", origlang: "es", paragraphs: articles.flatMap((a) => a.paragraphs) });
  const src = buildDoc(all.es.text, "es");
  const tgt = buildDoc(all.en.text, "en");
  const t0 = performance.now();
  align(src, tgt);
  console.log(
    `align() of one document with ${src.segments.length} x ${tgt.segments.length} segments: ${(performance.now() - t0).toFixed(0)} ms`,
  );
}

const SEV: Severity[] = ["critical", "major", "minor"];

function describe(id: string, i: Issue): string {
  const span = i.target ?? i.source;
  return `${id} ${i.ruleId} ${i.target ? "target" : "source"}: ${JSON.stringify(span?.text.slice(0, 90))}`;
}

export default structural;
