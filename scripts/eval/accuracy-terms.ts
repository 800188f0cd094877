// Planted defects in copies of the clean newstest articles (acronym leaks, another body's acronym, one-letter name
// misspellings, glossary violations; one per copy), the issues the acronym, name-mismatch and glossary rules raise
// on the clean pairs (false alarms, or real slips of the reference), on WMT24 en->es, and on the expert-annotated
// bio-mqm segments.
import { check } from "../../src/checker";
import { entriesFor, findAcronyms } from "../../src/rules/lib/acronyms";
import { pairScope } from "../../src/lang/pair";
import { fold } from "../../src/lang/normalize";
import type { Rule } from "../../src/check/rule";
import type { CheckOptions, Issue, Severity } from "../../src/types";
import type { CorpusLang as Lang } from "./corpus";
import { RULES_BY_ID } from "../../src/rules";
import { existsSync } from "node:fs";
import { buildArticle, buildSide, readJsonl, type BuiltSide } from "./corpus";
import type { EvalModule } from "./types";

const RULE_IDS = ["acronym", "name-mismatch", "glossary"];
const verbose = process.env.EVAL_VERBOSE === "1";

interface Direction {
  from: Lang;
  to: Lang;
}
const DIRECTIONS: Direction[] = [
  { from: "es", to: "en" },
  { from: "en", to: "es" },
];

function rules(ids = RULE_IDS): Rule[] {
  return ids.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r);
}

function sides(a: ReturnType<typeof buildArticle>, d: Direction): { src: BuiltSide; tgt: BuiltSide } {
  return { src: a[d.from], tgt: a[d.to] };
}

function overlaps(i: Issue, start: number, end: number): boolean {
  return !!i.target && i.target.start < end && i.target.end > start;
}

/** Target acronym occurrences that can be swapped for the source-language acronym the aligned source uses. */
function acronymPlants(src: BuiltSide, tgt: BuiltSide, d: Direction): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const scope = pairScope(d.from, d.to);
  tgt.segments.forEach(([s, e], k) => {
    const [ss, se] = src.segments[k];
    const srcForms = new Set(findAcronyms(src.text, ss, se, scope).map((t) => t.form));
    for (const t of findAcronyms(tgt.text, s, e, scope)) {
      if (!t.known) continue;
      for (const entry of entriesFor(t.form, d.to)) {
        const leaked = entry.forms[d.from].find((f) => srcForms.has(f) && !entry.forms[d.to].includes(f));
        if (leaked) {
          out.push({ start: t.start, end: t.end, text: leaked });
          break;
        }
      }
    }
  });
  return out;
}

/** Another body's acronym for each planted swap (a different, unambiguous entry). */
function otherAcronym(form: string, lang: Lang): string {
  const pool = lang === "en" ? ["NATO", "IMF", "WHO"] : ["OTAN", "FMI", "OMS"];
  const mine = new Set(entriesFor(form, lang).flatMap((e) => e.forms[lang]));
  return pool.find((f) => !mine.has(f)) ?? pool[0];
}

/** Target acronyms replaced by another body's acronym, where the aligned source has the right one (a missing acronym). */
function swapPlants(src: BuiltSide, tgt: BuiltSide, d: Direction): { start: number; end: number; text: string }[] {
  return acronymPlants(src, tgt, d).map((p) => {
    const form = tgt.text.slice(p.start, p.end);
    return { start: p.start, end: p.end, text: otherAcronym(form, d.to) };
  });
}

/** A small newsroom glossary (es -> en) and a wrong-but-plausible replacement for each required term. */
const GLOSSARY = [
  { source: "gobierno", target: "government", wrong: "administration" },
  { source: "elecciones", target: "election", wrong: "vote" },
  { source: "empresa", target: "company", wrong: "firm" },
  { source: "mercado", target: "market", wrong: "exchange" },
  { source: "policía", target: "police", wrong: "officers" },
];
const GLOSSARY_OPTIONS: CheckOptions = { glossary: GLOSSARY.map(({ source, target }) => ({ source, target })) };

/** Target occurrences of a glossary term (aligned source has the source term) swapped for a near synonym. */
function glossaryPlants(src: BuiltSide, tgt: BuiltSide): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  tgt.segments.forEach(([s, e], k) => {
    const [ss, se] = src.segments[k];
    const srcSeg = fold(src.text.slice(ss, se));
    const tgtSeg = fold(tgt.text.slice(s, e));
    for (const g of GLOSSARY) {
      if (!new RegExp(`\\b${fold(g.source)}\\b`).test(srcSeg)) continue;
      const m = new RegExp(`\\b${g.target}\\b`).exec(tgtSeg);
      if (!m) continue;
      // Only when the term occurs once in the target sentence, so the swap removes it.
      if (tgtSeg.split(g.target).length !== 2) continue;
      out.push({ start: s + m.index, end: s + m.index + g.target.length, text: g.wrong });
      break;
    }
  });
  return out;
}

