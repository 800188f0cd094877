// French numbers in words (rules/fr/number-words.json read by the number reader): vigesimal from 70, "et" joins,
// hyphenated compounds, hundreds; Spanish and English readings are unchanged by the keys that allow them.
import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../src/rules/lib/number-mentions/extract";
import { pairScope } from "../../src/lang/pair";
import type { Lang } from "../../src/types";
import { check } from "../../src/checker";
import numberMismatch from "../../src/rules/number-mismatch/number-mismatch";

const values = (text: string, lang: Lang, other: Lang) => extractNumbers(text, lang, pairScope(lang, other)).map((m) => m.value);

describe("French number words", () => {
  it.each([
    ["Il avait soixante-quinze ans.", 75],
    ["soixante-dix-sept voix", 77],
    ["soixante et onze voix", 71],
    ["quatre-vingts voix", 80],
    ["quatre-vingt-un voix", 81],
    ["quatre-vingt-onze voix", 91],
    ["quatre-vingt-dix-neuf voix", 99],
    ["vingt et un voix", 21],
    ["trente-deux voix", 32],
    ["dix-sept voix", 17],
    ["cinq cents euros", 500],
    ["deux cent quatre-vingt-treize euros", 293],
    ["trois mille deux cents euros", 3200],
  ])("%s reads %d", (text, value) => {
    expect(values(text, "fr", "en")).toEqual([value]);
  });

  it("reads numbers after an elided article", () => {
    expect(values("l'un des onze joueurs", "fr", "en")).toEqual([1, 11]);
  });

  it("reads ordinals and 'une vingtaine' as numbers the other side may state in digits", () => {
    expect(values("à la quinzième minute", "fr", "en")).toEqual([15]);
    expect(values("une vingtaine de manifestants", "fr", "en")).toEqual([20]);
  });

  it("matches a spelled ordinal and an approximate count against digits (no number-mismatch)", () => {
    const issues = (source: string, target: string) =>
      check({ source: { text: source, lang: "en" }, target: { text: target, lang: "fr" } }, [numberMismatch]).issues;
    expect(issues("The goal came in the 13th minute of the match.", "Le but est tombé à la treizième minute du match.")).toEqual([]);
    expect(issues("Some 20 people were waiting outside the bank.", "Une vingtaine de personnes attendaient devant la banque.")).toEqual([]);
    // A different ordinal still leaves the source's number unmatched.
    const wrong = issues("The goal came in the 13th minute of the match.", "Le but est tombé à la quatorzième minute du match.");
    expect(wrong.map((i) => i.source?.text)).toEqual(["13th"]);
  });

  it("leaves Spanish and English compounds as they were", () => {
    expect(values("setenta y cinco votos", "es", "en")).toEqual([75]);
    expect(values("seventy-five votes", "en", "es")).toEqual([75]);
    expect(values("diez siete", "es", "en")).toEqual([10, 7]);
  });
});
