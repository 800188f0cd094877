import { describe, expect, it } from "vitest";
import { sentenceGaps } from "../../src/rules/lib/sentence-gaps";

describe("sentenceGaps", () => {
  it("counts a determiner or preposition left before a clause mark", () => {
    expect(sentenceGaps("The inquiry of, at this stage, ruled it out.", "en")).toBe(1);
    expect(sentenceGaps("Presentó una queja ante la, según su portavoz.", "es")).toBe(1);
    expect(sentenceGaps("Il a porté plainte contre la, a dit son porte-parole.", "fr")).toBe(1);
  });
  it("counts a sentence that opens with a lower-case word, not one that opens with a number", () => {
    expect(sentenceGaps("announced a loss on Monday.", "en")).toBe(1);
    expect(sentenceGaps("14 de enero, 22:26.", "es")).toBe(0);
  });
  it("counts a determiner or preposition with what followed a dropped name glued to it", () => {
    expect(sentenceGaps("Active cases of-19 fell again.", "en")).toBe(1);
    expect(sentenceGaps("Figures published by-KOM show a rise.", "en")).toBe(1);
    expect(sentenceGaps("She was a guest on's new show.", "en")).toBe(1);
    expect(sentenceGaps("An in-depth on-site review of the firm's accounts.", "en")).toBe(0);
  });
  it("counts a preposition doubled, or before another where the language does not stack them", () => {
    expect(sentenceGaps("Su ponencia se leyó en de Boston el lunes.", "es")).toBe(1);
    expect(sentenceGaps("A marketing assistant of of Hove spoke.", "en")).toBe(1);
    expect(sentenceGaps("The crowd moved on to the square.", "en")).toBe(0);
  });
  it("counts a function word before a word that never follows it, and marks with nothing between them", () => {
    expect(sentenceGaps("Las direcciones de y las páginas se almacenan.", "es")).toBe(1);
    expect(sentenceGaps("He said the the head of the service resigned.", "en")).toBe(1);
    expect(sentenceGaps("Un retiro de los gremios de control del fue descartado.", "es")).toBe(1);
    expect(sentenceGaps("Magazines, radio,, and internet.", "en")).toBe(1);
    expect(sentenceGaps("The four companies (, Dessau and Axor) agreed.", "en")).toBe(1);
    expect(sentenceGaps("On Saturday, an (opinion institute) poll came out.", "en")).toBe(1);
    expect(sentenceGaps("Los Toys R Us y's Wholesale Club abrieron.", "es")).toBe(1);
  });
  it("counts an English preposition that never ends a sentence at its end", () => {
    expect(sentenceGaps("It was caused by.", "en")).toBe(1);
    expect(sentenceGaps("Says Axel Plünnecke, education expert at.", "en")).toBe(1);
  });
  it("leaves a determiner before another the language allows, and articles that fit their word", () => {
    expect(sentenceGaps("No solo albergó su fiesta, sino la del Ministerio.", "es")).toBe(0);
    expect(sentenceGaps("They campaigned on an vehemently anti-immigrant line.", "en")).toBe(0);
    expect(sentenceGaps("Each has its own budget, and each was audited.", "en")).toBe(0);
  });
  it("leaves well-formed sentences, stranded English prepositions, letters and acronyms alone", () => {
    expect(sentenceGaps("The union filed a complaint with the regulator, its spokesman said.", "en")).toBe(0);
    expect(sentenceGaps("Nobody knows what the fuss is about.", "en")).toBe(0);
    expect(sentenceGaps("The meeting starts at 10 a.m. sharp.", "en")).toBe(0);
    expect(sentenceGaps("La media fue de 12 años (DE de 3 años).", "es")).toBe(0);
  });
});
