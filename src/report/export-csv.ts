import type { ExportReport } from "./exportable";

/** Columns of the CSV export, in order (one row per issue). */
export const CSV_COLUMNS = [
  "id",
  "rule",
  "category",
  "severity",
  "status",
  "message",
  "source_start",
  "source_end",
  "source_text",
  "target_start",
  "target_end",
  "target_text",
  "suggestion",
  "review_comment",
] as const;

/** A cell a spreadsheet would read as a formula (= + - @) or whose leading tab/CR it would eat. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that must be quoted (RFC 4180): it holds a quote, a comma, a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: formula-like text gets a leading apostrophe (OWASP), then RFC 4180 quoting when needed. */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV: a UTF-8 BOM (so spreadsheets read accents), a header row, one CRLF-ended row per issue. */
export function toCsv(report: ExportReport): string {
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const i of report.issues) {
    const cells = [
      i.id,
      i.ruleId,
      i.category,
      i.severity,
      i.review?.status ?? "open",
      i.message,
      i.source?.start,
      i.source?.end,
      i.source?.text,
      i.target?.start,
      i.target?.end,
      i.target?.text,
      i.suggestion?.text,
      i.review?.comment,
    ];
    rows.push(cells.map(csvCell).join(","));
  }
  return `\ufeff${rows.map((r) => `${r}\r\n`).join("")}`;
}
