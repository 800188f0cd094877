// The JSON text `translint check --output json` prints for one report: JSON.stringify(report, null, 2), with the
// text of some of its fields written ahead. A check on two threads (src/cli/two-threads.ts) writes its report's
// segments and alignment while its main thread waits for the worker: on the 6,003-pair document they are ~3.6 of
// the ~4.5 MB the CLI prints, most of the stringify it does once the last rule is in.
import type { Report } from "../types";

/** Per report, the JSON text of fields written ahead, by field name. */
const AHEAD = new WeakMap<Report, ReadonlyMap<string, string>>();

/** What stands for a field written ahead while the rest of the report is stringified (no report text is it). */
const standIn = (key: string) => `\u0000ahead:${key}`;

/** The JSON text of `value` as JSON.stringify(report, null, 2) writes it for the report's field `key`. */
export function fieldJson(key: string, value: unknown): string {
  const whole = JSON.stringify({ [key]: value }, null, 2);
  return whole.slice(`{\n  ${JSON.stringify(key)}: `.length, whole.length - "\n}".length);
}

/** Keeps the JSON text of fields of `report` written ahead (`fieldJson` of each field's value), for reportJson. */
export function setFieldsAhead(report: Report, fields: ReadonlyMap<string, string>): void {
  AHEAD.set(report, fields);
}

/** JSON.stringify(report, null, 2), with the text of the fields written ahead put in their places. */
export function reportJson(report: Report): string {
  const ahead = AHEAD.get(report);
  if (!ahead) return JSON.stringify(report, null, 2);
  // A spread keeps the report's keys in their order; a stand-in string takes each field's value.
  const stood: Record<string, unknown> = { ...report };
  for (const key of ahead.keys()) stood[key] = standIn(key);
  const json = JSON.stringify(stood, null, 2);
  // A stand-in's first place in that text is its field's: before the fields written ahead (segments, alignment) come
  // only the report's version, languages and summary, which hold no text of the documents.
  const places = [...ahead]
    .map(([key, text]) => ({ at: json.indexOf(JSON.stringify(standIn(key))), length: JSON.stringify(standIn(key)).length, text }))
    .sort((a, b) => a.at - b.at);
  let out = "";
  let from = 0;
  for (const p of places) {
    out += json.slice(from, p.at) + p.text;
    from = p.at + p.length;
  }
  return out + json.slice(from);
}
