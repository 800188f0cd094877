import { toCsv } from "./export-csv";
import { toHtml } from "./export-html";
import { toXliff } from "./export-xliff";
import type { ExportFormat, ExportMeta, ExportReport } from "./exportable";

export { EXPORT_FORMATS, EXPORT_TYPES, type ExportFormat, type ExportMeta, type ExportReport } from "./exportable";

/** The report written in one export format. */
export function exportReport(report: ExportReport, format: ExportFormat, meta: ExportMeta = {}): string {
  if (format === "csv") return toCsv(report);
  if (format === "html") return toHtml(report, meta);
  return toXliff(report, meta);
}
