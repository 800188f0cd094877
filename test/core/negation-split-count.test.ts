// negation's splitCount (a unit loop) against the plain version it replaces, text.split(/\s+/).length.
import { describe, expect, it } from "vitest";
import { splitCount } from "../../src/rules/lib/negation";

describe("negation's splitCount against splitting on /\\s+/", () => {
  it("counts as text.split(/\\s+/).length for every UTF-16 unit around words and for texts of spaces and words", () => {
    const plain = (text: string) => text.split(/\s+/).length;
    const units = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
    const pieces = ["a", "no", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "é", ""];
    const texts = [...units, ...units.map((u) => `a${u}b`), ...units.filter((_, c) => c % 31 === 0).map((u) => `${u}${u}x ${u}`)];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c, `${a}word${b}${c}word`);
    expect(texts.filter((t) => splitCount(t) !== plain(t))).toEqual([]);
  });
});
