import type { ItemRow } from "./store";

/** One line of a batch's results. */
export interface ResultRow {
  index: number;
  id: string | null;
  status: ItemRow["status"];
  verdict: ItemRow["verdict"];
  issues: number | null;
  critical: number | null;
  major: number | null;
  minor: number | null;
  reportUrl: string | null;
  error: string | null;
}

/** The report URL of an item: its review page, or the R2 copy through the API, or null while it has none. */
export function reportUrl(batchId: string, row: ItemRow, origin: string): string | null {
  if (row.report_r2_key) return `${origin}/v1/batches/${batchId}/items/${row.idx}/report`;
  return row.report_id ? `${origin}/reports/${row.report_id}` : null;
}

/** Result rows of a batch's items, in submission order. */
export function resultRows(batchId: string, items: ItemRow[], origin: string): ResultRow[] {
  return items.map((r) => ({
    index: r.idx,
    id: r.item_id,
    status: r.status,
    verdict: r.verdict,
    issues: r.issues,
    critical: r.critical,
    major: r.major,
    minor: r.minor,
    reportUrl: reportUrl(batchId, r, origin),
    error: r.error,
  }));
}

/** One JSON object per line. */
export function resultsNdjson(rows: ResultRow[]): string {
  let out = "";
  for (const row of rows) out += `${JSON.stringify(row)}\n`;
  return out;
}

const CSV_COLUMNS = ["index", "id", "status", "verdict", "issues", "critical", "major", "minor", "reportUrl", "error"] as const;

/** RFC 4180 CSV with a header line; empty cells for missing values. */
export function resultsCsv(rows: ResultRow[]): string {
  let out = `${CSV_COLUMNS.join(",")}\r\n`;
  for (const row of rows) out += `${CSV_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`;
  return out;
}

/** A CSV cell: quoted when it holds a comma, quote or line break (quotes doubled). */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
