import { createTwoFilesPatch } from "diff";
import type { Rule } from "../check/rule";
import type { Issue, Report } from "../types";

/** One replacement of the raw target: [start, end) becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the mechanical fixes to the raw target and returns `fixed` and `patch`, both always present.
 * A fix is an issue with a target span and a suggestion, raised by a rule whose `meta.fixable` is true.
 * Fixes are taken left to right; one that overlaps an earlier fix is skipped (leftmost wins; on equal starts the
 * issue order decides). `patch` is a unified diff "target" -> "fixed" without timestamps, or "" when nothing
 * changes (then `fixed` equals the target).
 */
export function applyFixes(target: string, issues: Issue[], rules: readonly Rule[]): Required<Pick<Report, "fixed" | "patch">> {
  const fixable = new Set(rules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
  const edits = selectEdits(issues.filter((i) => fixable.has(i.ruleId)));
  const fixed = applyEdits(target, edits);
  if (fixed === target) return { fixed, patch: "" };
  return { fixed, patch: createTwoFilesPatch("target", "fixed", target, fixed, undefined, undefined, { context: 3 }) };
}

/** The non-overlapping edits of the given issues, left to right. */
function selectEdits(issues: Issue[]): Edit[] {
  const candidates: { edit: Edit; order: number }[] = [];
  issues.forEach((i, order) => {
    if (!i.target || i.suggestion === undefined) return;
    if (i.suggestion.text === i.target.text) return;
    candidates.push({ edit: { start: i.target.start, end: i.target.end, text: i.suggestion.text }, order });
  });
  candidates.sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  const out: Edit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const { edit } of candidates) {
    // An edit starting inside the previous one overlaps it; two insertions at the same point also conflict.
    if (edit.start < lastEnd || edit.start === lastStart) continue;
    out.push(edit);
    lastStart = edit.start;
    lastEnd = edit.end;
  }
  return out;
}

/** Applies sorted, non-overlapping edits to a string. */
function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
