import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { RULES_BY_ID } from "../../src/rules";
import { MAX_ISSUES_PER_RULE } from "../../src/check/check";

const rule = RULES_BY_ID.get("invisible-characters")!;
const run = (source: string, target: string) =>
  check({ source: { text: source, lang: "es" }, target: { text: target, lang: "en" } }, [rule]);

describe("invisible-characters", () => {
  it("is capped like every rule: MAX_ISSUES_PER_RULE issues one by one, then one that counts the rest", () => {
    const target = Array.from({ length: 300 }, (_, k) => `Word${k}\u200Bpart.`).join(" ");
    const report = run("Una frase.", target);
    expect(report.issues).toHaveLength(MAX_ISSUES_PER_RULE + 1);
    const last = report.issues[MAX_ISSUES_PER_RULE];
    expect(last.message).toMatch(/^250 more issues of this rule/);
    expect(last.suggestion).toBeUndefined();
    expect(last.target!.text).toBe("\u200B");
    // Only listed issues are fixed; the rest stay for the editor, who is told how many there are.
    expect((report.fixed!.match(/\u200B/g) ?? []).length).toBe(250);
  });

  it("leaves emoji sequences alone: joiners between pictographs and the tags of a subdivision flag", () => {
    const flag = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    expect(run("Hola.", `Cheers 👩\u200D💻 from ${flag} today.`).issues).toEqual([]);
  });

  it("flags a C1 control left by a mis-decoded quote and a byte-order mark in the middle of a text", () => {
    const report = run("Dijo «sí».", "He said \u0093yes\u0094. And\uFEFF then.");
    expect(report.issues.map((i) => [i.target!.text, i.severity, i.category])).toEqual([
      ["\u0093", "minor", "linguistic/spelling"],
      ["\u0094", "minor", "linguistic/spelling"],
      ["\uFEFF", "minor", "linguistic/spelling"],
    ]);
  });

  it("is deterministic and raises nothing on text without invisible characters", () => {
    const a = JSON.stringify(run("El 3 de mayo.", "On May 3\u202E."));
    expect(JSON.stringify(run("El 3 de mayo.", "On May 3\u202E."))).toBe(a);
    expect(run("El 3 de mayo.", "On May 3.").issues).toEqual([]);
  });
});

describe("invisible-characters: Windows-1252 text read with the wrong encoding", () => {
  it("names the character each C1 control stands for and writes it in the fixed text", () => {
    const report = run("Dijo «hola» y se fue.", "He said \u0093hello\u0094 and left.");
    expect(report.issues.map((i) => i.suggestion?.text)).toEqual(["“", "”"]);
    expect(report.issues[0].message).toContain("Windows-1252");
    expect(report.fixed).toBe("He said “hello” and left.");
  });

  it("reports three or more such controls as one wrong decoding of the text, at the first, without a fix", () => {
    const report = run("Dijo «hola» – y se fue…", "He said \u0093hello\u0094 \u0096 and left\u0085");
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0].target?.start).toBe(8);
    expect(report.issues[0].message).toContain("4 places");
    expect(report.issues[0].message).toContain("marks “ ” – …");
    expect(report.issues[0].suggestion).toBeUndefined();
  });

  it("deletes a C1 control that Windows-1252 leaves unused, as any other control", () => {
    const report = run("Uno.", "One\u0081.");
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0].suggestion?.text).toBe("");
    expect(report.fixed).toBe("One.");
  });
});
