// repeated-word's isWordChar (the unit's answer remembered in a 64K table) against its regex on every UTF-16 unit;
// other-script's otherScriptOf (null without counting letters when too few units are above ASCII) against counting
// every script's letters.
import { describe, expect, it } from "vitest";
import { isWordChar } from "../../src/rules/repeated-word";
import { otherScriptOf } from "../../src/rules/untranslated/other-script";
import type { Lang } from "../../src/types";
import { plainOtherScript } from "./plain-other-script";

describe("repeated-word's isWordChar", () => {
  it("answers as /[\\p{L}\\p{M}\\p{N}]/u on the unit alone, for every UTF-16 unit, asked once and again", () => {
    const wrong: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c < 65536; c++) {
        const text = `a${String.fromCharCode(c)}\ud835\udc00`;
        const plain = /[\p{L}\p{M}\p{N}]/u.test(text[1]);
        if (isWordChar(text, 1) !== plain && wrong.length < 5) wrong.push(c);
      }
    }
    // The halves of an astral letter are no word units, read one at a time.
    expect([isWordChar("\ud835\udc00", 0), isWordChar("\ud835\udc00", 1)]).toEqual([false, false]);
    expect(wrong).toEqual([]);
  });
});

describe("otherScriptOf with its gate on the units above ASCII", () => {
  it("answers as counting every script's letters, on random texts near the bounds (16 letters, 10 units above ASCII)", () => {
    const plain = plainOtherScript;
    // Pieces: Latin letters, Cyrillic, Greek, Han, Hangul letters, an accented letter, a combining mark, digits,
    // spaces, an astral letter (two units, one letter), a lone surrogate, punctuation above ASCII.
    const pieces = ["a", "Z", "Ж", "ж", "Ω", "東", "한", "é", "\u0301", "7", " ", "𝐀", "\ud835", "—", "«", "ё"];
    let x = 11;
    const next = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const wrong: string[] = [];
    let named = 0;
    for (let n = 0; n < 30000; n++) {
      // Mostly two or three kinds of piece, 8 to 30 of them: around 16 letters and 10 units above ASCII.
      const kinds = Array.from({ length: 1 + next(3) }, () => pieces[next(pieces.length)]);
      let text = "";
      for (let i = 0, k = 8 + next(23); i < k; i++) text += kinds[next(kinds.length)];
      for (const lang of ["en", "es"] as Lang[]) {
        const expected = plain(text, lang);
        if (expected) named++;
        if (otherScriptOf(text, lang) !== expected && wrong.length < 5) wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong).toEqual([]);
    expect(named).toBeGreaterThan(3000);
  });
});
