import type { Issue, Report } from "../types";

/** An issue as exports read it: the report's issue, with its review decision when the report was stored. */
export type ExportIssue = Issue & { review?: { status: string; comment: string | null } };

/** A report as exports read it (a fresh report, or a stored one with review decisions). */
export type ExportReport = Omit<Report, "issues"> & { issues: ExportIssue[] };

/** Names the exported document: the stored report's id and a title. */
export interface ExportMeta {
  id?: string;
  title?: string;
}

/** Export formats served besides JSON. */
export const EXPORT_FORMATS = ["csv", "html", "xliff"] as const;
/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Content type and file extension of each export format. */
export const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  csv: { type: "text/csv; charset=utf-8; header=present", ext: "csv" },
  html: { type: "text/html; charset=utf-8", ext: "html" },
  xliff: { type: "application/xliff+xml; charset=utf-8", ext: "xlf" },
};

/** Escapes the five XML/HTML special characters. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML_CHAR =
  // regex-safe: single characters and surrogate pairs under lookarounds (safe-regex2 cannot parse them); no quantifier
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces characters XML cannot carry by U+FFFD, then escapes: safe text for any XML or HTML document. */
export function xmlText(s: string): string {
  return escapeXml(s.replace(NOT_XML_CHAR, "\ufffd"));
}

/** The issue's primary span and side: the target span when it has one, else the source span. */
export function primarySpan(issue: Issue): { side: "source" | "target"; start: number; end: number; text: string } | null {
  if (issue.target) return { side: "target", ...issue.target };
  if (issue.source) return { side: "source", ...issue.source };
  return null;
}
