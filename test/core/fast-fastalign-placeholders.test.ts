// tag-mismatch's placeholdersIn (src/rules/tag-mismatch.ts) against the plain version: text.matchAll(PLACEHOLDER).
import { describe, expect, it } from "vitest";
import { PLACEHOLDER, placeholdersIn } from "../../src/rules/tag-mismatch";
import { allStrings } from "./all-strings";

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

describe("placeholdersIn finds the matches text.matchAll(PLACEHOLDER) finds", () => {
  it("on every string of up to 4 of 14 pieces (braces, percent signs, digits, conversions, letters)", () => {
    const texts = allStrings(["{", "}", "%", "0", "12", "s", "d", "$", ".", "-", "x", "é", " ", "%1$s"], 4);
    expect(texts.filter((t) => JSON.stringify(spans(placeholdersIn(t))) !== JSON.stringify(spans(t.matchAll(PLACEHOLDER))))).toEqual([]);
    expect(texts.some((t) => placeholdersIn(t).length > 0)).toBe(true);
  });
});
