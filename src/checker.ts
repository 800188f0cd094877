// The checker as its callers use it: the core pipeline (src/check) with translint's rule registry (src/rules).
// The registry lives here, above the core, so the core never imports a rule; pass your own list to check only some.
import { check as runPipeline, type SegmentGuard, type StageObserver } from "./check/check";
import type { Rule } from "./check/rule";
import { RULES } from "./rules";
import type { CheckRequest, Report } from "./types";

/** Checks one article pair with the given rules (default: every registered rule) and returns the report. */
export function check(req: CheckRequest, rules: readonly Rule[] = RULES, observe?: StageObserver, guard?: SegmentGuard): Report {
  return runPipeline(req, rules, observe, guard);
}
