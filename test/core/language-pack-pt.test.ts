// The Portuguese pack (rules/pt/, src/lang/packs/pt.ts): the segmenter and the number reader on Portuguese text.
import { pairScope } from "../../src/lang/pair";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveLocale } from "../../src/lang/locale";
import { numberConventions } from "../../src/lang/locale-conventions";
import { PACKS } from "../../src/lang/packs";
import { conventionsFor } from "../../src/rules/lib/punctuation";
import { extractNumbers } from "../../src/rules/lib/number-mentions/extract";
import { segmentParagraph } from "../../src/segment/segment";
import type { Lang } from "../../src/types";

const pt = PACKS.pt;

const PT = "pt" as Lang;
const sentences = (text: string) => segmentParagraph(text, 0, text.length, PT).map(([s, e]) => text.slice(s, e));
const values = (text: string) => extractNumbers(text, PT, pairScope(PT)).map((m) => m.value);

describe("Portuguese pack", () => {
  it("has every file of a registered pack and the keys of the agreement system", () => {
    expect(readdirSync("rules/pt").sort()).toEqual(readdirSync("rules/en").sort());
    expect(pt.name).toBe("Portuguese");
    expect(pt.gender.system).toBe("agreement");
    for (const key of ["titles", "determiners", "pairs", "participle", "participleAfter", "ofBeforeName"] as const)
      expect(pt.gender[key], key).toBeDefined();
  });

  it("takes months, weekdays and separators from CLDR, per region", () => {
    expect(pt.calendar.months[2][0]).toBe("março");
    expect(pt.calendar.months[2]).toContain("Março");
    expect(pt.calendar.weekdays[0][0]).toBe("segunda-feira");
    expect(pt.numberFormat.decimal).toBe(",");
    const br = numberConventions(resolveLocale("pt-BR"));
    const pt_PT = numberConventions(resolveLocale("pt-PT"));
    expect([br.group, br.decimal]).toEqual([["."], [","]]);
    expect([pt_PT.group, pt_PT.decimal]).toEqual([[" "], [","]]);
    expect(numberConventions(resolveLocale("pt")).group).toEqual([".", " "]);
  });

  it("quotes with “ ” in Brazil and « » in Portugal", () => {
    expect(conventionsFor(resolveLocale("pt-BR")).quotes.primary).toEqual(["“", "”"]);
    expect(conventionsFor(resolveLocale("pt-PT")).quotes.primary).toEqual(["«", "»"]);
  });

  it("keeps titles and abbreviations inside a sentence", () => {
    const text = "A Sra. Ana Costa, do n.º 5 da Av. Brasil, chegou em fev. de 2020, etc. O Dr. Lima não veio.";
    expect(sentences(text)).toEqual(["A Sra. Ana Costa, do n.º 5 da Av. Brasil, chegou em fev. de 2020, etc.", "O Dr. Lima não veio."]);
  });

  it("reads number words joined with e, in both norms' spellings", () => {
    expect(values("Morreram vinte e cinco pessoas.")).toEqual([25]);
    expect(values("Foram duzentos e trinta votos.")).toEqual([230]);
    expect(values("Eram dezasseis no Porto e dezesseis no Rio.")).toEqual([16, 16]);
    expect(values("Custou dois milhões de reais.")).toEqual([2000000]);
    expect(values("Um bilhão de dólares.")).toEqual([1000000000]);
  });

  it("knows gendered titles, articles and the possessor pronouns dele/dela", () => {
    const g = pt.gender;
    expect([g.titles?.ministra, g.titles?.ministro, g.titles?.presidente]).toEqual(["f", "m", "x"]);
    expect([g.determiners?.a, g.determiners?.o, g.determiners?.sua]).toEqual(["f", "m", ""]);
    expect([g.pronouns.ela, g.pronouns.dele]).toEqual(["f", "m"]);
    expect(new RegExp(g.participle ?? "", "u").exec("eleita")?.[1]).toBe("a");
  });

  it("inflects words in gender and number", () => {
    const re = (w: string) => new RegExp(`^${pt.wordVariants(w, (s) => s)}$`);
    expect(re("ministro").test("ministras")).toBe(true);
    expect(re("senador").test("senadores")).toBe(true);
    expect(re("eleicao").test("eleicoes")).toBe(true);
    expect(re("nacional").test("nacionais")).toBe(true);
  });
});
