// repeated-word's isWordChar (the unit's answer remembered in a 64K table) against its regex on every UTF-16 unit.
import { describe, expect, it } from "vitest";
import { isWordChar } from "../../src/rules/repeated-word";

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
