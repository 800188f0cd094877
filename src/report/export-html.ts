import type { ReportSegment } from "../types";
import { xmlText as esc, type ExportIssue, type ExportMeta, type ExportReport } from "./exportable";

/** Inline style sheet of the HTML report: readable on screen, compact and unclipped on paper. */
const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
.meta{color:#555;margin:0 0 1rem}
.verdict{display:inline-block;padding:.1rem .6rem;border-radius:1rem;font-weight:600;color:#fff}
.verdict-block{background:#b3261e}.verdict-review{background:#8a5a00}.verdict-pass{background:#1e7a3a}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f2f2f2}
td.n{width:2.5rem}td.sev{width:5rem}
.critical{color:#b3261e;font-weight:700}.major{color:#b3261e}.minor{color:#8a5a00}
mark{background:#ffe08a;padding:0 .1em}
.dismissed{color:#777;text-decoration:line-through}
code{font:inherit;background:#f4f4f4;padding:0 .2em}
@media print{
 @page{margin:1.5cm}
 body{margin:0;max-width:none;font-size:10pt;color:#000}
 .verdict{color:#000;border:1px solid #000;background:none}
 tr,td,th{break-inside:avoid}thead{display:table-header-group}
 mark{background:none;text-decoration:underline;font-weight:600}
}`;

/** The report as one self-contained HTML page (inline CSS, no scripts, every text escaped) that prints well. */
export function toHtml(report: ExportReport, meta: ExportMeta = {}): string {
  const title = meta.title ?? `translint report${meta.id ? ` ${meta.id}` : ""}`;
  const s = report.summary;
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${esc(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(report.languages.source)} → ${esc(report.languages.target)} · `,
    `<span class="verdict verdict-${esc(s.verdict)}">${esc(s.verdict)}</span> · ${s.issues} issues: `,
    `${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor</p>`,
    `<h2>Issues</h2>`,
    issuesTable(report.issues),
    `<h2>Aligned segments</h2>`,
    segmentsTable(report),
    `</body></html>\n`,
  ].join("");
}

function issuesTable(issues: ExportIssue[]): string {
  if (issues.length === 0) return "<p>No issues.</p>";
  const rows = issues.map((i, k) => {
    const dismissed = i.review?.status === "dismissed" ? ' class="dismissed"' : "";
    const fix = i.suggestion ? (i.suggestion.text ? `<code>${esc(i.suggestion.text)}</code>` : "delete") : "";
    return (
      `<tr${dismissed}><td class="n">${k + 1}</td><td class="sev ${esc(i.severity)}">${esc(i.severity)}</td>` +
      `<td><b>${esc(i.ruleId)}</b><br>${esc(i.category)}</td><td>${esc(i.message)}</td>` +
      `<td>${i.source ? `<code>${esc(i.source.text)}</code>` : ""}</td>` +
      `<td>${i.target ? `<code>${esc(i.target.text)}</code>` : ""}</td><td>${fix}</td>` +
      `<td>${esc(i.review?.status ?? "open")}${i.review?.comment ? `: ${esc(i.review.comment)}` : ""}</td></tr>`
    );
  });
  return (
    `<table><thead><tr><th class="n">#</th><th class="sev">severity</th><th>rule</th><th>message</th>` +
    `<th>source</th><th>target</th><th>suggestion</th><th>review</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
  );
}

function segmentsTable(report: ExportReport): string {
  const marks = { source: spansOf(report.issues, "source"), target: spansOf(report.issues, "target") };
  const cell = (side: "source" | "target", idx: number[]) => idx.map((i) => marked(report.segments[side][i], marks[side])).join(" ");
  const rows = report.alignment.map(
    (b, k) => `<tr><td class="n">${k + 1}</td><td>${cell("source", b.source)}</td><td>${cell("target", b.target)}</td></tr>`,
  );
  return (
    `<table><thead><tr><th class="n">#</th><th>source (${esc(report.languages.source)})</th>` +
    `<th>target (${esc(report.languages.target)})</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
  );
}

/** The spans issues mark on one side, sorted by start. */
function spansOf(issues: ExportIssue[], side: "source" | "target"): { start: number; end: number }[] {
  return issues
    .map((i) => i[side])
    .filter((sp): sp is NonNullable<typeof sp> => !!sp && sp.end > sp.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A segment's text, escaped, with the issue spans inside it wrapped in <mark> (overlaps merged). */
function marked(seg: ReportSegment, spans: { start: number; end: number }[]): string {
  let out = "";
  let at = seg.start;
  for (const sp of spans) {
    const s = Math.max(sp.start, at);
    const e = Math.min(sp.end, seg.end);
    if (e <= s) continue;
    out += `${esc(seg.text.slice(at - seg.start, s - seg.start))}<mark>${esc(seg.text.slice(s - seg.start, e - seg.start))}</mark>`;
    at = e;
  }
  return out + esc(seg.text.slice(at - seg.start));
}
