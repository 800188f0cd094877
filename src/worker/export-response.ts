import type { Context } from "hono";
import { EXPORT_FORMATS, EXPORT_TYPES, exportReport, type ExportFormat, type ExportReport } from "../report";
import { httpError, type HttpError } from "./errors";

/** A representation of a report the API serves: JSON or one of the exports. */
export type ReportFormat = "json" | ExportFormat;

/** Formats `?format=` takes. */
export const REPORT_FORMATS = ["json", ...EXPORT_FORMATS] as const;

/** Media types matched against Accept, in order of preference on a tie (JSON first: it stays the default). */
const MEDIA: [string, ReportFormat][] = [
  ["application/json", "json"],
  ["text/csv", "csv"],
  ["text/html", "html"],
  ["application/xliff+xml", "xliff"],
];

/**
 * The format a request asks for: `?format=` first, else the Accept type with the highest q (JSON on a tie or
 * when Accept is absent or a wildcard). An unknown `format` is a 400; an Accept that allows none of them, 406.
 */
export function negotiateFormat(format: string | undefined, accept: string | undefined): ReportFormat | HttpError {
  if (format !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
    return httpError(400, "invalid_format", `"format" must be one of: ${REPORT_FORMATS.join(", ")}.`);
  }
  if (!accept?.trim()) return "json";
  let best: ReportFormat | null = null;
  let bestQ = 0;
  for (const [media, fmt] of MEDIA) {
    const q = qualityOf(accept, media);
    if (q > bestQ) [best, bestQ] = [fmt, q];
  }
  return (
    best ??
    httpError(406, "not_acceptable", `Accept allows none of the report's types: ${MEDIA.map(([m]) => m).join(", ")} (or use ?format=).`)
  );
}

/** The q value Accept gives a media type (exact type, then type/*, then *\/*); 0 when it is not accepted. */
function qualityOf(accept: string, media: string): number {
  const [type] = media.split("/");
  let q = 0;
  let rank = -1;
  for (const part of accept.split(",")) {
    const [range, ...params] = part.trim().toLowerCase().split(";");
    const r = range.trim() === media ? 2 : range.trim() === `${type}/*` ? 1 : range.trim() === "*/*" ? 0 : -1;
    if (r <= rank) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qp ? Number(qp.slice(2)) : 1;
    rank = r;
    q = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }
  return q;
}

/** Answers a report export as a download (Content-Type, Content-Disposition; the HTML report may use its inline CSS). */
export function exportResponse(c: Context, report: ExportReport, format: ExportFormat, id: string): Response {
  const { type, ext } = EXPORT_TYPES[format];
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="translint-${id.replace(/[^\w-]/g, "")}.${ext}"`,
    "Cache-Control": "no-store",
  };
  if (format === "html")
    headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
  return c.body(exportReport(report, format, { id }), 200, headers);
}
