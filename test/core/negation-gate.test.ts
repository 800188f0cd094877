// negation's mayNegate (one expression over a bead side) against the plain version it stands in for: polarityOf
// reading every word. mayNegate may answer true where polarityOf finds no negator, never false where it finds one.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { polarityOf } from "../../src/rules/lib/negation";
import { mayNegate } from "../../src/fast/negation-gate";
import { pairScope } from "../../src/lang/pair";
import { supportedLanguages } from "../../src/lang/registry";
import type { Lang } from "../../src/types";

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe("mayNegate against polarityOf", () => {
  for (const language of supportedLanguages()) {
    const lang = language.code as Lang;
    const verbal = language.negation.verbal;
    it(`answers true wherever polarityOf finds a negator (${lang})`, () => {
      const words = verbal.flatMap((w) => [w, w.toUpperCase(), upperFirst(w), w.replace(/'/g, "’")]);
      const pieces = [...words, "didn't", "WON’T", "a", "é", "e\u0301", "𝐀", "7", "'", "’", " ", ", ", ". ", "-", "n’a", "qu'"];
      const scope = pairScope(lang, lang === "en" ? "es" : "en");
      const missed = allStrings(pieces, 3).filter((s) =>
        [0, 1].some((from) => {
          const p = polarityOf(s, from, s.length, lang, scope);
          return (p.negators.length > 0 || p.main.length > 0) && !mayNegate(s, from, s.length, lang);
        }),
      );
      expect(missed.slice(0, 5)).toEqual([]);
    });
  }

  it("answers false for a sentence with no negator, and true for each language's negators", () => {
    expect(mayNegate("El ministro confirmó la candidatura de Nogales.", 0, 47, "es")).toBe(false);
    expect(mayNegate("The minister did not rule out a bid.", 0, 36, "en")).toBe(true);
    expect(mayNegate("He didn’t say.", 0, 14, "en")).toBe(true);
    expect(mayNegate("Il n’a rien dit.", 0, 16, "fr")).toBe(true);
    expect(mayNegate("Nothing new, nobody came.", 0, 25, "en")).toBe(false);
  });
});
