import { describe, expect, it } from "vitest";
import { pairScope } from "../../src/lang/pair";
import { isStopword, isWrittenIn, stopwordCount, withoutQuotes } from "../../src/rules/untranslated/langid";

describe("langid", () => {
  it("recognises Spanish and English sentences", () => {
    const es = "El gobierno anunció que las obras del puerto empezarán después del verano.";
    const en = "The government announced that the harbour works will start after the summer.";
    expect(isWrittenIn(es, "es", "en")).toBe(true);
    expect(isWrittenIn(es, "en", "es")).toBe(false);
    expect(isWrittenIn(en, "en", "es")).toBe(true);
    expect(isWrittenIn(en, "es", "en")).toBe(false);
  });

  it("does not take French or Portuguese for Spanish when the evidence points elsewhere", () => {
    expect(isWrittenIn("Nous ne savons pas encore si le gouvernement va changer la loi.", "es", "en")).toBe(false);
    expect(isWrittenIn("Os trabalhadores não sabem se a fábrica vai fechar no próximo mês.", "es", "en")).toBe(false);
  });

  it("needs function-word evidence: names and numbers alone are no language", () => {
    expect(isWrittenIn("Real Madrid 3, Atlético 1", "es", "en")).toBe(false);
    expect(isWrittenIn("María José Fernández", "es", "en")).toBe(false);
  });

  it("counts only function words exclusive to a language", () => {
    // "a" and "no" exist in both languages and count for neither.
    expect(stopwordCount("no a la ciudad", "es", "en")).toBe(1);
    expect(stopwordCount("no a la ciudad", "en", "es")).toBe(0);
    expect(stopwordCount("The mayor said that the plan was ready.", "en", "es")).toBe(5);
    expect(isStopword("Según", pairScope("es", "en"))).toBe(true);
    expect(isStopword("ciudad", pairScope("es", "en"))).toBe(false);
  });

  it("blanks quoted titles and bracketed asides", () => {
    const squeeze = (t: string) => t.replace(/\s+/g, " ");
    expect(squeeze(withoutQuotes('The film "La casa de las flores" (in Spanish) returns.'))).toBe("The film returns.");
    expect(squeeze(withoutQuotes("Vio «El laberinto del fauno» ayer"))).toBe("Vio ayer");
  });
});
