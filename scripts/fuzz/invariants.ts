// What every report must satisfy, whatever the text (the same invariants as the fast-check properties).
import type { Report, TextSpan } from "../../src/types";

/** The first broken invariant of a report on these raw texts, or null when all hold. */
export function brokenInvariant(report: Report, source: string, target: string): string | null {
  const raws = { source, target };
  const spanError = (what: string, span: TextSpan, raw: string): string | null => {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= raw.length))
      return `${what} [${span.start}, ${span.end}) outside its text (${raw.length})`;
    if (raw.slice(span.start, span.end) !== span.text) return `${what} [${span.start}, ${span.end}) text differs from its slice`;
    return null;
  };
  for (const side of ["source", "target"] as const) {
    for (const [k, s] of report.segments[side].entries()) {
      const e = spanError(`${side} segment ${k}`, s, raws[side]);
      if (e) return e;
    }
    // Alignment: monotone, covering every segment exactly once, in order.
    const seen = report.alignment.flatMap((b) => b[side]);
    if (seen.length !== report.segments[side].length || seen.some((x, k) => x !== k))
      return `alignment does not cover the ${side} segments once in order`;
  }
  for (const [k, b] of report.alignment.entries()) {
    if (b.source.length + b.target.length === 0) return `empty bead ${k}`;
    if (!(b.score >= 0 && b.score <= 1)) return `bead ${k} score ${b.score} outside [0, 1]`;
  }
  for (const issue of report.issues) {
    if (!issue.source && !issue.target) return `issue ${issue.id} has no span`;
    for (const side of ["source", "target"] as const) {
      const span = issue[side];
      const e = span && spanError(`${issue.ruleId} ${side} span`, span, raws[side]);
      if (e) return e;
    }
  }
  if (report.summary.issues !== report.issues.length) return "summary count differs from the issues";
  return null;
}
