// The Italian pack (rules/it/, src/lang/packs/it.ts): the segmenter and the number reader on Italian text.
import { pairScope } from "../../src/lang/pair";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PACKS } from "../../src/lang/packs";
import { extractNumbers } from "../../src/rules/lib/number-mentions/extract";
import { segmentParagraph } from "../../src/segment/segment";
import type { Lang } from "../../src/types";

const italian = PACKS.it;

const IT = "it" as Lang;
const sentences = (text: string) => segmentParagraph(text, 0, text.length, IT).map(([s, e]) => text.slice(s, e));
const values = (text: string) => extractNumbers(text, IT, pairScope(IT)).map((m) => m.value);

describe("Italian pack", () => {
  it("has every file of a registered pack and the keys of the agreement system", () => {
    expect(readdirSync("rules/it").sort()).toEqual(readdirSync("rules/en").sort());
    expect(italian.name).toBe("Italian");
    expect(italian.gender.system).toBe("agreement");
    for (const key of ["titles", "determiners", "pairs", "participle", "participleAfter", "ofBeforeName"] as const)
      expect(italian.gender[key], key).toBeDefined();
  });

  it("takes months, weekdays and separators from CLDR", () => {
    expect(italian.calendar.months[4][0]).toBe("maggio");
    expect(italian.calendar.weekdays[0]).toEqual(["lunedì", "lunedi"]);
    expect(italian.numberFormat).toEqual({ group: ".", decimal: ",", groupFrom: 10000 });
  });

  it("keeps titles and abbreviations inside a sentence", () => {
    const text = "La Dott.ssa Bianchi e il Sig. Rossi, della Acme S.p.A., sono arrivati ecc. Poi è iniziata la seduta.";
    expect(sentences(text)).toEqual([
      "La Dott.ssa Bianchi e il Sig. Rossi, della Acme S.p.A., sono arrivati ecc.",
      "Poi è iniziata la seduta.",
    ]);
  });

  it("reads number words written as one word and scale words after them", () => {
    expect(values("Sono morte ventitré persone.")).toEqual([23]);
    expect(values("Erano trentotto, poi duecento.")).toEqual([38, 200]);
    expect(values("Costa due milioni di euro e un miliardo di dollari.")).toEqual([2000000, 1000000000]);
  });

  it("knows gendered titles and articles, and that suo/sua mark no gender of the possessor", () => {
    const g = italian.gender;
    expect([g.titles?.ministra, g.titles?.sindaco, g.titles?.presidente]).toEqual(["f", "m", "x"]);
    expect([g.determiners?.la, g.determiners?.il, g.determiners?.sua]).toEqual(["f", "m", ""]);
    expect([g.pronouns.lei, g.pronouns.lui]).toEqual(["f", "m"]);
    expect(new RegExp(g.participle ?? "", "u").exec("eletta")?.[1]).toBe("a");
  });

  it("inflects words in gender and number", () => {
    const re = (w: string) => new RegExp(`^${italian.wordVariants(w, (s) => s)}$`);
    expect(re("ministro").test("ministre")).toBe(true);
    expect(re("direttore").test("direttrice")).toBe(true);
    expect(re("sindaco").test("sindache")).toBe(true);
    expect(re("leader").test("leaders")).toBe(false);
  });
});
