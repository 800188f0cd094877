// forEachAfterCapital (src/rules/pronoun-gender/names.ts, used by surnamesOf) against the plain version it
// replaces: the second words of text.matchAll(AFTER_CAPITAL), in order.
import { describe, expect, it } from "vitest";
import { AFTER_CAPITAL, forEachAfterCapital } from "../../src/rules/pronoun-gender/names";
import { acronym, tokenize } from "../../src/rules/pronoun-gender/tokens";
import { patternOf } from "../../src/rules/pronoun-gender/prepositional";
import { supportedLanguages } from "../../src/lang/registry";
import { pairScope } from "../../src/lang/pair";
import type { RuleContext } from "../../src/check/rule";
import { rememberedPersonMarks } from "../../src/rules/pronoun-gender/person-marks-memo";
import { personMarks } from "../../src/rules/pronoun-gender/sentence-evidence";
import { NOBODY, nobodyOf } from "../../src/rules/pronoun-gender/source-beads";
import { allStrings } from "./all-strings";
import { disagreements } from "./disagreements";

const plain = (text: string) => [...text.matchAll(AFTER_CAPITAL)].map((m) => m[1]);
const fast = (text: string) => {
  const out: string[] = [];
  forEachAfterCapital(text, (w) => out.push(w));
  return out;
};
const differing = (texts: string[]) => disagreements(texts, fast, plain);

/** Capitals and lower-case letters of several scripts and planes, title case, marks, apostrophes, spaces, lone surrogates. */
const PIECES = [
  "A",
  "b",
  "É",
  "ñ",
  "ß",
  "ª",
  "Ā",
  "ā",
  "Σ",
  "ǅ",
  "ℂ",
  "\u{1d400}",
  "\u{1d41a}",
  "\u{10400}",
  "\u{10428}",
  "\u0301",
  "’",
  "-",
  " ",
  "\u00a0",
  "\n",
  "1",
  "\ud835",
  "\udc00",
];

describe("forEachAfterCapital finds the words matchAll(AFTER_CAPITAL) finds", () => {
  it("on every string of up to 3 of 24 pieces, and of 5 of 8", () => {
    expect(differing(allStrings(PIECES, 3))).toEqual([]);
    expect(differing(allStrings(["A", "b", "\u{1d400}", "\u{1d41a}", " ", "’", "ǅ", "\u0301"], 5))).toEqual([]);
  });

  it("on every UTF-16 unit as the first and as the second letter of a name before a capital", () => {
    const units = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
    expect(differing(units.map((u) => `x ${u}ab Cd ${u}`))).toEqual([]);
    expect(differing(units.map((u) => `x A${u}b Cd A${u} E`))).toEqual([]);
  });

  it("on random texts of those pieces", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const texts = Array.from({ length: 3000 }, () =>
      Array.from({ length: 4 + (next() % 30) }, () => PIECES[next() % PIECES.length]).join(""),
    );
    expect(differing(texts)).toEqual([]);
  });
});

describe("pronoun-gender's acronym answers as its plain definition", () => {
  const plainAcronym = (text: string, t: { start: number; end: number }) => {
    const word = text.slice(t.start, t.end);
    return (word.length >= 2 && word === word.toUpperCase()) || /\d/u.test(text[t.end] ?? "");
  };
  it("for every token of every string of up to 4 of 14 pieces, and every UTF-16 unit opening a word", () => {
    const texts = [
      ...allStrings(["a", "B", "ß", "é", "É", "ǅ", "ﬁ", "1", " ", "\u0301", "\u{1d400}", "\u{10428}", "ı", "ſ"], 4),
      ...Array.from({ length: 65536 }, (_, c) => `${String.fromCharCode(c)}BC ${String.fromCharCode(c)}b1`),
    ];
    const wrong = texts.filter((text) => tokenize(text).some((t) => acronym(text, t) !== plainAcronym(text, t)));
    expect(wrong).toEqual([]);
  });
});

describe("the prepositional pronoun pattern's gate", () => {
  it("holds in every text where the pattern finds a pronoun after a preposition (every string of up to 3 pieces), in every language", () => {
    for (const language of supportedLanguages()) {
      const pattern = patternOf(language.code);
      if (!pattern) continue;
      const pronouns = Object.keys(language.gender.pronouns);
      const pieces = [
        ...pronouns.slice(0, 4),
        ...pronouns.slice(0, 2).map((p) => p.toUpperCase()),
        ...(language.gender.thingPrepositions ?? []).slice(0, 2),
        "para",
        "to",
        "for",
        "über",
        " ",
        "\u00a0",
        "\n",
        "ſ",
        "\u212a",
        "x",
        "é",
        "’",
      ];
      const texts = allStrings(pieces, 3);
      const missed = texts.filter((t) => [...t.matchAll(pattern.re)].length > 0 && !pattern.gate.test(t));
      expect(missed, language.code).toEqual([]);
      expect(
        texts.some((t) => [...t.matchAll(pattern.re)].length > 0),
        language.code,
      ).toBe(true);
    }
  });
});

describe("person marks remembered within a check only", () => {
  const scope = pairScope("es", "en");
  const text = "La presidenta Dina Boluarte viajó a Lima con su ministro.";
  it("nobodyOf is one lookup per check, and the memo keeps marks with it", () => {
    const one = { memo: {} } as unknown as RuleContext;
    const two = { memo: {} } as unknown as RuleContext;
    expect(nobodyOf(one)).toBe(nobodyOf(one));
    expect(nobodyOf(one)).not.toBe(nobodyOf(two));
    const first = rememberedPersonMarks(text, "es", nobodyOf(one), scope);
    expect(rememberedPersonMarks(text, "es", nobodyOf(one), scope)).toBe(first);
    expect(rememberedPersonMarks(text, "es", nobodyOf(two), scope)).not.toBe(first);
    expect(rememberedPersonMarks(text, "es", nobodyOf(two), scope)).toEqual(first);
  });
  it("never remembers the marks asked with the module's NOBODY, which outlives every check", () => {
    const first = rememberedPersonMarks(text, "es", NOBODY, scope);
    expect(rememberedPersonMarks(text, "es", NOBODY, scope)).not.toBe(first);
    expect(rememberedPersonMarks(text, "es", NOBODY, scope)).toEqual(personMarks(text, "es", NOBODY, scope));
  });
});
