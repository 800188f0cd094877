// Punctuation rules against expert MQM annotations (bio-mqm) and false alarms on clean newstest pairs.
// Set TRANSLINT_SHOW=rule-id[,rule-id] to print every issue of those rules with its context.
import { check as checkWith } from "../../src/checker";
import { guardedRules } from "./guard";
import type { Issue, Lang, LocaleTag, Severity } from "../../src/types";
import { buildArticle, buildSide, readJsonl, type BuiltSide } from "./corpus";
import type { EvalContext, EvalModule } from "./types";

/** The rules this section reports on one by one. */
const PUNCTUATION_RULES = ["unpaired-brackets", "unpaired-quotes", "inverted-marks", "quote-style", "terminal-punctuation", "dash-style"];

interface MqmError {
  side: "source" | "target";
  category: string;
  subcategory: string;
  severity: string;
  start: number | null;
  end: number | null;
}
interface MqmRow {
  doc: string;
  seg: string;
  system: string;
  source: string;
  target: string;
  errors: MqmError[];
}

/** One annotated error placed in the rebuilt target document. */
interface PlacedError {
  subcategory: string;
  start: number;
  end: number;
}

/** Every registered rule, guarded: one that throws is counted and reported, not fatal. */
const { rules: GUARDED, crashes } = guardedRules();
const check = (req: Parameters<typeof checkWith>[0]) => checkWith(req, GUARDED);

const PUNCTUATION_MARK = /[\p{P}]/u;

const SHOW = new Set((process.env.TRANSLINT_SHOW ?? "").split(",").filter(Boolean));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(2) : "n/a");

function show(label: string, side: BuiltSide, i: Issue): void {
  if (!SHOW.has(i.ruleId) || !i.target) return;
  const t = side.text;
  const ctx = `${t.slice(Math.max(0, i.target.start - 60), i.target.start)}[[${i.target.text}]]${t.slice(i.target.end, i.target.end + 60)}`;
  console.log(`   ${label} ${i.ruleId}: ${i.message}\n      ${ctx.replace(/\n/g, "¶")}`);
}

