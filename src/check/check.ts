import { align } from "../align/align";
import { buildBilingualDocs } from "../input/bilingual/docs";
import { buildDoc, toRawSpan, type Doc, type Segment } from "../segment/document";
import { SegmentWords } from "../segment/letter-words";
import { checkMemo, type CheckMemo } from "../segment/memo";
import { fnv1a } from "../report/id-hash";
import type { AlignedPair, Finding, LocalSpan, Rule, RuleContext } from "./rule";
import { applyFixes } from "../report/fix";
import { resolveLocale } from "../lang/locale";
import { summarize } from "../report/summary";
import { isBilingual, type Bead, type Format, type CheckRequest, type Issue, type Report, type Severity, type TextSpan } from "../types";

/** Receives the time each pipeline stage took (for benchmarks); stage names: segmentation, alignment, rule:<id>, report. */
export type StageObserver = (stage: string, ms: number) => void;

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Called with both Docs right after segmentation; may throw to stop the check (the Worker's sentence limit). */
export type SegmentGuard = (source: Doc, target: Doc) => void;

/**
 * The beads with their segments, the index of the bead holding each source and target segment, the (empty,
 * filled on first request) memo of each segment's words that the rules share, and the check's memo (a fresh one
 * unless the aligner's is passed).
 */
export function resolveAlignment(
  alignment: readonly Bead[],
  source: Doc,
  target: Doc,
  memo: CheckMemo = checkMemo(source, target),
  words: RuleContext["words"] = { source: new SegmentWords(source), target: new SegmentWords(target) },
): Pick<RuleContext, "pairs" | "pairOfSource" | "pairOfTarget" | "words" | "memo"> {
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
  return { pairs, pairOfSource, pairOfTarget, words, memo };
}

/** Runs the whole pipeline (extract, segment, align, rules) and returns the report. */
export function check(req: CheckRequest, rules: readonly Rule[], observe?: StageObserver, guard?: SegmentGuard): Report {
  const lap = stopwatch(observe);
  const prepared = prepareCheck(req, lap, guard);
  return finishCheck(prepared, issuesByRule(rules, prepared.context, lap).flat(), rules, lap);
}

/** A check up to its rules: the request, its two locales, and what every rule is handed (all but `report`). */
export interface PreparedCheck {
  req: CheckRequest;
  sourceLocale: ReturnType<typeof resolveLocale>;
  targetLocale: ReturnType<typeof resolveLocale>;
  context: Omit<RuleContext, "report">;
}

/** What a rule is handed before the alignment is known: the two documents, the check's options, words and memo. */
export type DocumentsOnly = Pick<RuleContext, "source" | "target" | "options" | "words" | "memo">;

/** A check up to its alignment: the request, its two locales, its documents and, for a bilingual file, its own pairing. */
export interface SegmentedCheck {
  req: CheckRequest;
  sourceLocale: ReturnType<typeof resolveLocale>;
  targetLocale: ReturnType<typeof resolveLocale>;
  documents: DocumentsOnly;
  paired: Bead[] | null;
}

/**
 * Extracts, segments and aligns (or asks `given` once segmented, for an alignment this request's check found: segmenting is
 * deterministic, so it fits the same segments).
 */
export function prepareCheck(
  req: CheckRequest,
  lap: (stage: string) => void = () => {},
  guard?: SegmentGuard,
  given?: () => Bead[],
): PreparedCheck {
  return alignCheck(segmentCheck(req, lap, guard), lap, given);
}

/** Extracts and segments: the documents, with the check's (empty) memo and words. */
export function segmentCheck(req: CheckRequest, lap: (stage: string) => void = () => {}, guard?: SegmentGuard): SegmentedCheck {
  const format = req.format ?? "text";
  const sourceLocale = resolveLocale(req.source.lang);
  const targetLocale = resolveLocale(req.target.lang);
  // A bilingual file pairs its own segments: they are read as they are, and not aligned again.
  const paired = isBilingual(format) ? buildBilingualDocs(req.source.text, format, sourceLocale, targetLocale) : null;
  const source = paired?.source ?? buildDoc(req.source.text, sourceLocale, format as Format, targetLocale.lang);
  const target = paired?.target ?? buildDoc(req.target.text, targetLocale, format as Format, sourceLocale.lang);
  lap("segmentation");
  guard?.(source, target);
  // One memo per check: what the aligner derives (anchor keys) stays in it for the rules.
  const memo = checkMemo(source, target);
  const words = { source: new SegmentWords(source), target: new SegmentWords(target) };
  const documents = { source, target, options: req.options ?? {}, words, memo };
  return { req, sourceLocale, targetLocale, documents, paired: paired?.alignment ?? null };
}

/** Aligns a segmented check (or takes `given`'s alignment, or the bilingual file's pairing). */
export function alignCheck(segmented: SegmentedCheck, lap: (stage: string) => void = () => {}, given?: () => Bead[]): PreparedCheck {
  const { req, sourceLocale, targetLocale, documents, paired } = segmented;
  const { source, target, options, words, memo } = documents;
  const alignment = given?.() ?? paired ?? align(source, target, memo);
  lap("alignment");
  const resolved = resolveAlignment(alignment, source, target, memo, words);
  return { req, sourceLocale, targetLocale, context: { source, target, alignment, options, ...resolved } };
}

/** The report's `segments`: each segment's raw span and paragraph, per side. */
export function reportSegments(context: Pick<RuleContext, "source" | "target">): Report["segments"] {
  const { source, target } = context;
  return {
    source: source.segments.map((s) => segmentSpan(source, s)),
    target: target.segments.map((s) => segmentSpan(target, s)),
  };
}

/** Sorts the rules' issues, gives them ids and builds the report (with `segments`, when given, as its segments). */
export function finishCheck(
  prepared: PreparedCheck,
  issues: Issue[],
  rules: readonly Rule[],
  lap: (stage: string) => void = () => {},
  segments: Report["segments"] = reportSegments(prepared.context),
): Report {
  const { req, sourceLocale, targetLocale } = prepared;
  const { alignment, options } = prepared.context;
  issues.sort(compareIssues);
  assignIds(issues);

  const report: Report = {
    version: 1,
    languages: {
      source: sourceLocale.tag,
      target: targetLocale.tag,
      sourceLanguage: sourceLocale.lang,
      targetLanguage: targetLocale.lang,
    },
    summary: summarize(issues, options.failOn ?? "major"),
    segments,
    alignment,
    issues,
  };
  Object.assign(report, applyFixes(req.target.text, issues, rules));
  lap("report");
  return report;
}

/** A function that reports to `observe` the time since its previous call (or since its creation) under a stage name. */
function stopwatch(observe: StageObserver | undefined): (stage: string) => void {
  let t = observe ? now() : 0;
  return (stage: string) => {
    if (!observe) return;
    const n = now();
    observe(stage, n - t);
    t = n;
  };
}

/**
 * Runs each rule not turned off and returns its issues (capped, in no particular order) by rule: entry k holds
 * those of rules[k]. `take(k)` says whether to run rules[k] here ([] when not; a check on two threads lets each
 * thread claim the rules it runs).
 */
export function issuesByRule(
  rules: readonly Rule[],
  seen: Omit<RuleContext, "report">,
  lap: (stage: string) => void = () => {},
  take: (k: number) => boolean = () => true,
): Issue[][] {
  const { source, target, options } = seen;
  const byRule: Issue[][] = [];
  // One report function serves every rule (rules report synchronously; each one's findings are taken right after
  // it runs): tsx and wrangler name every closure they create, a property definition per closure.
  const findings: Finding[] = [];
  const reportFinding = (f: Finding) => void findings.push(f);
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (options.rules?.[rule.meta.id] === "off" || !take(k)) {
      byRule.push([]);
      continue;
    }
    findings.length = 0;
    const ctx: RuleContext = {
      source,
      target,
      alignment: seen.alignment,
      pairs: seen.pairs,
      options,
      pairOfSource: seen.pairOfSource,
      pairOfTarget: seen.pairOfTarget,
      words: seen.words,
      memo: seen.memo,
      report: reportFinding,
    };
    rule.check(ctx);
    byRule.push(issuesOf(rule, findings, seen));
    lap(`rule:${rule.meta.id}`);
  }
  return byRule;
}

