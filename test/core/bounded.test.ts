import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { MAX_ISSUES_PER_RULE } from "../../src/check/check";

/** n sentence pairs whose targets each carry a doubled comma. */
function doubledCommas(n: number) {
  const source = Array.from({ length: n }, (_, k) => `El día ${k + 1}, el consejo se reunió en la plaza.`).join(" ");
  const target = Array.from({ length: n }, (_, k) => `On day ${k + 1},, the council met in the square.`).join(" ");
  return check({ source: { text: source, lang: "es" }, target: { text: target, lang: "en" } });
}

describe("issues of one rule per article are capped", () => {
  it("lists every issue up to the cap", () => {
    const report = doubledCommas(MAX_ISSUES_PER_RULE);
    const own = report.issues.filter((i) => i.ruleId === "doubled-punctuation");
    expect(own).toHaveLength(MAX_ISSUES_PER_RULE);
    expect(own.every((i) => i.target?.text === ",,")).toBe(true);
  });

  it("lists the first 50 in text order and one summary at the first left out, with the count", () => {
    const report = doubledCommas(MAX_ISSUES_PER_RULE + 12);
    const own = report.issues.filter((i) => i.ruleId === "doubled-punctuation");
    expect(own).toHaveLength(MAX_ISSUES_PER_RULE + 1);
    const summary = own.find((i) => /more issues of this rule/.test(i.message))!;
    expect(summary.message).toMatch(/^12 more issues/);
    const listed = own.filter((i) => i !== summary).map((i) => i.target!.start);
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(summary.target!.start).toBeGreaterThan(Math.max(...listed));
    expect(summary.target!.text).toBe(",,");
    expect(report.summary.issues).toBe(report.issues.length);
  });
});
