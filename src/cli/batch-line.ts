// One line of `translint batch` output: an item's id and its report, or the error that stopped it.
// Pure (no Node APIs), so the Worker tests can compare it with the API's answer byte for byte.
import { check } from "../checker";
import { RULES } from "../rules";
import { limitsFrom } from "../worker/limits";
import { validateItem } from "../worker/batches/parse";
import { LimitExceeded, sentenceLimitGuard } from "../worker/validate";

/** What a checked item yields: its output line and its verdict (undefined when it failed). */
export interface ItemResult {
  line: string;
  verdict?: "pass" | "review" | "block";
  rules?: Record<string, number>;
}

/**
 * Validates and checks one item (a parsed JSON value) as POST /v1/batches and /v1/check do, with the same
 * default limits. The report in the line is exactly the body /v1/check answers for the same request.
 */
export function checkItemLine(id: string, value: unknown): ItemResult {
  const limits = limitsFrom(undefined);
  const valid = validateItem(value, limits);
  if (!valid.ok) return { line: errorLine(id, valid.error.code, valid.error.message) };
  try {
    const report = check(valid.value.request, RULES, undefined, sentenceLimitGuard(limits));
    const rules: Record<string, number> = {};
    for (const issue of report.issues) rules[issue.ruleId] = (rules[issue.ruleId] ?? 0) + 1;
    return { line: `{"id":${JSON.stringify(id)},"report":${JSON.stringify(report)}}`, verdict: report.summary.verdict, rules };
  } catch (err) {
    if (err instanceof LimitExceeded) return { line: errorLine(id, err.error.code, err.error.message) };
    throw err;
  }
}

/** The line of an item that could not be checked. */
export function errorLine(id: string, code: string, message: string): string {
  return JSON.stringify({ id, error: { code, message } });
}
