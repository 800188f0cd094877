import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { CheckOptions, Format, Issue, Lang } from "../../src/types";

interface Expected {
  from: Lang;
  to: Lang;
  format: Format;
  options?: CheckOptions;
  note: string;
  expect: { ruleId: string; side: "source" | "target"; text: string; suggestion?: string }[];
}

const dir = new URL("../../fixtures/", import.meta.url).pathname;
const fixtures = readdirSync(dir).filter((d) => !d.startsWith("."));

function key(ruleId: string, side: string, text: string): string {
  return `${ruleId} ${side}: ${text}`;
}

function primaryKey(i: Issue): string {
  return i.target ? key(i.ruleId, "target", i.target.text) : key(i.ruleId, "source", i.source!.text);
}

describe.each(fixtures)("fixture %s", (name) => {
  const read = (f: string) => readFileSync(join(dir, name, f), "utf8");
  const exp = JSON.parse(read("expected.json")) as Expected;
  const run = () =>
    check({
      source: { text: read("source.txt"), lang: exp.from },
      target: { text: read("target.txt"), lang: exp.to },
      format: exp.format,
      options: exp.options,
    });

  it("reports exactly the planted defects, at the right place", () => {
    const report = run();
    const got = report.issues.map(primaryKey).sort();
    const want = exp.expect.map((e) => key(e.ruleId, e.side, e.text)).sort();
    expect(got).toEqual(want);
    for (const e of exp.expect) {
      if (e.suggestion === undefined) continue;
      const issue = report.issues.find((i) => primaryKey(i) === key(e.ruleId, e.side, e.text));
      expect(issue?.suggestion?.text).toBe(e.suggestion);
    }
  });

  it("gives byte-identical JSON for the same input", () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  it("keeps every span equal to its slice of the submitted text", () => {
    const report = run();
    const src = read("source.txt");
    const tgt = read("target.txt");
    for (const s of report.segments.source) expect(src.slice(s.start, s.end)).toBe(s.text);
    for (const s of report.segments.target) expect(tgt.slice(s.start, s.end)).toBe(s.text);
    for (const i of report.issues) {
      if (i.source) expect(src.slice(i.source.start, i.source.end)).toBe(i.source.text);
      if (i.target) expect(tgt.slice(i.target.start, i.target.end)).toBe(i.target.text);
    }
  });
});
