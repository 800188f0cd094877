import { align } from "./align";
import { buildBilingualDocs } from "./bilingual/docs";
import { buildDoc, toRawSpan, type Doc, type Segment } from "./document";
import { fnv1a } from "./hash";
import type { AlignedPair, Finding, LocalSpan, Rule, RuleContext } from "./rule";
import { applyFixes } from "./fix";
import { summarize } from "./summary";
import { isBilingual, type Bead, type Format, type CheckRequest, type Issue, type Report, type Severity, type TextSpan } from "./types";
import { RULES } from "../rules";

/** Receives the time each pipeline stage took (for benchmarks); stage names: segmentation, alignment, rule:<id>, report. */
export type StageObserver = (stage: string, ms: number) => void;

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Called with both Docs right after segmentation; may throw to stop the check (the Worker's sentence limit). */
export type SegmentGuard = (source: Doc, target: Doc) => void;

/** The beads with their segments, and the index of the bead holding each source and target segment. */
export function resolveAlignment(
  alignment: readonly Bead[], source: Doc, target: Doc,
): Pick<RuleContext, "pairs" | "pairOfSource" | "pairOfTarget"> {
  const pairs: AlignedPair[] = alignment.map((bead) => ({
    bead,
    source: bead.source.map((i) => source.segments[i]),
    target: bead.target.map((i) => target.segments[i]),
  }));
  const pairOfSource = new Array<number>(source.segments.length).fill(-1);
  const pairOfTarget = new Array<number>(target.segments.length).fill(-1);
  pairs.forEach((p, k) => {
    for (const i of p.bead.source) pairOfSource[i] = k;
    for (const i of p.bead.target) pairOfTarget[i] = k;
  });
  return { pairs, pairOfSource, pairOfTarget };
}

/** Runs the whole pipeline (extract, segment, align, rules) and returns the report. */
export function check(
  req: CheckRequest,
  rules: readonly Rule[] = RULES,
  observe?: StageObserver,
  guard?: SegmentGuard,
): Report {
  const format = req.format ?? "text";
  const options = req.options ?? {};
  let t = observe ? now() : 0;
  const lap = (stage: string) => {
    if (!observe) return;
    const n = now();
    observe(stage, n - t);
    t = n;
  };
  // A bilingual file pairs its own segments: they are read as they are, and not aligned again.
  const paired = isBilingual(format) ? buildBilingualDocs(req.source.text, format, req.source.lang, req.target.lang) : null;
  const source = paired?.source ?? buildDoc(req.source.text, req.source.lang, format as Format);
  const target = paired?.target ?? buildDoc(req.target.text, req.target.lang, format as Format);
  lap("segmentation");
  guard?.(source, target);
  const alignment = paired?.alignment ?? align(source, target);
  lap("alignment");
  const { pairs, pairOfSource, pairOfTarget } = resolveAlignment(alignment, source, target);

  const issues: Issue[] = [];
  // One report function serves every rule (rules report synchronously; each one's findings are taken right after
  // it runs): tsx and wrangler name every closure they create, a property definition per closure.
  const findings: Finding[] = [];
  const reportFinding = (f: Finding) => void findings.push(f);
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === "off") continue;
    findings.length = 0;
    const ctx: RuleContext = {
      source, target, alignment, pairs, options, pairOfSource, pairOfTarget, report: reportFinding,
    };
    rule.check(ctx);
    for (const f of findings) issues.push(toIssue(rule, f, source, target, setting));
    lap(`rule:${rule.meta.id}`);
  }
  issues.sort(compareIssues);
  assignIds(issues);

  const report: Report = {
    version: 1,
    languages: { source: req.source.lang, target: req.target.lang },
    summary: summarize(issues, options.failOn ?? "major"),
    segments: {
      source: source.segments.map((s) => segmentSpan(source, s)),
      target: target.segments.map((s) => segmentSpan(target, s)),
    },
    alignment,
    issues,
  };
  Object.assign(report, applyFixes(req.target.text, issues, rules));
  lap("report");
  return report;
}

/** A segment's raw span with its paragraph (built field by field: an object spread per segment is slow). */
function segmentSpan(doc: Doc, s: Segment): TextSpan & { paragraph: number } {
  const { start, end } = toRawSpan(doc, s.start, s.end);
  return { start, end, text: doc.raw.slice(start, end), paragraph: s.paragraph };
}

function rawSpan(doc: Doc, span: LocalSpan): TextSpan {
  const { start, end } = toRawSpan(doc, span.start, span.end);
  return { start, end, text: doc.raw.slice(start, end) };
}

function toIssue(rule: Rule, f: Finding, source: Doc, target: Doc, setting: Severity | undefined): Issue {
  const template = rule.meta.messages[f.messageId] ?? f.messageId;
  const issue: Issue = {
    id: "",
    ruleId: rule.meta.id,
    category: f.category ?? rule.meta.category,
    severity: setting ?? f.severity ?? rule.meta.severity,
    message: formatMessage(template, f.data),
  };
  if (f.source) issue.source = rawSpan(source, f.source);
  if (f.target) issue.target = rawSpan(target, f.target);
  if (f.suggestion !== undefined) issue.suggestion = { text: f.suggestion };
  return issue;
}

/** Fills `{{name}}` placeholders; unknown names are left as they are. */
export function formatMessage(template: string, data: Finding["data"]): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) =>
    data && name in data ? String(data[name]) : m,
  );
}

function primary(i: Issue): [number, number, number] {
  // Target-side issues sort by target position; source-only issues (omissions) by source position after them.
  return i.target ? [0, i.target.start, i.target.end] : [1, i.source?.start ?? 0, i.source?.end ?? 0];
}

function compareIssues(a: Issue, b: Issue): number {
  const pa = primary(a);
  const pb = primary(b);
  for (let k = 0; k < 3; k++) if (pa[k] !== pb[k]) return pa[k] - pb[k];
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Ids depend on rule and span texts, not offsets, so an edit elsewhere in the article keeps them. */
function assignIds(issues: Issue[]): void {
  const seen = new Map<string, number>();
  for (const i of issues) {
    const key = `${i.ruleId}\u0000${i.source?.text ?? ""}\u0000${i.target?.text ?? ""}\u0000${i.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    i.id = `${i.ruleId}-${fnv1a(key)}${n ? `-${n}` : ""}`;
  }
}
