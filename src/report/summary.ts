import type { CheckOptions, Issue, Report, Severity, Verdict } from "../types";
import { SEVERITIES } from "../types";

/** Rank of a severity (minor 0, major 1, critical 2). */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The severity and minimum confidence of a failOn option (a bare severity blocks at any confidence). */
export function failOnThreshold(failOn: NonNullable<CheckOptions["failOn"]>): { severity: Severity; minConfidence: number } {
  return typeof failOn === "string"
    ? { severity: failOn, minConfidence: 0 }
    : { severity: failOn.severity, minConfidence: failOn.minConfidence ?? 0 };
}

/** True when an issue is at or above the failOn threshold: its severity, and its confidence when one is set. */
export function blocksAt(issue: Pick<Issue, "severity" | "confidence">, failOn: NonNullable<CheckOptions["failOn"]>): boolean {
  const { severity, minConfidence } = failOnThreshold(failOn);
  return severityRank(issue.severity) >= severityRank(severity) && (issue.confidence ?? 1) >= minConfidence;
}

/** The failOn threshold in words: "major", or "major at confidence 0.80 or more". */
export function failOnLabel(failOn: NonNullable<CheckOptions["failOn"]>): string {
  const { severity, minConfidence } = failOnThreshold(failOn);
  return minConfidence > 0 ? `${severity} at confidence ${minConfidence.toFixed(2)} or more` : severity;
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
  let verdict: Verdict = issues.length ? "review" : "pass";
  if (issues.some((i) => blocksAt(i, failOn))) verdict = "block";
  return { verdict, issues: issues.length, bySeverity, byCategory: sortedCategories };
}
