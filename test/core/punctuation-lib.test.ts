import { describe, expect, it } from "vitest";
import { conventionsFor, isAbbreviationPeriod, isWebLike } from "../../src/rules/lib/punctuation";
import { strayPeriods } from "../../src/rules/sentence-start-case";

/** Offset of the period that ends the first occurrence of `before` in `text`. */
const dotAfter = (text: string, before: string) => text.indexOf(before) + before.length - 1;

describe("isAbbreviationPeriod", () => {
  it("accepts dotted forms, initials, listed abbreviations and units after numbers", () => {
    const en = "The U.S. team, e.g. Mr. J. Smith of Acme Kft. and Tiger Inc. ran 5 km. in all, etc. and so on.";
    for (const word of ["U.S.", "e.g.", "Mr.", "J.", "Kft.", "Inc.", "km.", "etc."]) {
      expect(isAbbreviationPeriod(en, dotAfter(en, word), "en"), word).toBe(true);
    }
    const es = "Lo dijo la Sra. Ruiz, de EE. UU., p. ej. en la pág. 4 a las 5 p. m. del lunes.";
    for (const word of ["Sra.", "UU.", "ej.", "m."]) expect(isAbbreviationPeriod(es, dotAfter(es, word), "es"), word).toBe(true);
  });

  it("rejects ordinary words, the pronoun I and units without a number", () => {
    const en = "They were recorded. Then I. And the km. Also a. word";
    for (const word of ["recorded.", "I.", "km.", "a."]) expect(isAbbreviationPeriod(en, dotAfter(en, word), "en"), word).toBe(false);
  });
});

describe("strayPeriods", () => {
  it("finds a period followed by a lowercase ordinary word", () => {
    const text = "Peaks of up to 250 people were recorded. in that situation.";
    expect(strayPeriods(text, 0, text.length, "en")).toEqual([text.indexOf(". in")]);
  });

  it("tells a Spanish word from an abbreviation it looks like", () => {
    const text = "No quiso causar daño al. menor, según Pérez et al. los datos. No. tenemos más.";
    expect(strayPeriods(text, 0, text.length, "es")).toEqual([text.indexOf(". menor"), text.indexOf(". tenemos")]);
  });

  it("ignores abbreviations, ellipses, list labels, brands, addresses and capitals", () => {
    const text =
      "At 5 p.m. on Monday the U.S. side said... well, nothing. Options: 1. raise taxes; b. cut costs. " +
      "He bought an iPhone. eBay was cheaper. Ask hvg.hu. mp3 sales fell. It rained. Then it stopped. " +
      "The rules: i. be kind, ii. be brief, iv. be gone.";
    expect(strayPeriods(text, 0, text.length, "en")).toEqual([]);
  });
});

describe("conventionsFor", () => {
  it("has the keys the punctuation rules read for each language", () => {
    for (const lang of ["en", "es"] as const) {
      const c = conventionsFor(lang);
      expect(c.noSpaceBefore).toContain(",");
      expect(c.noSpaceAfter).toContain("(");
      expect(c.quotes.primary).toHaveLength(2);
    }
    expect(conventionsFor("es").invertedMarks).toBe(true);
    expect(conventionsFor("en").invertedMarks).toBe(false);
  });
});

describe("isWebLike", () => {
  it("recognises addresses, e-mails and paths", () => {
    for (const t of ["https://a.b/c", "www.example.com", "a.b@c.org", "docs/file.txt"]) expect(isWebLike(t), t).toBe(true);
    for (const t of ["word,word", "end.The", "U.S."]) expect(isWebLike(t), t).toBe(false);
  });
});
