import type { CheckOptions, Issue, Report, Severity, Verdict } from "./types";
import { SEVERITIES } from "./types";

/** Rank of a severity (minor 0, major 1, critical 2). */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The severity and minimum confidence of a failOn option (a bare severity blocks at any confidence). */
export function failOnThreshold(failOn: NonNullable<CheckOptions["failOn"]>): { severity: Severity; minConfidence: number } {
  return typeof failOn === "string" ? { severity: failOn, minConfidence: 0 } : { severity: failOn.severity, minConfidence: failOn.minConfidence ?? 0 };
}

/** Counts issues and decides the verdict against the failOn threshold (severity, and confidence when given). */
export function summarize(issues: Issue[], failOn: NonNullable<CheckOptions["failOn"]>): Report["summary"] {
  const bySeverity: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  const byCategory: Record<string, number> = {};
  for (const i of issues) {
    bySeverity[i.severity]++;
    byCategory[i.category] = (byCategory[i.category] ?? 0) + 1;
  }
  const sortedCategories: Record<string, number> = {};
  for (const k of Object.keys(byCategory).sort()) sortedCategories[k] = byCategory[k];
  const { severity, minConfidence } = failOnThreshold(failOn);
  const threshold = severityRank(severity);
  let verdict: Verdict = issues.length ? "review" : "pass";
  if (issues.some((i) => severityRank(i.severity) >= threshold && (i.confidence ?? 1) >= minConfidence)) verdict = "block";
  return { verdict, issues: issues.length, bySeverity, byCategory: sortedCategories };
}
