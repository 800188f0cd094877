import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import xliff2js from "xliff/xliff2js";
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { Report } from "../../src/types";
import { CSV_COLUMNS, csvCell, toCsv } from "../../src/report/export-csv";
import { toHtml } from "../../src/report/export-html";
import { ITS_ISSUE_TYPE, ITS_SEVERITY, toXliff } from "../../src/report/export-xliff";

const read = (f: string) => readFileSync(`fixtures/es-en-structural/${f}`, "utf8");
const structural = check({
  source: { text: read("source.txt"), lang: "es" },
  target: { text: read("target.txt"), lang: "en" },
});

/** A report whose texts hold everything that breaks naive CSV, HTML and XML writers. */
function hostileReport(): Report {
  const source = `=SUM(A1) dijo "hola", <b>jefe</b> & co.\u0001 +34 @mención`;
  const target = `-2+3 said "hi", <script>alert(1)</script> & co. \t@mention`;
  const r = check({ source: { text: source, lang: "es" }, target: { text: target, lang: "en" } });
  r.issues.push(
    {
      id: "x-1",
      ruleId: "glossary",
      category: "terminology/wrong-term",
      severity: "critical",
      message: '=HYPERLINK("http://evil") , "quoted"\nnext line',
      source: { start: 0, end: 8, text: source.slice(0, 8) },
      target: { start: 0, end: 4, text: target.slice(0, 4) },
      suggestion: { text: "@cmd" },
    },
    {
      id: "x-2",
      ruleId: "addition",
      category: "accuracy/addition",
      severity: "minor",
      message: "<img src=x onerror=alert(1)>",
      target: { start: 16, end: 41, text: target.slice(16, 41) },
    },
  );
  return r;
}

