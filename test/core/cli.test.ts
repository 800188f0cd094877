import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT, runCli, UsageError } from "../../src/cli/main";

const files: Record<string, string> = {
  "src.txt": "El presidente llegó a Lima el lunes. Se reunió con los ministros.",
  "tgt.txt": "The president arrived in Lima on Monday. He met the ministers.",
  "empty.txt": "  \n",
  "glossary.json": JSON.stringify([{ source: "ministros", target: "ministers" }]),
  "bad-glossary.json": JSON.stringify({ source: "x" }),
};

function cli(...argv: string[]) {
  const out: string[] = [];
  const code = runCli(argv, {
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
    expect(report.languages).toEqual({ source: "es", target: "en" });
    expect(report.segments.source).toHaveLength(2);
    expect(code).toBe(report.summary.verdict === "block" ? EXIT.blocked : EXIT.ok);
  });

  it("exits 1 when the verdict is block", () => {
    const { code, out } = cli(
      "check", "--source", "fixtures/es-en-structural/source.txt", "--target", "fixtures/es-en-structural/target.txt",
      "--from", "es", "--to", "en", "--output", "text",
    );
    expect(out).toMatch(/^verdict: block/m);
    expect(code).toBe(EXIT.blocked);
  });

  it("lowers the bar with --fail-on and turns rules off with --rule", () => {
    const base = ["check", "--source", "fixtures/es-en-structural/source.txt", "--target", "fixtures/es-en-structural/target.txt", "--from", "es", "--to", "en"];
    const critical = cli(...base, "--fail-on", "critical");
    expect(JSON.parse(critical.out).summary.verdict).toBe("review");
    expect(critical.code).toBe(EXIT.ok);
    const off = JSON.parse(cli(...base, "--rule", "omission=off").out);
    expect(off.issues.some((i: { ruleId: string }) => i.ruleId === "omission")).toBe(false);
  });

  it("writes the exports with --output csv|html|xliff", () => {
    const base = ["check", "--source", "fixtures/es-en-structural/source.txt", "--target", "fixtures/es-en-structural/target.txt", "--from", "es", "--to", "en"];
    const report = JSON.parse(cli(...base).out);
    const csv = cli(...base, "--output", "csv");
    expect(csv.code).toBe(EXIT.blocked);
    expect(csv.out.split("\r\n").filter(Boolean)).toHaveLength(report.issues.length + 1);
    expect(cli(...base, "--output", "html").out).toMatch(/^<!doctype html>/);
    expect(cli(...base, "--output", "xliff").out.match(/<its:locQualityIssue /g)).toHaveLength(report.issues.length);
  });

  it("accepts a glossary file", () => {
    const { code } = cli("check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--glossary", "glossary.json");
    expect(code).toBe(EXIT.ok);
  });

  it.each([
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "fr"], /not supported; use one of: es, en/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "es"], /must differ/],
    [["check", "--source", "src.txt", "--from", "es", "--to", "en"], /--target is required/],
    [["check", "--source", "empty.txt", "--target", "tgt.txt", "--from", "es", "--to", "en"], /is empty/],
    [["check", "--source", "missing.txt", "--target", "tgt.txt", "--from", "es", "--to", "en"], /cannot read --source/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--rule", "nope=off"], /unknown rule/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--format", "pdf"], /--format takes/],
    [["check", "--source", "src.txt", "--target", "tgt.txt", "--from", "es", "--to", "en", "--glossary", "bad-glossary.json"], /--glossary must be/],
    [["frobnicate"], /unknown command/],
  ])("rejects bad input %j with a usage error", (argv, message) => {
    expect(() => cli(...argv)).toThrow(UsageError);
    expect(() => cli(...argv)).toThrow(message);
  });

  it("prints help, version and the rule list", () => {
    expect(cli("--help").out).toMatch(/Exit codes/);
    expect(cli("--version").out).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(cli("rules").out).map((r: { id: string }) => r.id)).toContain("omission");
  });
});
