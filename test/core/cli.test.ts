import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT, runCli, UsageError, type Io } from "../../src/cli/main";
import { wantsColor } from "../../src/cli/io";
import { RULES } from "../../src/rules";

const files: Record<string, string> = {
  "src.txt": "El presidente llegó a Lima el lunes. Se reunió con los ministros.",
  "tgt.txt": "The president arrived in Lima on Monday. He met the ministers.",
  "empty.txt": "  \n",
  "glossary.json": JSON.stringify([{ source: "ministros", target: "ministers" }]),
  "bad-glossary.json": JSON.stringify({ source: "x" }),
};

function cli(...argv: string[]) {
  return cliWith({}, ...argv);
}

function cliWith(extra: Partial<Io>, ...argv: string[]) {
  const out: string[] = [];
  const code = runCli(argv, {
    ...extra,
    readFile: (p) => {
      if (p in files) return files[p];
      return readFileSync(p, "utf8");
    },
    out: (t) => void out.push(t),
  });
  return { code, out: out.join("\n") };
}

describe("translint CLI", () => {
  it("prints a JSON report and exits 0 when nothing blocks", () => {
    const { code, out } = cli("check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en");
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.languages).toEqual({ source: "es", target: "en", sourceLanguage: "es", targetLanguage: "en" });
    expect(report.segments.source).toHaveLength(2);
    expect(code).toBe(report.summary.verdict === "block" ? EXIT.blocked : EXIT.ok);
  });

  it("exits 1 when the verdict is block", () => {
    const { code, out } = cli(
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
      "--output",
      "text",
      "--fail-on",
      "minor",
    );
    expect(out).toMatch(/^verdict: block/m);
    expect(code).toBe(EXIT.blocked);
  });

  it("lowers the bar with --fail-on and turns rules off with --rule", () => {
    const base = [
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
    ];
    const critical = cli(...base, "--fail-on", "critical");
    expect(JSON.parse(critical.out).summary.verdict).toBe("review");
    expect(critical.code).toBe(EXIT.ok);
    const off = JSON.parse(cli(...base, "--rule", "omission=off").out);
    expect(off.issues.some((i: { ruleId: string }) => i.ruleId === "omission")).toBe(false);
  });

  it("takes regional tags: --from es-MX --to en-GB, kept in the report", () => {
    const { out } = cli("check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es-MX", "--to", "en_gb");
    expect(JSON.parse(out).languages).toEqual({ source: "es-MX", target: "en-GB", sourceLanguage: "es", targetLanguage: "en" });
  });

  it("--min-confidence drops issues below it; --fail-on minor@c blocks only at or above confidence c", () => {
    const base = [
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
    ];
    const all = JSON.parse(cli(...base).out) as { issues: { confidence: number; severity: string }[] };
    const confidences = all.issues.map((i) => i.confidence);
    const cut = Math.max(...confidences);
    const kept = JSON.parse(cli(...base, "--min-confidence", String(cut)).out);
    expect(kept.issues).toEqual(all.issues.filter((i) => i.confidence >= cut));
    // Every default severity is minor (docs/precision.md), so the gate is set at minor.
    const top = Math.max(...confidences);
    expect(cli(...base, "--fail-on", `minor@${top}`).code).toBe(EXIT.blocked);
    if (top < 1) {
      const gated = cli(...base, "--fail-on", `minor@${Math.min(1, top + 0.01).toFixed(2)}`);
      expect(JSON.parse(gated.out).summary.verdict).toBe("review");
      expect(gated.code).toBe(EXIT.ok);
    }
    expect(cli(...base, "--output", "text").out).toMatch(
      /^fixtures\/es-en-structural\/source\.txt:\d+:\d+ +minor +\(0\.\d\d\) +omission +/m,
    );
  });

  it("writes the exports with --output csv|html|xliff", () => {
    const base = [
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
    ];
    const report = JSON.parse(cli(...base).out);
    const csv = cli(...base, "--output", "csv");
    expect(csv.code).toBe(report.summary.verdict === "block" ? EXIT.blocked : EXIT.ok);
    expect(csv.out.split("\r\n").filter(Boolean)).toHaveLength(report.issues.length + 1);
    expect(cli(...base, "--output", "html").out).toMatch(/^<!doctype html>/);
    expect(cli(...base, "--output", "xliff").out.match(/<its:locQualityIssue /g)).toHaveLength(report.issues.length);
  });

  it("accepts a glossary file", () => {
    const { code } = cli(
      "check",
      "--source",
      "src.txt",
      "--target",
      "tgt.txt",
      "--from",
      "es",
      "--to",
      "en",
      "--glossary",
      "glossary.json",
    );
    expect(code).toBe(EXIT.ok);
  });

  it.each([
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "ja"],
      /--to: "ja" is not a supported language; use one of es, en, fr, de, pt, it/,
    ],
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es-", "--to", "en"],
      /--from: "es-" is not a valid BCP-47 language tag/,
    ],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "es"], /must be different languages/],
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es-MX", "--to", "es-ES"],
      /must be different languages \(both are es\)/,
    ],
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--fail-on", "major@2"],
      /confidence must be a number from 0 to 1/,
    ],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--fail-on", "huge@0.5"], /--fail-on takes/],
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--min-confidence", "x"],
      /--min-confidence: the confidence must be/,
    ],
    [["check", "--source", "src.txt", "--from", "es", "--to", "en"], /--target is required/],
    [["check", "--source", "empty.txt", "--target", "tgt.txt", "--from", "es", "--to", "en"], /is empty/],
    [["check", "--source", "missing.txt", "--target", "tgt.txt", "--from", "es", "--to", "en"], /cannot read --source/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--rule", "nope=off"], /unknown rule/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--format", "pdf"], /--format takes/],
    [
      ["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--glossary", "bad-glossary.json"],
      /--glossary must be/,
    ],
    [["frobnicate"], /unknown command/],
  ])("rejects bad input %j with a usage error", (argv, message) => {
    expect(() => cli(...argv)).toThrow(UsageError);
    expect(() => cli(...argv)).toThrow(message);
  });

  it("prints help, version and the rule list", () => {
    expect(cli("--help").out).toMatch(/Exit codes/);
    expect(cli("--version").out).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(cli("rules", "--json").out).map((r: { id: string }) => r.id)).toContain("omission");
  });

  it("answers --help on every command without doing anything else", () => {
    for (const argv of [["check", "--help"], ["check", "-h"], ["rules", "--help"], ["help"]]) {
      const { code, out } = cli(...argv);
      expect(code).toBe(EXIT.ok);
      expect(out).toMatch(/^Usage:|Usage:/m);
    }
    expect(cli("check", "--help").out).toMatch(/--output json\|text\|csv\|html\|xliff/);
  });

  it("prints the rules as a table, one row per rule, every line within 100 columns", () => {
    const table = cli("rules").out.split("\n");
    expect(table[0]).toMatch(/^rule\s+category \(MQM\)\s+severity\s+fix\s+what it flags$/);
    for (const r of RULES) expect(table.some((l) => l.startsWith(`${r.meta.id} `))).toBe(true);
    for (const l of table) expect(l.length).toBeLessThanOrEqual(100);
  });

  it("gives positions as file:line:column in text output", () => {
    const base = [
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
    ];
    const report = JSON.parse(cli(...base).out);
    const text = readFileSync("fixtures/es-en-structural/target.txt", "utf8");
    const first = report.issues.find((i: { target?: unknown }) => i.target);
    const before = text.slice(0, first.target.start).split("\n");
    const where = `fixtures/es-en-structural/target.txt:${before.length}:${[...before[before.length - 1]].length + 1}`;
    const lines = cli(...base, "--output", "text").out.split("\n");
    expect(lines[report.issues.indexOf(first)]).toMatch(
      new RegExp(`^${where}\\s+${first.severity}\\s+\\(${first.confidence!.toFixed(2)}\\)\\s+${first.ruleId}\\s`),
    );
    expect(lines).toHaveLength(report.issues.length + 1);
  });

  it("colours only when asked or on a terminal without NO_COLOR", () => {
    const base = [
      "check",
      "--source",
      "fixtures/es-en-structural/source.txt",
      "--target",
      "fixtures/es-en-structural/target.txt",
      "--from",
      "es",
      "--to",
      "en",
      "--output",
      "text",
    ];
    expect(cli(...base).out).not.toContain("\x1b[");
    expect(cliWith({ color: true }, ...base).out).toContain("\x1b[");
    expect(cliWith({ color: true }, ...base, "--no-color").out).not.toContain("\x1b[");
    expect(cli(...base, "--color").out).toContain("\x1b[33mminor"); // minor is yellow
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
    expect(wantsColor({ NO_COLOR: "1" }, true)).toBe(false);
    expect(wantsColor({ TERM: "dumb" }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: "1" }, false)).toBe(true);
  });

  it("checks a directory of article pairs, languages from the folder names", () => {
    const { code, out } = cli("check", "fixtures", "--output", "json");
    const results = JSON.parse(out) as { input: string; report: { languages: { source: string }; summary: { verdict: string } } }[];
    expect(results.map((r) => r.input)).toEqual([
      "fixtures/en-es-structural",
      "fixtures/es-en-clean",
      "fixtures/es-en-html",
      "fixtures/es-en-structural",
      "fixtures/es-en-wire",
    ]);
    expect(results[0].report.languages.source).toBe("en");
    expect(results[1].report.languages.source).toBe("es");
    expect(code).toBe(results.some((r) => r.report.summary.verdict === "block") ? EXIT.blocked : EXIT.ok);
    const text = cli("check", "fixtures", "--output", "text").out;
    expect(text).toMatch(/^== fixtures\/es-en-wire$/m);
    expect(text).toMatch(/^checked 5 inputs: \d+ block, \d+ review, \d+ pass$/m);
    expect(() => cli("check", "fixtures", "--output", "csv")).toThrow(/writes one report; 5 inputs/);
    expect(() => cli("check", "src/report")).toThrow(/nothing to check in src\/report/);
  });

  it("checks XLIFF and TMX files with the languages they declare", () => {
    files["a.xlf"] =
      '<xliff version="1.2"><file source-language="es" target-language="en"><body><trans-unit id="1">' +
      '<source>Llegó con 34 ministros <x id="1"/>.</source>\n<target>He came with 34 ministers.</target></trans-unit></body></file></xliff>';
    files["b.tmx"] =
      '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Wash your hands.</seg></tuv>' +
      '<tuv xml:lang="es"><seg>Lávese las manos.</seg></tuv></tu></body></tmx>';
    files["a.txt"] = files["a.xlf"];
    const xlf = cli("check", "a.xlf", "--output", "text");
    expect(xlf.out).toMatch(/^a\.xlf:2:\d+\s+major\s+\(0\.\d\d\)\s+tag-mismatch\s/m);
    expect(xlf.code).toBe(EXIT.blocked);
    const tmx = JSON.parse(cli("check", "b.tmx").out);
    expect(tmx.languages).toEqual({ source: "en", target: "es", sourceLanguage: "en", targetLanguage: "es" });
    expect(JSON.parse(cli("check", "a.txt", "--format", "xliff").out).issues[0].ruleId).toBe("tag-mismatch");
    expect(() => cli("check", "a.txt")).toThrow(/not an XLIFF or TMX file/);
    files["bad.tmx"] = "<xliff/>";
    expect(() => cli("check", "bad.tmx")).toThrow(/bad\.tmx: A TMX file starts with <tmx>/);
  });
});