describe("CSV export", () => {
  it("has one row per issue and reads back intact through csv-parse (RFC 4180)", () => {
    for (const report of [structural, hostileReport()]) {
      const rows = parse(toCsv(report), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(report.issues.length);
      expect(Object.keys(rows[0] ?? Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])))).toEqual([...CSV_COLUMNS]);
      report.issues.forEach((issue, k) => {
        const unformula = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
        expect(rows[k].id).toBe(issue.id);
        expect(rows[k].rule).toBe(issue.ruleId);
        expect(unformula(rows[k].message)).toBe(issue.message);
        expect(unformula(rows[k].target_text)).toBe(issue.target?.text ?? "");
        expect(unformula(rows[k].source_text)).toBe(issue.source?.text ?? "");
        expect(rows[k].target_start).toBe(issue.target ? String(issue.target.start) : "");
        expect(rows[k].status).toBe("open");
      });
    }
  });

  it("escapes every cell a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell(12)).toBe("12");
    const rows = parse(toCsv(hostileReport()), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("ends rows with CRLF and starts with a BOM", () => {
    const csv = toCsv(structural);
    expect(csv.startsWith("\ufeffid,rule,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(structural.issues.length + 2);
  });
});

describe("HTML export", () => {
  it("is one self-contained page with every issue's message and spans escaped", () => {
    const report = hostileReport();
    const html = toHtml(report, { id: "01TEST" });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<(script|img|link|iframe|object)\b|<[^>]*\son\w+=/i);
    const esc = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
    for (const issue of report.issues) {
      expect(html).toContain(esc(issue.message));
      if (issue.target) expect(html).toContain(esc(issue.target.text));
    }
    expect(html).not.toContain("\u0001");
  });

  it("lists every issue of a real report in order", () => {
    const html = toHtml(structural);
    const rows = html.split("<tbody>")[1].split("</tbody>")[0].split("<tr").length - 1;
    expect(rows).toBe(structural.issues.length);
  });
});

type Value = string | Value[] | Record<string, unknown>;
const flat = (v: Value): string => (typeof v === "string" ? v : Array.isArray(v) ? v.map(flat).join("") : "");

describe("XLIFF 2.1 export", () => {
  it("reads back with the xliff library: every bead a unit with its texts, every issue an ITS annotation", async () => {
    for (const report of [structural, hostileReport()]) {
      const xml = toXliff(report, { id: "01TEST" });
      const js = (await xliff2js(xml)) as {
        xliffVersion: string;
        sourceLanguage: string;
        targetLanguage: string;
        resources: Record<string, Record<string, { source: Value; target: Value; additionalElements?: XmlEl[] }>>;
      };
      expect(js.xliffVersion).toBe("2.1");
      expect([js.sourceLanguage, js.targetLanguage]).toEqual([report.languages.source, report.languages.target]);
      const units = Object.values(js.resources.f1);
      expect(units).toHaveLength(report.alignment.length);
      report.alignment.forEach((bead, b) => {
        const text = (side: "source" | "target") => bead[side].map((i) => report.segments[side][i].text).join(" ");
        // xml-js (under the xliff library) drops text nodes made only of whitespace between two elements, so a
        // whitespace-only span between markers reads back empty; everything else must be exact.
        const norm = (s: string) => (report === structural ? s : s.replace(/\s+/g, ""));
        expect(norm(flat(units[b].source))).toBe(norm(text("source").replace(/\u0001/g, "\ufffd")));
        expect(norm(flat(units[b].target))).toBe(norm(text("target").replace(/\u0001/g, "\ufffd")));
      });
      const annotations = units
        .flatMap((u) => (u.additionalElements ?? []).filter((e) => e.name === "its:locQualityIssues"))
        .flatMap((g) => g.elements!.filter((e) => e.name === "its:locQualityIssue").map((e) => e.attributes!));
      expect(annotations).toHaveLength(report.issues.length);
      const expected = report.issues.map((i) => ({
        locQualityIssueType: ITS_ISSUE_TYPE[i.category],
        locQualityIssueComment: `${i.ruleId}: ${i.message}`,
        locQualityIssueSeverity: String(ITS_SEVERITY[i.severity]),
      }));
      expect(sortBy(annotations)).toEqual(sortBy(expected));
    }
  });

  it("round-trips an XLIFF input: XLIFF 2.1 in, findings, XLIFF 2.1 with ITS out, read back intact", async () => {
    const pairs: [string, string][] = [
      ["El ministro llegó a Quito el martes.", "The minister arrived in Quito on Monday."],
      ["Se reunió con 34 alcaldes de la región.", "He met 43 mayors of the region."],
      ["La OIM pidió más fondos.", "The OIM asked for more funds."],
    ];
    const input =
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="es" trgLang="en"><file id="f">` +
      pairs.map(([s, t], k) => `<unit id="u${k}"><segment><source>${s}</source><target>${t}</target></segment></unit>`).join("") +
      "</file></xliff>";
    const report = check({ source: { text: input, lang: "es" }, target: { text: input, lang: "en" }, format: "xliff" });
    expect(report.issues.length).toBeGreaterThanOrEqual(3); // the weekday, the number and the acronym
    const js = (await xliff2js(toXliff(report, { id: "01ROUNDTRIP" }))) as {
      resources: Record<string, Record<string, { source: Value; target: Value; additionalElements?: XmlEl[] }>>;
    };
    const units = Object.values(js.resources.f1);
    // The file's own pairing survives: one unit per input unit, with the same texts.
    expect(units.map((u) => [flat(u.source), flat(u.target)])).toEqual(pairs);
    const annotations = units
      .flatMap((u) => (u.additionalElements ?? []).filter((e) => e.name === "its:locQualityIssues"))
      .flatMap((g) => g.elements!.filter((e) => e.name === "its:locQualityIssue"));
    expect(annotations).toHaveLength(report.issues.length);
  });

  it("anchors each issue with sm/em markers around its exact text", () => {
    const xml = toXliff(structural);
    for (const m of xml.matchAll(/<sm id="(\w+)" type="its:any" its:locQualityIssuesRef="#([\w-]+)"\/>(.*?)<em startRef="\1"\/>/g)) {
      expect(xml).toContain(`xml:id="${m[2]}"`);
    }
    const refs = [...xml.matchAll(/its:locQualityIssuesRef="#([\w-]+)"/g)].map((m) => m[1]);
    const ids = [...xml.matchAll(/xml:id="([\w-]+)"/g)].map((m) => m[1]);
    expect(new Set(refs)).toEqual(new Set(ids));
    const omission = structural.issues.find((i) => i.ruleId === "omission")!;
    const anchored = [...xml.matchAll(/<sm id="(\w+)"[^>]*\/>([^<]*)<em startRef="\1"\/>/g)].map((m) => m[2]);
    expect(anchored).toContain(omission.source!.text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"));
  });

  it("marks dismissed issues as not enabled", () => {
    const report = {
      ...structural,
      issues: structural.issues.map((i, k) => (k === 0 ? { ...i, review: { status: "dismissed", comment: null } } : i)),
    };
    expect(toXliff(report).match(/locQualityIssueEnabled="no"/g)).toHaveLength(1);
  });
});

interface XmlEl {
  name?: string;
  attributes?: Record<string, string>;
  elements?: XmlEl[];
}
const sortBy = (xs: Record<string, string>[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
