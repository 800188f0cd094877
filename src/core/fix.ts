import type { Rule } from "./rule";
import type { Issue, Report } from "./types";

/** Applies the non-overlapping mechanical fixes to the target; returns `fixed` and `patch` (empty for now). */
export function applyFixes(target: string, issues: Issue[], rules: readonly Rule[]): Pick<Report, "fixed" | "patch"> {
  void target; void issues; void rules;
  return {};
}
