import type { Issue, Report, Severity } from "../types";
import { LineIndex } from "./positions";

/** Where each side of a checked input came from: its name and its raw text (for line:column). */
export interface Sides {
  source: { name: string; text: string };
  target: { name: string; text: string };
}

const SGR = { reset: "\x1b[0m", bold: "\x1b[1m", dim: "\x1b[2m", red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m" };
const SEVERITY_COLOR: Record<Severity, string> = { critical: SGR.bold + SGR.red, major: SGR.red, minor: SGR.yellow };
const VERDICT_COLOR = { block: SGR.bold + SGR.red, review: SGR.yellow, pass: SGR.green };

/** Shows a span's text on one line: line breaks and tabs as escapes, long texts cut in the middle. */
function shown(text: string): string {
  const flat = text.replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  return flat.length > 80 ? `${flat.slice(0, 38)}…${flat.slice(-38)}` : flat;
}

/** One line per issue (`file:line:column  severity (confidence)  rule  message "text" → "fix"`), then the verdict. */
export function formatText(report: Report, sides: Sides, color = false): string {
  const paint = (code: string, s: string) => (color ? code + s + SGR.reset : s);
  const index = { source: new LineIndex(sides.source.text), target: new LineIndex(sides.target.text) };
  const lines = report.issues.map((i: Issue) => {
    const side = i.target ? "target" : "source";
    const span = i[side]!;
    const where = `${sides[side].name}:${index[side].at(span.start)}`;
    const fix = i.suggestion ? ` → "${shown(i.suggestion.text)}"` : "";
    const confidence = i.confidence === undefined ? "" : ` (${i.confidence.toFixed(2)})`;
    return (
      `${paint(SGR.dim, where)}  ${paint(SEVERITY_COLOR[i.severity], i.severity.padEnd(8))}${confidence} ` +
      `${paint(SGR.bold, i.ruleId)}  ${i.message} "${shown(span.text)}"${fix}`
    );
  });
  const s = report.summary;
  lines.push(
    `verdict: ${paint(VERDICT_COLOR[s.verdict], s.verdict)} (${s.issues} issues: ` +
      `${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor)`,
  );
  return lines.join("\n");
}