/** Thrown when a rule run before the alignment is known reads it (`issuesBeforeAlignment`). */
export class NotAligned extends Error {
  constructor() {
    super("the check's alignment is not known yet");
  }
}

/**
 * The issues of `rule` (turned off: none) run on the documents alone, before the alignment is known, as
 * `issuesByRule` gives them; null when the rule reads the alignment (`alignment`, `pairs`, `pairOfSource` or
 * `pairOfTarget` throw `NotAligned`, and what the rule found is dropped).
 */
export function issuesBeforeAlignment(rule: Rule, seen: DocumentsOnly): Issue[] | null {
  if (seen.options.rules?.[rule.meta.id] === "off") return [];
  const findings: Finding[] = [];
  const notYet = (): never => {
    throw new NotAligned();
  };
  const ctx = { ...seen, report: (f: Finding) => void findings.push(f) } as RuleContext;
  for (const field of ["alignment", "pairs", "pairOfSource", "pairOfTarget"]) Object.defineProperty(ctx, field, { get: notYet });
  try {
    rule.check(ctx);
  } catch (e) {
    if (e instanceof NotAligned) return null;
    throw e;
  }
  return issuesOf(rule, findings, seen);
}

/** The issues of one rule's findings: the rule's setting applied, those below `minConfidence` left out, capped. */
function issuesOf(rule: Rule, findings: readonly Finding[], seen: DocumentsOnly): Issue[] {
  const { source, target, options } = seen;
  const setting = options.rules?.[rule.meta.id];
  const kept = findings
    .map((f) => toIssue(rule, f, source, target, setting === "off" ? undefined : setting))
    .filter((issue) => options.minConfidence === undefined || issue.confidence! >= options.minConfidence);
  if (kept.length <= MAX_ISSUES_PER_RULE) return kept;
  const out: Issue[] = [];
  capped(kept, out);
  return out;
}

