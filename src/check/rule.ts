import type { Doc, Segment } from "../segment/document";
import type { SegmentWords } from "../segment/letter-words";
import type { CheckMemo } from "../segment/memo";
import type { Bead, Category, CheckOptions, InputFormat, LocaleTag, Severity } from "../types";

/** Static description of a rule, as `GET /v1/rules` lists it. */
export interface RuleMeta {
  /** Equal to the rule's file name. */
  id: string;
  description: string;
  category: Category;
  severity: Severity;
  /** Message templates by id, with `{{name}}` placeholders. */
  messages: Record<string, string>;
  /** True when the rule's suggestions are mechanical fixes safe to apply without review. */
  fixable?: boolean;
  /** How sure a finding of this rule is (0–1) when the finding does not grade its own evidence. */
  confidence: number;
}

/**
 * One example of a rule: a source/target pair. In a bad example `<marker>…</marker>` marks each exact span
 * the rule must report (its primary span: the target span if the issue has one, else the source span).
 */
export interface RuleExample {
  from: LocaleTag;
  to: LocaleTag;
  source: string;
  target: string;
  format?: InputFormat;
  options?: CheckOptions;
  /** For bad examples: the suggestion expected on the first marked issue; null: no issue may carry a fix. */
  suggestion?: string | null;
}

/** A span in clean-text offsets of one side's Doc. */
export interface LocalSpan {
  start: number;
  end: number;
}

/** What a rule reports; the pipeline turns it into an Issue with raw offsets, id and message. */
export interface Finding {
  messageId: string;
  data?: Record<string, string | number>;
  source?: LocalSpan;
  target?: LocalSpan;
  suggestion?: string;
  /** Overrides the rule's default severity for this finding (e.g. a minor name near-miss). */
  severity?: Severity;
  /** Overrides the rule's category for this finding. */
  category?: Category;
  /** Overrides the rule's default confidence when the finding's evidence is stronger or weaker (0–1). */
  confidence?: number;
}

/** An alignment bead with its segments resolved. */
export interface AlignedPair {
  bead: Bead;
  source: Segment[];
  target: Segment[];
}

/** Everything a rule sees. */
export interface RuleContext {
  source: Doc;
  target: Doc;
  alignment: Bead[];
  pairs: AlignedPair[];
  options: CheckOptions;
  /** Index into `pairs` of the bead holding each source / target segment. */
  pairOfSource: number[];
  pairOfTarget: number[];
  /** The letter words of each segment of each side, scanned on first request and shared by every rule of this check. */
  words: { source: SegmentWords; target: SegmentWords };
  /**
   * What this check derives from its documents (anchor keys, folded text, sentence keys…), one memo per side and
   * the pair's own values, each filled on first request and shared by the aligner and every rule (src/segment/memo.ts).
   */
  memo: CheckMemo;
  report(finding: Finding): void;
}

/** A rule: meta, examples (its tests) and a check. */
export interface Rule {
  meta: RuleMeta;
  examples: { good: RuleExample[]; bad: RuleExample[] };
  check(ctx: RuleContext): void;
}

/** Identity helper that types a rule definition. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
