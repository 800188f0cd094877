// Word-order breaks (src/rules/lib/word-order.ts) and the rank correlation unintelligible reads anchors with.
import { describe, expect, it } from "vitest";
import { orderBreaks, wordOrderTable } from "../../src/rules/lib/word-order";
import { supportedLanguages } from "../../src/lang/registry";
import type { Lang } from "../../src/types";
import { kendallTau } from "../../src/rules/unintelligible";

describe("orderBreaks", () => {
  it("looks a contracted pair up only after one of its first words (contractedFirst), which holds each pair's first word", () => {
    for (const { code } of supportedLanguages()) {
      const t = wordOrderTable(code as Lang);
      if (!t) continue;
      const firsts = new Set([...t.contracted].map((key) => key.slice(0, key.indexOf(" "))));
      expect([...t.contractedFirst].sort()).toEqual([...firsts].sort());
      // Each pair, written apart in a sentence, is a break: the gate lets every one through.
      for (const key of t.contracted) expect(orderBreaks(`Dijo ${key} casa.`, code as Lang)?.breaks, `${code}: ${key}`).toBeGreaterThan(0);
    }
  });

  it("counts a lower-case word written twice with only a space between, once", () => {
    expect(orderBreaks("Officials said they they would meet.", "en")?.breaks).toBe(1);
    expect(orderBreaks("Dijo que que vendría.", "es")?.breaks).toBe(1);
  });

  it("leaves doubles the language allows, emphasis set off by commas, names and loops alone", () => {
    expect(orderBreaks("The minister had had two meetings.", "en")?.breaks).toBe(0);
    expect(orderBreaks("El plan era muy, muy caro.", "es")?.breaks).toBe(0);
    expect(orderBreaks("Renfe Renfe ha adjudicado la publicidad.", "es")?.breaks).toBe(0);
    expect(orderBreaks("Los precios subieron subieron subieron de nuevo.", "es")?.breaks).toBe(0);
  });

  it("reads a capital letter after the first word as a letter, not as an article or preposition", () => {
    expect(orderBreaks("Las hepatitis A y E se contagian por el agua.", "es")?.breaks).toBe(0);
    expect(orderBreaks("Hepatitis A or B is rare.", "en")?.breaks).toBe(0);
    expect(orderBreaks("Prices rose and a.", "en")?.breaks).toBe(1);
  });

  it("lets a determiner that is also a pronoun end a sentence", () => {
    expect(orderBreaks("Hay vacunas para cada una.", "es")?.breaks).toBe(0);
    expect(orderBreaks("Hay vacunas para la.", "es")?.breaks).toBe(1);
  });
});

describe("kendallTau", () => {
  it("is 1 for the same order, -1 reversed, and in between for a partial order", () => {
    expect(kendallTau([0, 1, 2, 3])).toBe(1);
    expect(kendallTau([3, 2, 1, 0])).toBe(-1);
    expect(kendallTau([1, 0, 3, 2])).toBeCloseTo(1 / 3);
  });
});

describe("weak breaks", () => {
  it("counts an English preposition before another, or before 'and'/'or', as a weak break", () => {
    expect(orderBreaks("They moved on to the next case.", "en")).toEqual({ words: 7, breaks: 1, weak: 1 });
    expect(orderBreaks("He was struck in or at the front of a shop.", "en")).toEqual({ words: 11, breaks: 1, weak: 1 });
    expect(orderBreaks("The the plan failed.", "en")).toEqual({ words: 4, breaks: 1, weak: 0 });
  });

  it("has none where the language does not stack prepositions", () => {
    expect(orderBreaks("Viene de por la mañana.", "es")?.weak).toBe(0);
  });
});
