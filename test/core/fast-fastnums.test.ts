// Plain code written without waste in negation and the number rules, against the versions it replaced.
import { describe, expect, it } from "vitest";
import { endsNt } from "../../src/rules/lib/negation";

/** Every string of 1 to `max` pieces of `alphabet`. */
function allStrings(alphabet: string[], max: number): string[] {
  const out: string[] = [];
  for (let len = 1, layer = [""]; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    for (const s of layer) out.push(s);
  }
  return out;
}

describe("negation's endsNt", () => {
  it("answers as /n['’]t$/ on every string of up to 5 pieces", () => {
    const NT = /n['’]t$/;
    const texts = allStrings(["n", "N", "'", "’", "t", "T", "a", "\n", "ñ", "\u{1d400}"], 5);
    expect(texts.filter((w) => endsNt(w) !== NT.test(w))).toEqual([]);
  });
});
