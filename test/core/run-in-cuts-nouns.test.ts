import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import { runInCuts } from "../../src/rules/lib/coverage/run-in-cuts";

const heads = (text: string, lang: "de" | "en", other: "de" | "en", loose = false) =>
  runInCuts(text, 60, buildDoc(text, lang, "text", other), loose).map((c) => text.slice(0, c.headEnd));

describe("run-in cuts in a language that capitalises its nouns", () => {
  it("a capitalised noun inside a German sentence is no cut", () => {
    const text = "Anders als die kanadische Notenbank hat die Zentralbank ihren Leitzins im Dezember nicht verändert.";
    expect(heads(text, "de", "en")).toEqual([]);
  });

  it("a capitalised function word after a German headline still is", () => {
    const text = "Zinsen bleiben unverändert Die Zentralbank hat ihren Leitzins im Dezember nicht verändert.";
    expect(heads(text, "de", "en")).toEqual(["Zinsen bleiben unverändert"]);
  });

  it("English keeps its cuts before any capital", () => {
    const text = "Rates stay put Central banks in Europe kept their rates in December.";
    expect(heads(text, "en", "de")).toEqual(["Rates stay put"]);
  });

  it("loose, a capitalised word after a noun or a name may start the sentence, and a particle may end the headline", () => {
    const text = "Stillstand im Hamburger Hafen Verdi hat am Montag zum Streik aufgerufen.";
    expect(heads(text, "de", "en", true)).toEqual(["Stillstand im Hamburger", "Stillstand im Hamburger Hafen"]);
    const particle = "Embraer hält seine Prognose ein Der Hersteller rechnet mit 215 Flugzeugen.";
    expect(heads(particle, "de", "en", true)).toEqual(["Embraer hält seine Prognose ein"]);
  });

  it("loose, a lower-case word or a function word before a capitalised noun is no cut", () => {
    const text = "Ein längerer Finger bedeutet ein niedrigeres Risiko für die Gesundheit der Männer.";
    expect(heads(text, "de", "en", true)).toEqual([]);
  });
});
