// Eval "precision-sample": a deterministic sample of each rule's flags on real copy the rules were not tuned on
// (TICO-19 en->es-419, WMT24 en->es references, bio-mqm es-en and en-es: references and machine systems), printed
// in context for a reviewer to judge true / debatable / false (bio-mqm's expert annotations shown as a guide).
// Verdicts are kept in docs/precision-verdicts.json by sample key (document id and issue id, no corpus text);
// with them the section prints the per-rule precision table of docs/precision.md.
// Env: PRECISION_N (flags per rule, default 12), PRECISION_RULES=id,id (only these), PRECISION_QUIET=1 (table only).
import { existsSync, readFileSync } from "node:fs";
import { fnv1a } from "../../src/report/id-hash";
import type { Issue } from "../../src/types";
import { RULES } from "../../src/rules";
import { bioMqm, tico19, wmt24, type CorpusDoc } from "./clean-sources";
import { checkDoc, inContext } from "./clean-corpora";
import type { EvalModule } from "./types";

const N = Number(process.env.PRECISION_N ?? 12);
const ONLY = new Set((process.env.PRECISION_RULES ?? "").split(",").filter(Boolean));
const QUIET = !!process.env.PRECISION_QUIET;
const VERDICTS_FILE = new URL("../../docs/precision-verdicts.json", import.meta.url).pathname;

type Verdict = "true" | "debatable" | "false";

interface Flag {
  key: string;
  corpus: string;
  doc: CorpusDoc;
  issue: Issue;
  sourceText: string;
  near: string;
}

/** The corpora sampled: none of them is newstest, the corpus the rules were tuned on. */
function sampledDocs(corpusDir: string): { corpus: string; docs: CorpusDoc[] }[] {
  return [
    { corpus: "tico19", docs: tico19(corpusDir).docs },
    { corpus: "wmt24", docs: wmt24(corpusDir).docs },
    { corpus: "bio-mqm es-en", docs: bioMqm(corpusDir, "es", () => true) },
    { corpus: "bio-mqm en-es", docs: bioMqm(corpusDir, "en", () => true) },
  ];
}

/** The source sentences aligned with the issue's target span (or the issue's source span). */
function alignedSource(report: ReturnType<typeof checkDoc>, issue: Issue): string {
  if (issue.source) return issue.source.text;
  const t = issue.target!;
  const segs = report.segments.target.flatMap((s, j) => (s.start < Math.max(t.end, t.start + 1) && t.start < s.end ? [j] : []));
  const beads = report.alignment.filter((b) => b.target.some((j) => segs.includes(j)));
  return beads.flatMap((b) => b.source.map((i) => report.segments.source[i].text)).join(" ");
}

/** For a source-side issue: the target sentences of its bead and the beads around it (where a translation would be). */
function nearbyTarget(report: ReturnType<typeof checkDoc>, issue: Issue): string {
  if (issue.target || !issue.source) return "";
  const s = issue.source;
  const k = report.alignment.findIndex((b) =>
    b.source.some((i) => report.segments.source[i].start <= s.start && s.start < report.segments.source[i].end),
  );
  if (k < 0) return "";
  const around = report.alignment.slice(Math.max(0, k - 1), k + 2);
  return around.map((b) => b.target.map((j) => report.segments.target[j].text).join(" ")).join(" ‖ ");
}

function collect(corpusDir: string): Map<string, Flag[]> {
  const byRule = new Map<string, Flag[]>();
  for (const { corpus, docs } of sampledDocs(corpusDir)) {
    for (const doc of docs) {
      const report = checkDoc(doc);
      for (const issue of report.issues) {
        if (ONLY.size && !ONLY.has(issue.ruleId)) continue;
        const key = `${corpus}|${doc.id}|${issue.id}|${(issue.target ?? issue.source)!.start}`;
        const list = byRule.get(issue.ruleId) ?? [];
        list.push({ key, corpus, doc, issue, sourceText: alignedSource(report, issue), near: nearbyTarget(report, issue) });
        byRule.set(issue.ruleId, list);
      }
    }
  }
  return byRule;
}

/** bio-mqm annotations overlapping the flag (a guide for the reviewer, not the verdict). */
function annotations(f: Flag): string {
  if (!f.doc.errors) return "";
  const span = f.issue.target;
  if (!span) return " [MQM: omission flags are on the source side; see the segment's annotations]";
  const hits = f.doc.errors.filter((e) => e.start < Math.max(span.end, span.start + 1) && span.start < Math.max(e.end, e.start + 1));
  return hits.length ? ` [MQM: ${hits.map((e) => `${e.category} ${e.severity}`).join("; ")}]` : " [MQM: no annotation here]";
}

function loadVerdicts(): Record<string, Verdict> {
  return existsSync(VERDICTS_FILE) ? (JSON.parse(readFileSync(VERDICTS_FILE, "utf8")) as Record<string, Verdict>) : {};
}

const precisionSample: EvalModule = {
  name: "precision-sample",
  onRequest: true,
  run(ctx) {
    const byRule = collect(ctx.corpusDir);
    const verdicts = loadVerdicts();
    const rows: string[] = [];
    for (const rule of RULES) {
      const id = rule.meta.id;
      const all = byRule.get(id) ?? [];
      // Deterministic sample: the flags whose key hashes lowest.
      const sample = [...all].sort((a, b) => (fnv1a(a.key) < fnv1a(b.key) ? -1 : fnv1a(a.key) > fnv1a(b.key) ? 1 : 0)).slice(0, N);
      const tally = { true: 0, debatable: 0, false: 0, unjudged: 0 };
      for (const f of sample) {
        const v = verdicts[f.key];
        tally[v ?? "unjudged"]++;
        if (QUIET) continue;
        const text = f.issue.target ? f.doc.target.text : f.doc.source.text;
        console.log(`\n[${v ?? "?"}] ${f.key}\n  ${id} ${f.issue.severity}: ${f.issue.message}${annotations(f)}`);
        console.log(`  SRC: ${f.sourceText.slice(0, 400).replace(/\n/g, "¶")}`);
        console.log(`  ${f.issue.target ? "TGT" : "SRC in context"}: ${inContext(text, (f.issue.target ?? f.issue.source)!, 160)}`);
        if (f.near) console.log(`  TARGET around (previous ‖ its bead ‖ next): ${f.near.slice(0, 900).replace(/\n/g, "¶")}`);
      }
      const judged = tally.true + tally.debatable + tally.false;
      const precision = judged ? tally.true / judged : NaN;
      rows.push(
        `| \`${id}\` | ${all.length} | ${judged} | ${tally.true} | ${tally.debatable} | ${tally.false} | ${judged ? `${Math.round(100 * precision)}%` : "n/a"} | ${rule.meta.severity} |${tally.unjudged ? ` ${tally.unjudged} unjudged` : ""}`,
      );
    }
    console.log("\n| rule | flags | judged | true | debatable | false | precision | default severity |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const r of rows) console.log(r);
  },
};

export default precisionSample;