const NAME = /\p{Lu}\p{Ll}{4,}/gu;

/** Names of at least five letters written the same in both aligned segments; each is misspelt by one letter. */
function namePlants(src: BuiltSide, tgt: BuiltSide): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  tgt.segments.forEach(([s, e], k) => {
    const [ss, se] = src.segments[k];
    const srcFolded = fold(src.text.slice(ss, se));
    const seg = tgt.text.slice(s, e);
    for (const m of seg.matchAll(NAME)) {
      const at = s + (m.index ?? 0);
      if ((m.index ?? 0) === 0) continue;
      const word = m[0];
      if (!new RegExp(`(?<![\\p{L}])${fold(word)}(?![\\p{L}])`, "u").test(srcFolded)) continue;
      const pos = Math.floor(word.length / 2);
      const c = word[pos];
      const repl = "aeiou".includes(c) ? (c === "a" ? "e" : "a") : c === "n" ? "m" : "n";
      out.push({ start: at, end: at + word.length, text: word.slice(0, pos) + repl + word.slice(pos + 1) });
      break;
    }
  });
  // Every fifth candidate keeps the run short while still sampling every article.
  return out.filter((_, i) => i % 5 === 0);
}

function plantedShare(
  label: string,
  ctx: Parameters<EvalModule["run"]>[0],
  d: Direction,
  ruleId: string,
  plantsOf: (src: BuiltSide, tgt: BuiltSide) => { start: number; end: number; text: string }[],
  options?: CheckOptions,
): void {
  const only = rules([ruleId]);
  let planted = 0;
  let hit = 0;
  const misses: string[] = [];
  for (const art of ctx.articles) {
    const { src, tgt } = sides(buildArticle(art), d);
    for (const p of plantsOf(src, tgt)) {
      const target = tgt.text.slice(0, p.start) + p.text + tgt.text.slice(p.end);
      const end = p.start + p.text.length;
      const report = check({ source: { text: src.text, lang: d.from }, target: { text: target, lang: d.to }, options }, only);
      planted++;
      if (report.issues.some((i) => i.ruleId === ruleId && overlaps(i, p.start, end))) hit++;
      else if (misses.length < 15) {
        const seg = report.segments.target.find((s) => s.start <= p.start && s.end >= end);
        misses.push(`  miss ${art.id}: ${tgt.text.slice(p.start, p.end)} -> ${p.text} | ${seg?.text.slice(0, 160)}`);
      }
    }
  }
  const pct = planted ? ((100 * hit) / planted).toFixed(1) : "n/a";
  console.log(`${label} ${d.from}->${d.to}: ${hit}/${planted} flagged at the planted span (${pct}%)`);
  if (verbose) for (const m of misses) console.log(m);
}

/** A short label for the kind of finding, from its message and spans. */
function kindOf(i: Issue): string {
  if (i.ruleId === "acronym") {
    if (i.message.includes(" acronym; in ")) {
      return i.source && i.source.text === i.target?.text ? "leaked (source acronym copied verbatim)" : "leaked";
    }
    if (i.message.includes("has no counterpart in the source")) return "substituted (another body's acronym)";
    return i.message.startsWith("The source mentions") ? "missing" : "wrong acronym for name";
  }
  return i.severity;
}

