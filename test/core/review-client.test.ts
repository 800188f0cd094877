import { applyPatch, createTwoFilesPatch } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules";
import { actionLabel, editBetween, parseGlossary, shiftSpans, unifiedDiff } from "../../src/worker/pages/client-lib";
import { categoryName, CATEGORY_NAMES, ruleName } from "../../src/worker/pages/labels";

describe("actionLabel", () => {
  it("reads a suggestion as an action on the flagged text", () => {
    expect(actionLabel(".", "")).toBe("Delete “.”");
    expect(actionLabel("", ".")).toBe("Insert “.”");
    expect(actionLabel("OIM", "IOM")).toBe("Replace “OIM” with “IOM”");
    expect(actionLabel("  ", " ")).toBe("Replace “␣␣” with “␣”");
  });
});

describe("labels", () => {
  it("names every category and every registered rule in words", () => {
    for (const [code, name] of Object.entries(CATEGORY_NAMES)) expect(categoryName(code)).toBe(name);
    for (const rule of RULES) {
      const name = ruleName(rule.meta.id);
      expect(name).toMatch(/^[A-Z][^-]*$/);
      expect(name).not.toBe(rule.meta.id);
    }
    expect(ruleName("tag-mismatch")).toBe("Tag mismatch");
  });
});

describe("editBetween and shiftSpans", () => {
  it("finds the one replaced range and moves, keeps or drops spans across it", () => {
    expect(editBetween("the OIM said", "the IOM said")).toEqual({ start: 4, end: 6, length: 2 });
    const spans: Record<string, { start: number; end: number } | null> = {
      before: { start: 0, end: 3 },
      hit: { start: 4, end: 7 },
      after: { start: 8, end: 12 },
      caretAfter: { start: 7, end: 7 },
    };
    shiftSpans(spans, 4, 7, 5);
    expect(spans).toEqual({ before: { start: 0, end: 3 }, hit: null, after: { start: 10, end: 14 }, caretAfter: { start: 9, end: 9 } });
  });

  it("keeps every untouched span on the same text after random edits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (text, a, b, ins) => {
        const s = a % (text.length + 1);
        const e = s + (b % (text.length - s + 1));
        const edited = text.slice(0, s) + ins + text.slice(e);
        const spans: Record<string, { start: number; end: number } | null> = {};
        for (let i = 0; i + 2 <= text.length; i++) spans[`w${i}`] = { start: i, end: i + 2 };
        shiftSpans(spans, s, e, ins.length);
        for (let i = 0; i + 2 <= text.length; i++) {
          const moved = spans[`w${i}`];
          if (moved) expect(edited.slice(moved.start, moved.end)).toBe(text.slice(i, i + 2));
          else expect(i < Math.max(e, s + 1) && i + 2 > s).toBe(true);
        }
      }),
    );
  });
});

describe("unifiedDiff", () => {
  it("writes the same patch as the diff package for a one-line change", () => {
    const before = "Title\n\nOne.\nTwo.\nThree.\nFour.\nFive.\n";
    const after = "Title\n\nOne.\nTwo!\nThree.\nFour.\nFive.\n";
    const ours = unifiedDiff(before, after, "target", "fixed");
    const theirs = createTwoFilesPatch("target", "fixed", before, after, undefined, undefined, { context: 3 });
    expect(ours).toBe(theirs.replace(/^=+\n/, ""));
  });

  it("is a patch the diff package applies back to the edited text", () => {
    const lines = fc.array(fc.constantFrom("a", "b", "c", "dd", "", "e f"), { maxLength: 14 });
    fc.assert(
      fc.property(lines, lines, fc.boolean(), fc.boolean(), (x, y, ex, ey) => {
        const before = x.join("\n") + (ex ? "\n" : "");
        const after = y.join("\n") + (ey ? "\n" : "");
        const patch = unifiedDiff(before, after, "target", "corrected");
        if (before === after) expect(patch).toBe("");
        else expect(applyPatch(before, patch)).toBe(after);
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseGlossary", () => {
  it("reads one term a line with =, → , -> or a tab, and names the line it cannot read", () => {
    expect(parseGlossary("vivienda = housing\n\nOIM → IOM\nalcalde->mayor\nONU\tUN\n")).toEqual({
      entries: [
        { source: "vivienda", target: "housing" },
        { source: "OIM", target: "IOM" },
        { source: "alcalde", target: "mayor" },
        { source: "ONU", target: "UN" },
      ],
      error: null,
    });
    expect(parseGlossary("vivienda = housing\nsolo").error).toMatch(/^Glossary line 2 /);
    expect(parseGlossary(" = housing").error).toMatch(/^Glossary line 1 /);
  });
});
