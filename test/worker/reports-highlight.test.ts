import { describe, expect, it } from "vitest";
import type { ReportSegment } from "../../src/types";
import { issuesBySegment, pieces, worstSeverity } from "../../src/worker/pages/highlight";
import type { ReviewedIssue } from "../../src/worker/review";

const RAW = "One two three four. Five six.";
const SEGS: ReportSegment[] = [
  { start: 0, end: 19, text: "One two three four.", paragraph: 0 },
  { start: 20, end: 29, text: "Five six.", paragraph: 0 },
];

function issue(id: string, start: number, end: number, severity: ReviewedIssue["severity"] = "minor"): ReviewedIssue {
  return {
    id,
    ruleId: "r",
    category: "linguistic/punctuation",
    severity,
    message: id,
    target: { start, end, text: RAW.slice(start, end) },
  };
}

const view = (ps: ReturnType<typeof pieces>) => ps.map((p) => [p.text, p.issues.map((i) => i.id).join("+")]);

describe("review page highlighting", () => {
  it("splits overlapping spans into runs that list every covering issue", () => {
    const a = issue("a", 4, 13, "major"); // "two three"
    const b = issue("b", 8, 18, "critical"); // "three four"
    expect(view(pieces(RAW, SEGS[0], [a, b], "target"))).toEqual([
      ["One ", ""],
      ["two ", "a"],
      ["three", "a+b"],
      [" four", "b"],
      [".", ""],
    ]);
    expect(worstSeverity([a, b])).toBe("critical");
  });

  it("keeps nested spans and zero-width (caret) spans", () => {
    const outer = issue("outer", 0, 13);
    const inner = issue("inner", 4, 7);
    const caret = issue("caret", 18, 18);
    expect(view(pieces(RAW, SEGS[0], [outer, inner, caret], "target"))).toEqual([
      ["One ", "outer"],
      ["two", "outer+inner"],
      [" three", "outer"],
      [" four", ""],
      ["", "caret"],
      [".", ""],
    ]);
  });

  it("clips a span that crosses segments to each segment it touches", () => {
    const across = issue("x", 14, 24); // "four. Five"
    const by = issuesBySegment(SEGS, [across], "target");
    expect(by.map((list) => list.map((i) => i.id))).toEqual([["x"], ["x"]]);
    expect(view(pieces(RAW, SEGS[0], by[0], "target")).at(-1)).toEqual(["four.", "x"]);
    expect(view(pieces(RAW, SEGS[1], by[1], "target"))[0]).toEqual(["Five", "x"]);
  });

  it("ignores spans on the other side", () => {
    const sourceOnly: ReviewedIssue = { ...issue("s", 0, 3), target: undefined, source: { start: 0, end: 3, text: "One" } };
    expect(issuesBySegment(SEGS, [sourceOnly], "target")).toEqual([[], []]);
    expect(view(pieces(RAW, SEGS[0], [sourceOnly], "source"))[0]).toEqual(["One", "s"]);
  });
});