function cleanRates(ctx: Parameters<EvalModule["run"]>[0], d: Direction): void {
  const counts = new Map<string, Record<Severity, number>>();
  const kinds = new Map<string, number>();
  let pairs = 0;
  const shown: string[] = [];
  for (const art of ctx.articles) {
    const { src, tgt } = sides(buildArticle(art), d);
    pairs += src.segments.length;
    const report = check({ source: { text: src.text, lang: d.from }, target: { text: tgt.text, lang: d.to } }, rules());
    for (const i of report.issues) {
      const c = counts.get(i.ruleId) ?? { minor: 0, major: 0, critical: 0 };
      c[i.severity]++;
      counts.set(i.ruleId, c);
      const kind = `${i.ruleId} ${kindOf(i)}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (verbose && shown.length < 400) {
        shown.push(
          `  ${i.ruleId}/${i.severity} ${art.id}: ${i.message} | src: ${i.source?.text.slice(0, 60) ?? ""} | tgt: ${i.target?.text.slice(0, 120) ?? ""}`,
        );
      }
    }
  }
  const per100 = (n: number) => ((100 * n) / Math.max(1, pairs)).toFixed(2);
  let majorPlus = 0;
  for (const id of RULE_IDS) {
    const c = counts.get(id) ?? { minor: 0, major: 0, critical: 0 };
    majorPlus += c.major + c.critical;
    console.log(
      `clean ${d.from}->${d.to} ${id}: per 100 pairs minor ${per100(c.minor)}, major ${per100(c.major)}, critical ${per100(c.critical)} (counts ${c.minor}/${c.major}/${c.critical})`,
    );
  }
  for (const [k, n] of [...kinds].sort()) console.log(`  ${k}: ${n}`);
  console.log(`clean ${d.from}->${d.to} all three rules: major+critical ${per100(majorPlus)} per 100 pairs over ${pairs} pairs`);
  if (verbose) for (const s of shown) console.log(s);
}

/** Glossary flags on the clean es->en pairs with the small newsroom glossary (translators' legitimate variation). */
function glossaryCleanRate(ctx: Parameters<EvalModule["run"]>[0]): void {
  let pairs = 0;
  let flags = 0;
  for (const art of ctx.articles) {
    const { es, en } = buildArticle(art);
    pairs += es.segments.length;
    const report = check(
      { source: { text: es.text, lang: "es" }, target: { text: en.text, lang: "en" }, options: GLOSSARY_OPTIONS },
      rules(["glossary"]),
    );
    flags += report.issues.length;
  }
  const terms = GLOSSARY.map((g) => `${g.source}->${g.target}`).join(", ");
  console.log(
    `clean es->en glossary with {${terms}}: ${flags} flags, ${((100 * flags) / Math.max(1, pairs)).toFixed(2)} per 100 pairs (translator variation the glossary forbids)`,
  );
}

interface BioRow {
  source: string;
  target: string;
  errors: { side: "source" | "target"; start: number | null; end: number | null }[];
}

/** Acronym and name issues on the annotated bio-mqm segments: how many fall on a span experts marked as an error. */
function bioMqm(ctx: Parameters<EvalModule["run"]>[0]): void {
  for (const d of DIRECTIONS) {
    const file = `${ctx.corpusDir}bio-mqm-${d.from}-${d.to}.dev.jsonl`;
    if (!existsSync(file)) continue;
    const rows = readJsonl<BioRow>(file);
    let issues = 0;
    let onAnnotated = 0;
    for (const r of rows) {
      const report = check(
        { source: { text: r.source, lang: d.from }, target: { text: r.target, lang: d.to } },
        rules(["acronym", "name-mismatch"]),
      );
      for (const i of report.issues) {
        issues++;
        const span = (side: "source" | "target") => i[side];
        const hit = r.errors.some((e) => {
          const sp = span(e.side);
          return e.start !== null && e.end !== null && !!sp && e.start < sp.end && e.end > sp.start;
        });
        if (hit) onAnnotated++;
        if (verbose) console.log(`  bio ${hit ? "annotated" : "unannotated"} ${i.ruleId}: ${i.message}`);
      }
    }
    console.log(
      `bio-mqm ${d.from}->${d.to} (${rows.length} segments): acronym+name-mismatch raised ${issues}, ${onAnnotated} on an expert-annotated error span`,
    );
  }
}

interface Wmt24Doc {
  id: string;
  paragraphs: { en: string; es: string }[];
}

/** Issues on WMT24 en->es documents, whose paragraphs were translated as units (real 1-2 / 2-1 alignments). */
function wmt24Rates(ctx: Parameters<EvalModule["run"]>[0]): void {
  const file = `${ctx.corpusDir}wmt24-en-es.jsonl`;
  if (!existsSync(file)) return;
  const docs = readJsonl<Wmt24Doc>(file);
  const counts = new Map<string, number>();
  let paragraphs = 0;
  for (const d of docs) {
    const en = buildSide(d.paragraphs.map((p) => [p.en]));
    const es = buildSide(d.paragraphs.map((p) => [p.es]));
    paragraphs += d.paragraphs.length;
    const report = check({ source: { text: en.text, lang: "en" }, target: { text: es.text, lang: "es" } }, rules());
    for (const i of report.issues) {
      const key = `${i.ruleId}/${i.severity}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (verbose) console.log(`  wmt24 ${i.ruleId}/${i.severity} ${d.id}: ${i.message} | tgt: ${i.target?.text.slice(0, 100) ?? ""}`);
    }
  }
  const parts =
    [...counts]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(", ") || "none";
  console.log(`clean wmt24 en->es (${docs.length} documents, ${paragraphs} paragraphs): ${parts}`);
}

/** The accuracy-terms section of `npm run eval`. */
const accuracyTerms: EvalModule = {
  name: "accuracy-terms",
  run(ctx) {
    for (const d of DIRECTIONS) plantedShare("planted acronym leak", ctx, d, "acronym", (s, t) => acronymPlants(s, t, d));
    for (const d of DIRECTIONS)
      plantedShare("planted wrong body's acronym (missing acronym)", ctx, d, "acronym", (s, t) => swapPlants(s, t, d));
    for (const d of DIRECTIONS) plantedShare("planted one-letter name misspelling", ctx, d, "name-mismatch", namePlants);
    const es2en = DIRECTIONS[0];
    plantedShare("planted glossary violation (term -> near synonym)", ctx, es2en, "glossary", glossaryPlants, GLOSSARY_OPTIONS);
    glossaryCleanRate(ctx);
    for (const d of DIRECTIONS) cleanRates(ctx, d);
    wmt24Rates(ctx);
    bioMqm(ctx);
  },
};

export default accuracyTerms;
