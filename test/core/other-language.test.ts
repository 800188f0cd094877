import { describe, expect, it } from "vitest";
import { pairScope } from "../../src/lang/pair";
import { likelyOtherLanguage, otherLanguageOf } from "../../src/rules/untranslated/other-language";
import { otherScriptOf } from "../../src/rules/untranslated/other-script";

describe("other language", () => {
  it("names a third language when its function words and the trigram model agree", () => {
    expect(otherLanguageOf("Les habitants du quartier ont protesté contre la fermeture de leur école.", "en", "es")).toBe("French");
    expect(otherLanguageOf("Die Regierung hat am Montag einen neuen Plan für die Schulen vorgestellt.", "es", "en")).toBe("German");
    expect(otherLanguageOf("Il governo ha presentato un nuovo piano per le scuole della regione.", "en", "es")).toBe("Italian");
  });

  it("leaves the pair's own languages, short sentences and headlines without function words alone", () => {
    expect(otherLanguageOf("The residents of the neighbourhood protested against the closure of their school.", "en", "es")).toBeNull();
    expect(otherLanguageOf("Los vecinos del barrio protestaron contra el cierre de su escuela.", "en", "es")).toBeNull();
    expect(otherLanguageOf("Les habitants ont protesté.", "en", "es")).toBeNull();
    expect(otherLanguageOf("Minister defends budget tax rises amid protests", "en", "es")).toBeNull();
  });

  it("takes Spanish and English for third languages of a pair without them, and the pair's own languages never", () => {
    expect(otherLanguageOf("Los vecinos del barrio protestaron contra el cierre de su escuela.", "en", "de")).toBe("Spanish");
    expect(otherLanguageOf("The residents of the neighbourhood protested against the closure of their school.", "de", "fr")).toBe(
      "English",
    );
    expect(otherLanguageOf("Die Bewohner des Viertels protestierten gegen die Schließung ihrer Schule.", "de", "en")).toBeNull();
    expect(otherLanguageOf("The residents of the neighbourhood protested against the closure of their school.", "en", "de")).toBeNull();
    expect(likelyOtherLanguage("Los vecinos del barrio protestaron contra el cierre de su escuela.", pairScope("de", "en"))).toBe(
      "Spanish",
    );
    expect(likelyOtherLanguage("Los vecinos del barrio protestaron contra el cierre de su escuela.", pairScope("es", "en"))).toBeNull();
  });

  it("takes lower-case words spelt with a third language's own letters for that language, capitalised ones for names", () => {
    expect(otherLanguageOf("Obyvatelé čtvrti protestovali proti uzavření školy.", "en", "es")).toBe("Czech");
    expect(otherLanguageOf("The orchestra played Antonín Dvořák and Bohuslav Martinů on Friday night.", "en", "es")).toBeNull();
  });

  it("reads a quoted sentence only when its frame has no function word of its own language", () => {
    expect(otherLanguageOf('The mayor said in French: "nous ne savons pas encore si les écoles vont rouvrir."', "en", "es")).toBeNull();
    expect(otherLanguageOf('"Nous ne savons pas encore si les écoles vont rouvrir."', "en", "es")).toBe("French");
  });

  it("tells the trigram model's favourite other language", () => {
    expect(likelyOtherLanguage("Nous sommes tous des enfants de la même planète.", pairScope("es", "en"))).toBe("French");
    expect(likelyOtherLanguage("The children of the same planet.", pairScope("es", "en"))).toBeNull();
  });
});

describe("other script", () => {
  it("finds a sentence written mostly in another script", () => {
    expect(otherScriptOf("Зе министер споук ту зе прес он Мандей.", "en")).toBe("Cyrillic");
    expect(otherScriptOf("Ο υπουργός μίλησε στον Τύπο τη Δευτέρα.", "es")).toBe("Greek");
  });

  it("ignores a name in another script inside a sentence of the language's own", () => {
    expect(otherScriptOf("The novelist Лев Толстой wrote it in the nineteenth century.", "en")).toBeNull();
    expect(otherScriptOf("Москва", "en")).toBeNull();
  });
});
