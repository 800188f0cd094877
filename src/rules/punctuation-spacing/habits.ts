// punctuation-spacing: a habit that recurs through an article (spaces at quotation marks, doubled spaces) is one finding.
import type { Finding } from "../../check/rule";
import { QUOTE_MARKS } from "./spaces";

/** A systematic habit is one finding, not dozens: from this many findings of one class in an article. */
const PATTERN_MIN = 3;
const PATTERN_WHAT = { quote: "Spaces inside quotation marks", double: "Double spaces" } as const;

/** The class of a finding that may be a whole article's habit: spacing at quotation marks, or doubled spaces. */
function habitOf(text: string, f: Finding): keyof typeof PATTERN_WHAT | undefined {
  if (f.messageId === "double") return "double";
  if (!f.target || !["before", "after", "inside"].includes(f.messageId)) return undefined;
  const { start, end } = f.target;
  const around = (text[start - 1] ?? "") + text.slice(start, end) + (text[end] ?? "");
  for (const c of around) if (QUOTE_MARKS.includes(c)) return "quote";
  return undefined;
}

/** Findings with each habit that recurs (PATTERN_MIN times or more) reported once, at its first place, with a count. */
export function collapsePatterns(text: string, found: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of found) {
    const h = habitOf(text, f);
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of found) {
    const h = habitOf(text, f);
    const n = h ? counts.get(h)! : 0;
    if (!h || n < PATTERN_MIN) out.push(f);
    else if (!seen.has(h)) {
      seen.add(h);
      out.push({ messageId: "pattern", data: { what: PATTERN_WHAT[h], count: n }, target: f.target });
    }
  }
  return out;
}
