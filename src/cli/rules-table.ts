import type { RuleMeta } from "../check/rule";

/** The rules as a terminal table: id, category, default severity, fixable, and the description wrapped beside them. */
export function rulesTable(rules: readonly RuleMeta[], width = 100): string {
  const head = ["rule", "category (MQM)", "severity", "fix"];
  const rows = rules.map((m) => [m.id, m.category, m.severity, m.fixable ? "yes" : ""]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const left = widths.reduce((a, w) => a + w + 2, 0);
  const descWidth = Math.max(30, width - left);
  const pad = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k])).join("  ");
  const out = [`${pad(head)}  what it flags`, `${pad(widths.map((w) => "-".repeat(w)))}  ${"-".repeat(13)}`];
  rules.forEach((m, k) => {
    const wrapped = wrap(m.description, descWidth);
    out.push(`${pad(rows[k])}  ${wrapped[0]}`);
    for (const line of wrapped.slice(1)) out.push(`${" ".repeat(left)}${line}`);
  });
  return out.join("\n");
}

/** Splits a text into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