/** Rebuilds every (doc, system) document of a bio-mqm file, one segment per paragraph. */
function mqmDocuments(rows: MqmRow[]) {
  const groups = new Map<string, MqmRow[]>();
  for (const r of rows) {
    const key = `${r.doc}\u0000${r.system}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, g]) => {
      g.sort((a, b) => Number(a.seg) - Number(b.seg));
      const source = buildSide(g.map((r) => [r.source]));
      const target = buildSide(g.map((r) => [r.target]));
      const errors: PlacedError[] = [];
      g.forEach((r, k) => {
        for (const e of r.errors) {
          if (e.side !== "target" || e.start === null || e.end === null || e.severity === "Neutral") continue;
          errors.push({ subcategory: e.subcategory, start: target.segments[k][0] + e.start, end: target.segments[k][0] + e.end });
        }
      });
      // Segments the annotators marked with any error on either side (omissions are marked on the source).
      const flaggedSegments = g.map((r) => r.errors.some((e) => e.severity !== "Neutral"));
      return { key, source, target, errors, flaggedSegments };
    });
}

/** Precision and recall of one issue category against one annotated subcategory. */
function score(label: string, ours: Issue[], errors: PlacedError[], subcategory: string): void {
  const onAny = ours.filter((i) => errors.some((e) => overlaps(i.target!, e))).length;
  const onSame = ours.filter((i) => errors.some((e) => e.subcategory === subcategory && overlaps(i.target!, e))).length;
  const annotated = errors.filter((e) => e.subcategory === subcategory);
  const found = annotated.filter((e) => ours.some((i) => overlaps(i.target!, e))).length;
  console.log(
    `  ${label}: ours ${ours.length}, on any annotated error ${onAny} (precision ${ratio(onAny, ours.length)}),` +
      ` on a ${subcategory} error ${onSame} (precision ${ratio(onSame, ours.length)});` +
      ` annotated ${subcategory} ${annotated.length}, flagged ${found} (recall ${ratio(found, annotated.length)})`,
  );
}

function runMqm(file: string, from: Lang, to: Lang | LocaleTag): void {
  const docs = mqmDocuments(readJsonl<MqmRow>(file));
  const punct: Issue[] = [];
  const numbers: Issue[] = [];
  const allErrors: PlacedError[] = [];
  const byRule = new Map<string, { n: number; hit: number }>();
  let inFlaggedSegment = 0;
  let offset = 0;
  let missing = 0;
  let annotatedPunctuation = 0;
  for (const d of docs) {
    for (const e of d.errors) {
      if (e.subcategory !== "Punctuation") continue;
      annotatedPunctuation++;
      if (!PUNCTUATION_MARK.test(d.target.text.slice(e.start, e.end))) missing++;
    }
    const report = check({ source: { text: d.source.text, lang: from }, target: { text: d.target.text, lang: to } });
    const shift = (s: { start: number; end: number }) => ({ start: s.start + offset, end: s.end + offset });
    const errs = d.errors.map((e) => ({ ...e, ...shift(e) }));
    for (const i of report.issues) {
      if (!i.target) continue;
      show(d.key.replace("\u0000", "/"), d.target, i);
      const moved = { ...i, target: { ...i.target, ...shift(i.target) } };
      if (i.category === "linguistic/punctuation") {
        punct.push(moved);
        const seg = d.target.segments.findIndex(([s, e]) => i.target!.start >= s && i.target!.start <= e);
        if (seg >= 0 && d.flaggedSegments[seg]) inFlaggedSegment++;
        const r = byRule.get(i.ruleId) ?? { n: 0, hit: 0 };
        r.n++;
        if (errs.some((e) => overlaps(moved.target, e))) r.hit++;
        byRule.set(i.ruleId, r);
      } else if (i.category === "locale/number-format") numbers.push(moved);
    }
    allErrors.push(...errs);
    offset += d.target.text.length + 1;
  }
  const missingMarks = `${missing} of ${annotatedPunctuation}`;
  console.log(
    `bio-mqm ${from}-${to}: ${docs.length} documents (doc × system), one segment per paragraph; annotated errors of severity Neutral ignored`,
  );
  score("linguistic/punctuation", punct, allErrors, "Punctuation");
  console.log(
    `    looser: our linguistic/punctuation issues in a segment with any annotated error (either side): ${inFlaggedSegment} of ${punct.length} (${ratio(inFlaggedSegment, punct.length)})`,
  );
  console.log(`    annotated Punctuation errors whose span holds no punctuation mark (a missing mark, mostly a comma): ${missingMarks}`);
  score("locale/number-format", numbers, allErrors, "Number_format");
  for (const [rule, r] of [...byRule].sort()) console.log(`    ${rule}: ${r.n} issues, ${r.hit} on an annotated error`);
}

function runNewstest(ctx: EvalContext, from: Lang, to: Lang): void {
  let pairs = 0;
  const perRule = new Map<string, Record<Severity, number>>();
  const total: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  for (const a of ctx.articles) {
    const built = buildArticle(a);
    pairs += built.es.segments.length;
    const src = from === "es" ? built.es : built.en;
    const tgt = from === "es" ? built.en : built.es;
    const report = check({ source: { text: src.text, lang: from }, target: { text: tgt.text, lang: to } });
    for (const i of report.issues) {
      total[i.severity]++;
      const r = perRule.get(i.ruleId) ?? { minor: 0, major: 0, critical: 0 };
      r[i.severity]++;
      perRule.set(i.ruleId, r);
      show(a.id, tgt, i);
    }
  }
  const per100 = (n: number) => ((100 * n) / pairs).toFixed(2);
  const fmt = (r: Record<Severity, number>) => `minor ${per100(r.minor)}, major ${per100(r.major)}, critical ${per100(r.critical)}`;
  console.log(`newstest ${from}->${to}: ${pairs} sentence pairs; issues per 100 pairs`);
  for (const id of PUNCTUATION_RULES) {
    console.log(`  ${id}: ${fmt(perRule.get(id) ?? { minor: 0, major: 0, critical: 0 })}`);
  }
  console.log(`  all rules (project-wide): ${fmt(total)}`);
}

/** The WMT24 en->es paragraphs (professional references with real 1–2 and 2–1 sentence beads): issues of these rules. */
function runWmt24(corpusDir: string): void {
  const docs = readJsonl<{ id: string; paragraphs: { en: string; es: string }[] }>(`${corpusDir}wmt24-en-es.jsonl`);
  let paragraphs = 0;
  const perRule = new Map<string, number>();
  for (const d of docs) {
    paragraphs += d.paragraphs.length;
    const src = buildSide(d.paragraphs.map((p) => [p.en]));
    const tgt = buildSide(d.paragraphs.map((p) => [p.es]));
    const report = check({ source: { text: src.text, lang: "en" }, target: { text: tgt.text, lang: "es" } });
    for (const i of report.issues) {
      if (!PUNCTUATION_RULES.includes(i.ruleId)) continue;
      perRule.set(i.ruleId, (perRule.get(i.ruleId) ?? 0) + 1);
      show(d.id, tgt, i);
    }
  }
  const list = PUNCTUATION_RULES.map((id) => `${id} ${perRule.get(id) ?? 0}`).join(", ");
  console.log(`wmt24 en->es: ${docs.length} documents, ${paragraphs} paragraphs; issues of these rules: ${list}`);
}

/** Precision/recall on bio-mqm punctuation and number-format annotations; false alarms on newstest. */
const punctuationMqm: EvalModule = {
  name: "punctuation-mqm",
  run(ctx) {
    runMqm(`${ctx.corpusDir}bio-mqm-es-en.dev.jsonl`, "es", "en");
    runMqm(`${ctx.corpusDir}bio-mqm-en-es.dev.jsonl`, "en", "es");
    // The annotators marked "7.5" as a Number_format error: Spain's conventions. A bare "es" accepts every region's.
    runMqm(`${ctx.corpusDir}bio-mqm-en-es.dev.jsonl`, "en", "es-ES");
    runNewstest(ctx, "es", "en");
    runNewstest(ctx, "en", "es");
    runWmt24(ctx.corpusDir);
    if (crashes.size)
      console.log(`  rules that threw (their findings are missing above): ${[...crashes].map(([id, n]) => `${id} ×${n}`).join(", ")}`);
  },
};

export default punctuationMqm;
