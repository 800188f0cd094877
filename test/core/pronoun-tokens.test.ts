// pronoun-gender's tokenize (a scanner over letterOrMarkUnitsAt) against its plain version, matchAll of
// /[\p{L}\p{M}]+/gu (src/fast/README.md).
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { letterOrMarkUnitsAt } from "../../src/fast/unit-class";
import { tokenize } from "../../src/rules/pronoun-gender/tokens";

/** The plain version: what tokenize did with the expression. */
function plainTokenize(text: string) {
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
    capital: m[0][0] !== m[0][0].toLowerCase(),
  }));
}

/** Letters, capitals, marks (combining and spacing), astral letters and marks, lone surrogates, digits, spaces. */
const PIECES = [
  "a",
  "Z",
  "Á",
  "ß",
  "İ",
  "ǅ",
  "\u0301",
  "\u0903",
  "\ud835\udc00",
  "\ud834\udd65",
  "😀",
  "\ud800",
  "\udc00",
  "7",
  " ",
  "’",
  "-",
];

describe("pronoun-gender tokenize", () => {
  it("letterOrMarkUnitsAt answers as /[\\p{L}\\p{M}]/u at every UTF-16 unit, and reads a surrogate pair as one", () => {
    const plain = /^[\p{L}\p{M}]$/u;
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      if (letterOrMarkUnitsAt(ch, 0) !== (plain.test(ch) ? 1 : 0)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    for (const pair of ["\ud835\udc00", "\ud834\udd65", "😀"]) expect(letterOrMarkUnitsAt(pair, 0)).toBe(plain.test(pair) ? 2 : 0);
  });

  it("finds the words, offsets, lower-case forms and capitals matchAll of /[\\p{L}\\p{M}]+/gu finds", () => {
    const wrong = allStrings(PIECES, 4).filter((s) => JSON.stringify(tokenize(s)) !== JSON.stringify(plainTokenize(s)));
    expect(wrong.slice(0, 5)).toEqual([]);
    const sentence = "El Ministro Gómez-Ruiz dijo: «ÉL no está», y l'état ΣΊΣΥΦΟΣ 𝐀b.";
    expect(tokenize(sentence)).toEqual(plainTokenize(sentence));
  });
});
