// The acronym forms' fast path (src/rules/lib/unknown-acronyms.ts forEachForm: each acronym's letters as an
// expression of their own, and one shared expression for what follows them) against formPattern, the one
// expression per acronym it replaces (src/fast/README.md).
import { describe, expect, it } from "vitest";
import { countFolded, forEachForm, formPattern, holdsFoldedForm } from "../../src/rules/lib/unknown-acronyms";

/** The match ends formPattern finds, left to right. */
function plainEnds(folded: string, letters: string): number[] {
  return [...folded.matchAll(formPattern(letters, "gu"))].map((m) => m.index + m[0].length);
}

function fastEnds(folded: string, letters: string): number[] {
  const out: number[] = [];
  forEachForm(folded, letters, (end) => {
    out.push(end);
    return false;
  });
  return out;
}

/** A small deterministic generator (the same strings on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

// Units that make the look-ahead, the dots, the plural and code points outside the BMP matter.
const TEXT_UNITS = ["u", "e", "s", "'", ".", " ", "x", "1", "é", "ñ", "-", "𝐀", "\ud835", "\udc00", "ü"];
const LETTERS = ["UE", "ue", "U", "EEUU", "ÜE", "SE", "1E", "E1", "𝐀E", "E𝐀", "ES", "U.E", "", "UÉ"];

describe("acronym forms: forEachForm against formPattern", () => {
  it("finds the ends formPattern's matches find, and counts and holds as it does", () => {
    const next = random(7);
    const bad: string[] = [];
    for (let n = 0; n < 4000; n++) {
      const length = 1 + Math.floor(next() * 12);
      const text = Array.from({ length }, () => TEXT_UNITS[Math.floor(next() * TEXT_UNITS.length)]).join("");
      for (const letters of LETTERS) {
        const plain = plainEnds(text, letters);
        const fast = fastEnds(text, letters);
        const same =
          JSON.stringify(fast) === JSON.stringify(plain) &&
          countFolded(text, letters) === plain.length &&
          holdsFoldedForm(text, letters) === formPattern(letters).test(text);
        if (!same && bad.length < 5) bad.push(`${JSON.stringify(text)} ${letters}: ${fast} vs ${plain}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("stops when the callback says so, and reads forms in real sentences as formPattern does", () => {
    const text = "la u.e. y la ue, las ues y la u.e's; eeuu. e.e.u.u.s y fue ue1 y xue";
    for (const letters of ["UE", "EEUU", "FUE"]) {
      expect(fastEnds(text, letters)).toEqual(plainEnds(text, letters));
      const first: number[] = [];
      forEachForm(text, letters, (end) => {
        first.push(end);
        return true;
      });
      expect(first).toEqual(plainEnds(text, letters).slice(0, 1));
    }
    expect(plainEnds(text, "UE").length).toBeGreaterThan(3);
  });
});
