// German anchors (rules/de/locale.json "cognateSpelling" and "compounds", rules/de/stopwords.json): German writes k
// and z where its cognates write c, joins compounds into one word, and spells the sharp s "ß"; anchors even these
// out, so German sentences meet their translations on as many keys as Romance and English ones do.
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import { textAnchorKeys } from "../../src/align/anchors";
import { sideMemo } from "../../src/segment/memo";
import type { Lang } from "../../src/types";

const keys = (text: string, lang: Lang, other: Lang) => textAnchorKeys(sideMemo(buildDoc(text, lang, "text", other)), text);

describe("German anchor keys", () => {
  it("k and z read as c, so cognates meet", () => {
    expect(keys("Kommission Konflikt Zentrum Aktion", "de", "en")).toEqual(keys("commission conflict centre action", "en", "de"));
    expect(keys("Kandidat Konferenz", "de", "es")).toEqual(keys("candidato conferencia", "es", "de"));
  });

  it("only German spells so: an English or Spanish k stays", () => {
    expect(keys("Kenya", "en", "de")).toEqual(["keny"]);
  });

  it("a compound also gives its last part's key when the lexicon knows it", () => {
    expect(keys("Bundesregierung", "de", "en")).toEqual(["bund", ...keys("government", "en", "de")]);
    expect(keys("Regierung", "de", "en")).toEqual(keys("government", "en", "de"));
  });

  it("the sharp s is ss, not a token boundary", () => {
    expect(keys("Straße", "de", "en")).toEqual(keys("street", "en", "de"));
    expect(keys("Maßnahmen", "de", "en")).toEqual(keys("measures", "en", "de"));
  });

  it("German function words give no key, those with ß too", () => {
    expect(keys("einige andere beiden könnten sogar", "de", "en")).toEqual([]);
    expect(keys("außerdem gemäß nämlich", "de", "en")).toEqual([]);
  });

  it("a case or plural ending comes off a word the lexicon lists without it (rules/de/locale.json lexiconEndings)", () => {
    expect(keys("Präsidenten", "de", "en")).toEqual(keys("president", "en", "de"));
    expect(keys("Landes", "de", "en")).toEqual(keys("country", "en", "de"));
    expect(keys("Bundespräsidenten", "de", "en")).toEqual(["bund", ...keys("president", "en", "de")]);
    // A stem needs 4 letters: "Orte" keeps its own key, though the lexicon lists "ort".
    expect(keys("Orte", "de", "en")).toEqual(["orte"]);
  });
});

describe("signs as anchors (rules/anchor-lexicon.json signs)", () => {
  it("a percent, dollar or euro sign meets the word a translation spells out", () => {
    expect(keys("5 %", "de", "en")).toEqual(keys("5 percent", "en", "de"));
    expect(keys("3 Prozent", "de", "es")).toEqual(keys("3 %", "es", "de"));
    expect(keys("10 €", "fr", "en")).toEqual(keys("10 euros", "en", "fr"));
    expect(keys("4 $", "en", "fr")).toEqual(keys("4 dollars", "fr", "en"));
  });
});
