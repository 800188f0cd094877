// romanMentions' gate (src/rules/lib/number-mentions/roman.ts): a segment with none of " I", " V", " X" is not searched
// for a regnal digit after a name; the expression (copied here as the plain version) finds none in such a text.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { romanMentions } from "../../src/rules/lib/number-mentions/roman";
import type { NumberMention } from "../../src/rules/lib/number-mentions";

const NAME_AND_DIGIT = /(?<=\S\s+)\p{Lu}\p{Ll}+ ([IVX])(?![\p{L}\p{N}'’])/gu;

describe("romanMentions' gate", () => {
  it("skips only texts where the expression finds no digit after a name", () => {
    const pieces = ["a Felipe", "Felipe", " ", "V", "I", "X", "\u00a0", "\t", "vi", ".", "’", "Guerra", "a", "7"];
    const texts = allStrings(pieces, 4);
    const gated = texts.filter((s) => !s.includes(" I") && !s.includes(" V") && !s.includes(" X"));
    expect(gated.length).toBeGreaterThan(1000);
    expect(gated.filter((s) => [...s.matchAll(NAME_AND_DIGIT)].length > 0)).toEqual([]);
    // and the mentions found with the gate are those the expression finds
    const regnal = (s: string) => {
      const out: NumberMention[] = [];
      romanMentions(s, 0, s.length, out);
      return out.filter((m) => m.end - m.start === 1).map((m) => m.start);
    };
    const plain = (s: string) => [...s.matchAll(NAME_AND_DIGIT)].map((m) => m.index + m[0].length - 1);
    const wrong = texts.filter((s) => plain(s).some((at) => !regnal(s).includes(at)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
