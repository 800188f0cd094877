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
  it("leaves well-formed sentences, stranded English prepositions, letters and acronyms alone", () => {
    expect(sentenceGaps("The union filed a complaint with the regulator, its spokesman said.", "en")).toBe(0);
    expect(sentenceGaps("Nobody knows what the fuss is about.", "en")).toBe(0);
    expect(sentenceGaps("The meeting starts at 10 a.m. sharp.", "en")).toBe(0);
    expect(sentenceGaps("La media fue de 12 años (DE de 3 años).", "es")).toBe(0);
  });
});
