import type { Rule } from "../../src/check/rule";
import { RULES } from "../../src/rules";

/**
 * Every registered rule, each wrapped so that a rule that throws is counted (by id) instead of stopping the
 * measurement; the caller prints `crashes` so missing findings are never silent.
 */
export function guardedRules(): { rules: Rule[]; crashes: Map<string, number> } {
  const crashes = new Map<string, number>();
  const rules = RULES.map((r) => ({
    ...r,
    check(ctx: Parameters<Rule["check"]>[0]) {
      try {
        r.check(ctx);
      } catch {
        crashes.set(r.meta.id, (crashes.get(r.meta.id) ?? 0) + 1);
      }
    },
  }));
  return { rules, crashes };
}
