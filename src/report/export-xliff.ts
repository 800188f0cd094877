import type { Bead, Category, ReportSegment, Severity, TextSpan } from "../types";
import { xmlText as esc, type ExportIssue, type ExportMeta, type ExportReport } from "./exportable";

/** W3C ITS 2.0 locQualityIssueType of each MQM category translint reports. */
export const ITS_ISSUE_TYPE: Record<Category, string> = {
  "accuracy/mistranslation": "mistranslation",
  "accuracy/omission": "omission",
  "accuracy/addition": "addition",
  "accuracy/untranslated": "untranslated",
  "terminology/wrong-term": "terminology",
  "terminology/inconsistent": "inconsistency",
  "linguistic/punctuation": "typographical",
  "linguistic/grammar": "grammar",
  "linguistic/spelling": "misspelling",
  "locale/number-format": "locale-violation",
  "locale/date-format": "locale-violation",
  "locale/quote-style": "locale-violation",
  "design/markup": "markup",
};

/** ITS 2.0 locQualityIssueSeverity (0–100) of each MQM severity. */
export const ITS_SEVERITY: Record<Severity, number> = { minor: 30, major: 70, critical: 100 };

/** A marker to write into one side of a unit: [start, end) in the unit's text, pointing at an issue group. */
interface Marker {
  start: number;
  end: number;
  ref: string;
}

/**
 * The report as XLIFF 2.1: one unit per alignment bead (its source and target segments joined by a space, in one
 * segment), each issue an `its:locQualityIssues` group in its unit, anchored by `<sm/>`…`<em/>` markers
 * (empty markers, so overlapping issues nest freely and the text stays whole for any reader).
 */
export function toXliff(report: ExportReport, meta: ExportMeta = {}): string {
  const units = report.alignment.map(() => ({ groups: [] as string[], source: [] as Marker[], target: [] as Marker[] }));
  const placed = placeIssues(report);
  report.issues.forEach((issue, k) => {
    const at = placed[k];
    const unit = units[at.bead];
    const ref = `u${at.bead + 1}-q${unit.groups.length + 1}`;
    unit.groups.push(issueGroup(issue, ref));
    for (const side of ["source", "target"] as const) {
      const span = at[side];
      if (span) unit[side].push({ ...span, ref });
    }
  });
  const body = report.alignment.map((bead, b) => {
    const u = units[b];
    const source = withMarkers(unitText(report.segments.source, bead.source), u.source, "s");
    const target = withMarkers(unitText(report.segments.target, bead.target), u.target, "t");
    return (
      `  <unit id="u${b + 1}">\n${u.groups.join("")}` +
      `   <segment id="s${b + 1}">\n    <source>${source}</source>\n    <target>${target}</target>\n   </segment>\n  </unit>\n`
    );
  });
  const original = meta.id ? ` original="translint-report-${esc(meta.id)}"` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"` +
    ` version="2.1" srcLang="${esc(report.languages.source)}" trgLang="${esc(report.languages.target)}">\n` +
    ` <file id="f1"${original}>\n${body.join("")} </file>\n</xliff>\n`
  );
}

function issueGroup(issue: ExportIssue, ref: string): string {
  const enabled = issue.review?.status === "dismissed" ? ` locQualityIssueEnabled="no"` : "";
  return (
    `   <its:locQualityIssues xml:id="${ref}">\n` +
    `    <its:locQualityIssue locQualityIssueType="${ITS_ISSUE_TYPE[issue.category] ?? "other"}"` +
    ` locQualityIssueComment="${esc(`${issue.ruleId}: ${issue.message}`)}"` +
    ` locQualityIssueSeverity="${ITS_SEVERITY[issue.severity]}"${enabled}/>\n` +
    `   </its:locQualityIssues>\n`
  );
}

/** The text of a unit's side: its segments' texts joined by one space. */
function unitText(segments: ReportSegment[], indices: number[]): { text: string; segs: ReportSegment[] } {
  const segs = indices.map((i) => segments[i]);
  return { text: segs.map((s) => s.text).join(" "), segs };
}

/** Where each issue goes: its bead, and its spans as offsets into that bead's unit texts. */
function placeIssues(report: ExportReport): { bead: number; source?: Range; target?: Range }[] {
  const beadOf = { source: beadIndex(report.alignment, "source"), target: beadIndex(report.alignment, "target") };
  return report.issues.map((issue) => {
    const side = issue.target ? "target" : "source";
    const span = issue[side];
    const seg = span ? segmentAt(report.segments[side], span.start) : -1;
    const bead = seg >= 0 ? beadOf[side][seg] : 0;
    const out: { bead: number; source?: Range; target?: Range } = { bead };
    for (const s of ["source", "target"] as const) {
      const sp = issue[s];
      const range = sp && bead < report.alignment.length ? toUnitRange(report.segments[s], report.alignment[bead][s], sp) : null;
      if (range) out[s] = range;
    }
    return out;
  });
}

type Range = { start: number; end: number };

/** The bead holding each segment of one side. */
function beadIndex(alignment: Bead[], side: "source" | "target"): number[] {
  const out: number[] = [];
  alignment.forEach((b, k) => {
    for (const i of b[side]) out[i] = k;
  });
  return out;
}

/** The last segment starting at or before `pos` (0 when none does; -1 when there are no segments). */
function segmentAt(segments: ReportSegment[], pos: number): number {
  let found = segments.length ? 0 : -1;
  for (let i = 0; i < segments.length && segments[i].start <= pos; i++) found = i;
  return found;
}

/** A raw span as offsets into the unit text of the bead's segments (clipped to them); null when outside. */
function toUnitRange(segments: ReportSegment[], indices: number[], span: TextSpan): Range | null {
  let offset = 0;
  let start = -1;
  let end = -1;
  for (const i of indices) {
    const seg = segments[i];
    if (start < 0 && span.start < seg.end + 1) start = offset + clamp(span.start - seg.start, 0, seg.text.length);
    if (span.end >= seg.start) end = offset + clamp(span.end - seg.start, 0, seg.text.length);
    offset += seg.text.length + 1;
  }
  if (start < 0 || end < 0) return null;
  return { start, end: Math.max(start, end) };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Escaped unit text with `<sm id type its:locQualityIssuesRef/>` … `<em startRef/>` around each marker. */
function withMarkers(unit: { text: string }, markers: Marker[], prefix: string): string {
  type Event = { pos: number; order: number; k: number; xml: string };
  const events: Event[] = [];
  markers.forEach((m, k) => {
    const id = `${prefix}m${k + 1}`;
    events.push({ pos: m.start, order: 1, k, xml: `<sm id="${id}" type="its:any" its:locQualityIssuesRef="#${m.ref}"/>` });
    events.push({ pos: m.end, order: m.end > m.start ? 0 : 2, k, xml: `<em startRef="${id}"/>` });
  });
  events.sort((a, b) => a.pos - b.pos || a.order - b.order || a.k - b.k);
  let out = "";
  let at = 0;
  for (const e of events) {
    out += esc(unit.text.slice(at, e.pos)) + e.xml;
    at = e.pos;
  }
  return out + esc(unit.text.slice(at));
}
