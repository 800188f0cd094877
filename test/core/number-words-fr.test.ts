// French numbers in words (rules/fr/number-words.json read by the number reader): vigesimal from 70, "et" joins,
// hyphenated compounds, hundreds; Spanish and English readings are unchanged by the keys that allow them.
import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../src/rules/lib/number-mentions/extract";
import { pairScope } from "../../src/lang/pair";
import type { Lang } from "../../src/types";

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

  it("leaves Spanish and English compounds as they were", () => {
    expect(values("setenta y cinco votos", "es", "en")).toEqual([75]);
    expect(values("seventy-five votes", "en", "es")).toEqual([75]);
    expect(values("diez siete", "es", "en")).toEqual([10, 7]);
  });
});
