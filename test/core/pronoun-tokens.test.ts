// pronoun-gender's fast paths against their plain versions (src/fast/README.md): tokenize (a scanner over
// letterOrMarkUnitsAt; plain: matchAll of /[\p{L}\p{M}]+/gu) and openingWordBefore (plain: /(\p{L}+)\s+$/u
// with SENTENCE_LEAD before it).
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { letterOrMarkUnitsAt } from "../../src/fast/unit-class";
import { tokenize } from "../../src/rules/pronoun-gender/tokens";
import { openingWordBefore, SENTENCE_LEAD } from "../../src/rules/pronoun-gender/pronoun-grammar";

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

describe("pronoun-gender openingWordBefore", () => {
  const plainOpening = (before: string) => {
    const m = /(\p{L}+)\s+$/u.exec(before);
    return m && SENTENCE_LEAD.test(before.slice(0, m.index)) ? m[1] : undefined;
  };
  it("openingWordBefore finds the word /(\\p{L}+)\\s+$/u finds when only leading punctuation is before it", () => {
    const pieces = ["For", "her", " ", "\u00a0", "¿", "«", "(", "—", "-", ",", "7", "é", "\u0301", "😀", "\n"];
    const wrong = allStrings(pieces, 4).filter((s) => openingWordBefore(s) !== plainOpening(s));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(openingWordBefore("  «For ")).toBe("For");
    expect(openingWordBefore("Then for ")).toBeUndefined();
  });
});