/** At most this many issues of one rule are listed per article; one more issue says how many were left out. */
export const MAX_ISSUES_PER_RULE = 50;

const SEVERITY_RANK: Record<Severity, number> = { minor: 0, major: 1, critical: 2 };

/**
 * Adds the first MAX_ISSUES_PER_RULE of one rule's issues (in report order) to `out`, and one summary issue at the
 * first one left out, carrying the highest severity of those left out (so the verdict is the same as with all).
 */
function capped(ruleIssues: Issue[], out: Issue[]): void {
  ruleIssues.sort(compareIssues);
  for (let k = 0; k < MAX_ISSUES_PER_RULE; k++) out.push(ruleIssues[k]);
  const rest = ruleIssues.slice(MAX_ISSUES_PER_RULE);
  const first = rest[0];
  let severity = first.severity;
  for (const i of rest) if (SEVERITY_RANK[i.severity] > SEVERITY_RANK[severity]) severity = i.severity;
  const summary: Issue = {
    id: "",
    ruleId: first.ruleId,
    category: first.category,
    severity,
    message: `${rest.length} more issues of this rule in this article are not listed (at most ${MAX_ISSUES_PER_RULE} per rule); the first is here.`,
  };
  if (first.source) summary.source = first.source;
  if (first.target) summary.target = first.target;
  out.push(summary);
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
  issue.confidence = roundConfidence(f.confidence ?? rule.meta.confidence);
  return issue;
}

/** A confidence clamped to 0–1 and rounded to 2 decimals, so reports stay byte-identical across platforms. */
export function roundConfidence(c: number): number {
  return Number.isFinite(c) ? Math.round(Math.min(1, Math.max(0, c)) * 100) / 100 : 0;
}

/** Fills `{{name}}` placeholders; unknown names are left as they are. */
export function formatMessage(template: string, data: Finding["data"]): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (data && name in data ? String(data[name]) : m));
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
