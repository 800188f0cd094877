import { applyPatch } from "diff";
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { applyFixes } from "../../src/report/fix";
import { defineRule, type Rule } from "../../src/check/rule";
import type { Issue } from "../../src/types";

/** A stand-in rule (only its meta matters to applyFixes). */
function rule(id: string, fixable: boolean): Rule {
  return defineRule({
    meta: {
      id,
      description: "test rule",
      category: "linguistic/punctuation",
      severity: "minor",
      messages: { m: "m" },
      fixable,
      confidence: 0.8,
    },
    examples: { good: [], bad: [] },
    check: () => undefined,
  });
}

function issue(ruleId: string, text: string, start: number, end: number, suggestion?: string): Issue {
  const i: Issue = {
    id: `${ruleId}-${start}`,
    ruleId,
    category: "linguistic/punctuation",
    severity: "minor",
    message: "m",
    target: { start, end, text: text.slice(start, end) },
  };
  if (suggestion !== undefined) i.suggestion = { text: suggestion };
  return i;
}

const RULES = [rule("fixer", true), rule("advisor", false)];

describe("applyFixes", () => {
  it("returns the target and an empty patch when there is nothing to fix", () => {
    const text = "Nothing to see here.";
    expect(applyFixes(text, [], RULES)).toEqual({ fixed: text, patch: "" });
    // An issue without a suggestion, or from a rule that is not fixable, changes nothing.
    const issues = [issue("fixer", text, 0, 7), issue("advisor", text, 8, 10, "")];
    expect(applyFixes(text, issues, RULES)).toEqual({ fixed: text, patch: "" });
  });

  it("applies every non-overlapping fix, wherever the issues sit in the list", () => {
    const text = "One ,two,, three  four.";
    const issues = [
      issue("fixer", text, text.indexOf("  "), text.indexOf("  ") + 2, " "), // double space
      issue("fixer", text, 3, 4, ""), // space before comma
      issue("fixer", text, 8, 10, ","), // doubled comma
    ];
    const { fixed } = applyFixes(text, issues, RULES);
    expect(fixed).toBe("One,two, three four.");
  });

  it("lets the leftmost fix win when two overlap, and skips a second fix at the same point", () => {
    const text = "the the the end";
    const issues = [
      issue("fixer", text, 4, 11, "the"), // second + third word, overlaps the first fix
      issue("fixer", text, 0, 7, "the"),
      issue("fixer", text, 0, 3, "The"), // same start as the first: conflicting edit
    ];
    const { fixed } = applyFixes(text, issues, RULES);
    // Order in the issue list breaks the tie at start 0: the [0,7) fix comes before [0,3) there.
    expect(fixed).toBe("the the end");
  });

  it("makes a deterministic unified diff without timestamps that turns the target into the fixed text", () => {
    const text = "First paragraph stays.\n\nSecond paragraph has a fix .\n\nThird stays.\n";
    const space = text.indexOf(" .");
    const issues = [issue("fixer", text, space, space + 1, "")];
    const a = applyFixes(text, issues, RULES);
    const b = applyFixes(text, issues, RULES);
    expect(a).toEqual(b);
    expect(a.fixed).toBe("First paragraph stays.\n\nSecond paragraph has a fix.\n\nThird stays.\n");
    expect(a.patch.split("\n").slice(0, 4)).toEqual([
      "===================================================================",
      "--- target",
      "+++ fixed",
      "@@ -1,5 +1,5 @@",
    ]);
    expect(a.patch).toContain("-Second paragraph has a fix .\n+Second paragraph has a fix.");
    expect(applyPatch(text, a.patch)).toBe(a.fixed);
  });
});

describe("fixed and patch in the report", () => {
  it("are always present, equal to the target when the translation is clean", () => {
    const report = check({
      source: { text: "El ministro habló con la prensa.", lang: "es" },
      target: { text: "The minister spoke to the press.", lang: "en" },
    });
    expect(report.fixed).toBe("The minister spoke to the press.");
    expect(report.patch).toBe("");
  });

  it("undo planted spacing, doubled-comma and repeated-word defects; a stray period is a hint, not a fix", () => {
    const broken = "Peaks of up to 250 people were recorded. in that situation ,, the police said.\n\nThe the plan was approved.";
    const fixed = "Peaks of up to 250 people were recorded. in that situation, the police said.\n\nThe plan was approved.";
    const report = check({
      source: { text: "Se registraron picos de hasta 250 personas en esa situación, dijo la policía.\n\nEl plan se aprobó.", lang: "es" },
      target: { text: broken, lang: "en" },
    });
    expect(report.fixed).toBe(fixed);
    expect(applyPatch(broken, report.patch!)).toBe(fixed);
    // Deleting the period is suggested (a comma may have been meant elsewhere, so the editor applies it).
    const stray = report.issues.find((i) => i.ruleId === "sentence-start-case");
    expect(stray?.target?.text).toBe(".");
    expect(stray?.suggestion).toEqual({ text: "" });
  });

  it("map fixes to raw offsets in HTML and leave markup alone", () => {
    const report = check({
      source: { text: "<p>Dijo que sí, y se fue.</p>", lang: "es" },
      target: { text: "<p>He said <b>yes</b> ,, and left.</p>", lang: "en" },
      format: "html",
    });
    expect(report.fixed).toBe("<p>He said <b>yes</b>, and left.</p>");
  });

  it("may delete an entity space, but never rewrites a span that holds a tag", () => {
    const report = check({
      source: { text: "<p>Los precios subieron, dijo. El plan fue el mejor.</p>", lang: "es" },
      target: { text: "<p>Prices rose&nbsp;, he said. The plan was <i>the</i> the best.</p>", lang: "en" },
      format: "html",
    });
    const repeated = report.issues.find((i) => i.ruleId === "repeated-word");
    expect(repeated?.target?.text).toBe("the</i> the");
    expect(repeated?.suggestion).toBeUndefined();
    expect(report.fixed).toBe("<p>Prices rose, he said. The plan was <i>the</i> the best.</p>");
  });
});
