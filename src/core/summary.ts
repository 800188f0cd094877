import type { Issue, Report, Severity, Verdict } from "./types";
import { SEVERITIES } from "./types";

/** Rank of a severity (minor 0, major 1, critical 2). */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Counts issues and decides the verdict against the failOn threshold. */
export function summarize(issues: Issue[], failOn: Severity): Report["summary"] {
  const bySeverity: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  const byCategory: Record<string, number> = {};
  for (const i of issues) {
    bySeverity[i.severity]++;
    byCategory[i.category] = (byCategory[i.category] ?? 0) + 1;
  }
  const sortedCategories: Record<string, number> = {};
  for (const k of Object.keys(byCategory).sort()) sortedCategories[k] = byCategory[k];
  const threshold = severityRank(failOn);
  let verdict: Verdict = issues.length ? "review" : "pass";
  if (issues.some((i) => severityRank(i.severity) >= threshold)) verdict = "block";
  return { verdict, issues: issues.length, bySeverity, byCategory: sortedCategories };
}
