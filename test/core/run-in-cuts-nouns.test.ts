import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import { runInCuts } from "../../src/rules/lib/coverage/run-in-cuts";

const heads = (text: string, lang: "de" | "en", other: "de" | "en") =>
  runInCuts(text, 60, buildDoc(text, lang, "text", other)).map((c) => text.slice(0, c.headEnd));

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
});
