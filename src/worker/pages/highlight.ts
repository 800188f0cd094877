import type { ReportSegment, Severity, Side, TextSpan } from "../../types";
import { lastStartingAtOrBefore } from "../../check/offsets";
import { severityRank } from "../../report/summary";
import type { ReviewedIssue } from "../review";

/** A run of a segment's raw text covered by the same issues (none = plain text; start === end = caret). */
export interface Piece {
  start: number;
  end: number;
  text: string;
  issues: ReviewedIssue[];
}

/** The span an issue marks on one side, if any. */
export function spanOn(issue: ReviewedIssue, side: Side): TextSpan | undefined {
  return side === "source" ? issue.source : issue.target;
}

/** The side whose span locates an issue in the review table: the target span if it has one, else the source. */
export function primarySide(issue: ReviewedIssue): Side {
  return issue.target ? "target" : "source";
}

/** Index of the segment holding offset `at`: the last one starting at or before it (0 when before all). */
export function segmentAt(segments: readonly ReportSegment[], at: number): number {
  return Math.max(0, lastStartingAtOrBefore(segments, at));
}

/** For each segment of one side, the issues whose span on that side touches it (spans may cross segments). */
export function issuesBySegment(segments: readonly ReportSegment[], issues: readonly ReviewedIssue[], side: Side): ReviewedIssue[][] {
  const out: ReviewedIssue[][] = segments.map(() => []);
  if (!segments.length) return out;
  for (const issue of issues) {
    const span = spanOn(issue, side);
    if (!span) continue;
    for (let k = segmentAt(segments, span.start); k < segments.length && segments[k].start <= span.end; k++) {
      if (touches(segments[k], span)) out[k].push(issue);
    }
  }
  return out;
}

function touches(seg: ReportSegment, span: TextSpan): boolean {
  if (span.start === span.end) return seg.start <= span.start && span.start <= seg.end;
  return span.start < seg.end && span.end > seg.start;
}

/**
 * Splits a segment's raw text into pieces at every issue boundary, so overlapping spans become runs that list
 * every issue covering them; zero-width spans become caret pieces. Offsets are raw offsets into `raw`.
 */
export function pieces(raw: string, seg: ReportSegment, issues: readonly ReviewedIssue[], side: Side): Piece[] {
  const clipped: { start: number; end: number; issue: ReviewedIssue }[] = [];
  const carets = new Map<number, ReviewedIssue[]>();
  const cuts = new Set<number>([seg.start, seg.end]);
  for (const issue of issues) {
    const span = spanOn(issue, side);
    if (!span) continue;
    if (span.start === span.end) {
      if (span.start < seg.start || span.start > seg.end) continue;
      carets.set(span.start, [...(carets.get(span.start) ?? []), issue]);
      cuts.add(span.start);
      continue;
    }
    const start = Math.max(span.start, seg.start);
    const end = Math.min(span.end, seg.end);
    if (start >= end) continue;
    clipped.push({ start, end, issue });
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k];
    const caretIssues = carets.get(at);
    if (caretIssues) out.push({ start: at, end: at, text: "", issues: caretIssues });
    if (k + 1 === points.length) break;
    const next = points[k + 1];
    const covering = clipped.filter((c) => c.start <= at && c.end >= next).map((c) => c.issue);
    out.push({ start: at, end: next, text: raw.slice(at, next), issues: covering });
  }
  return out;
}

/** The most serious severity among issues. */
export function worstSeverity(issues: readonly ReviewedIssue[]): Severity {
  let worst: Severity = "minor";
  for (const i of issues) if (severityRank(i.severity) > severityRank(worst)) worst = i.severity;
  return worst;
}
