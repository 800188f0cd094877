import { describe, expect, it } from "vitest";
import { termRegex } from "../../src/lang/inflect";
import { areCognates, isExcludedWord, spellingKey, translatedName } from "../../src/rules/lib/proper-names";
import { editDistance, findAtWordStart, fold } from "../../src/lang/normalize";
import type { Lang } from "../../src/types";

function finds(term: string, lang: Lang, text: string): string[] {
  const folded = fold(text);
  return [...folded.matchAll(termRegex(term, lang))].map((m) => text.slice(m.index, (m.index ?? 0) + m[0].length));
}

describe("fold", () => {
  it("lower-cases and strips accents without changing offsets", () => {
    const text = "Él llegó a Bogotá con Núñez";
    expect(fold(text)).toBe("el llego a bogota con nunez");
    expect(fold(text).length).toBe(text.length);
  });
});

describe("findAtWordStart", () => {
  it("finds at word starts only, optionally whole words", () => {
    expect(findAtWordStart("the european union", "europe")).toBe(4);
    expect(findAtWordStart("the european union", "europe", 0, 18, true)).toBe(-1);
    expect(findAtWordStart("at least", "east")).toBe(-1);
  });
});

describe("editDistance", () => {
  it("counts edits and adjacent swaps, capped", () => {
    expect(editDistance("kuczynski", "kuczinski", 2)).toBe(1);
    expect(editDistance("sheinbaum", "shienbaum", 2)).toBe(1);
    expect(editDistance("london", "londres", 1)).toBe(2);
  });
});

describe("termRegex", () => {
  it("matches plurals and gender endings as whole words", () => {
    expect(finds("benefit", "en", "Benefits and a benefit, not benefited.")).toEqual(["Benefits", "benefit"]);
    expect(finds("east", "en", "At least the East.")).toEqual(["East"]);
    expect(finds("diputado", "es", "Las diputadas y el diputado.")).toEqual(["diputadas", "diputado"]);
    expect(finds("prestación", "es", "Prestaciones y prestacion.")).toEqual(["Prestaciones", "prestacion"]);
    expect(finds("luz", "es", "Las luces y la luz.")).toEqual(["luces", "luz"]);
    expect(finds("policy", "en", "Two policies, one policy.")).toEqual(["policies", "policy"]);
  });

  it("matches multi-word terms across spaces or hyphens", () => {
    expect(finds("member of parliament", "en", "Three members of parliament spoke.")).toEqual(["members of parliament"]);
    expect(finds("value added tax", "en", "The value-added tax rose.")).toEqual(["value-added tax"]);
  });
});

describe("names", () => {
  it("merges transliterations but keeps a wrong y", () => {
    expect(spellingKey("gadafi")).toBe(spellingKey("gaddafi"));
    expect(spellingKey("mahmud")).toBe(spellingKey("mahmoud"));
    expect(spellingKey("ahmadineyad")).toBe(spellingKey("ahmadinejad"));
    expect(spellingKey("kuczinski")).not.toBe(spellingKey("kuczynski"));
  });

  it("recognises cognates that differ by their endings", () => {
    expect(areCognates("centro", "centre")).toBe(true);
    expect(areCognates("innovacion", "innovation")).toBe(true);
    expect(areCognates("austria", "austrian")).toBe(true);
    expect(areCognates("merkel", "merkal")).toBe(false);
  });

  it("knows names that translate and capitalised words that are not names", () => {
    expect(isExcludedWord("londres", "es")).toBe(true);
    expect(isExcludedWord("london", "en")).toBe(true);
    expect(isExcludedWord("lunes", "es")).toBe(true);
    expect(isExcludedWord("kuczynski", "es")).toBe(false);
    expect(isExcludedWord("bolivia", "es")).toBe(false);
    expect(translatedName("brasil", "es", "en")).toBe("Brazil");
    expect(translatedName("london", "en", "es")).toBe("Londres");
    expect(translatedName("munich", "en", "es")).toBeUndefined();
  });
});
