// foldWord's fast path (src/fast/remembered-fold.ts) against the plain definition it replaces:
// ASCII by a unit loop instead of /^[\x00-\x7f]*$/, and words outside ASCII folded once and remembered.
import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/align/anchors";
import { isAscii, rememberedFold } from "../../src/fast/remembered-fold";

const plainFold = (w: string) =>
  /^[\x00-\x7f]*$/.test(w)
    ? w.toLowerCase()
    : w
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
const EVERY_UNIT = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
const WORDS = [
  "Año",
  "año",
  "AÑO",
  "Ñandú",
  "Straße",
  "İstanbul",
  "ǅemal",
  "e\u0301",
  "naïve",
  "Σίσυφος",
  "😀x",
  "Zürich",
  "déjà",
  "ﬁn",
  "x\u007f",
  "\u0080",
  "",
];

describe("foldWord's fast path against its plain definition", () => {
  it("isAscii answers as /^[\\x00-\\x7f]*$/ for every UTF-16 unit and for mixed words", () => {
    const inputs = [...EVERY_UNIT, ...WORDS, ...EVERY_UNIT.filter((_, c) => c % 97 === 0).map((u) => `ab${u}cd`)];
    expect(inputs.filter((s) => isAscii(s) !== /^[\x00-\x7f]*$/.test(s))).toEqual([]);
  });

  it("foldWord answers as the plain fold on every unit and word, on the first call and the repeat", () => {
    const inputs = [...EVERY_UNIT, ...WORDS, ...WORDS.map((w) => w.toUpperCase())];
    for (let round = 0; round < 2; round++) expect(inputs.filter((w) => foldWord(w) !== plainFold(w))).toEqual([]);
  });

  it("rememberedFold answers as the function it remembers, also once its memo has been emptied past its bound", () => {
    let calls = 0;
    const fold = rememberedFold((w) => {
      calls++;
      return plainFold(w);
    });
    expect(fold("Año")).toBe("ano");
    expect(fold("Año")).toBe("ano");
    expect(calls).toBe(1);
    for (let k = 0; k < 50_001; k++) expect(fold(`é${k}`)).toBe(`e${k}`);
    expect(fold("Ñandú")).toBe("nandu");
    expect(fold("Año")).toBe("ano");
  });
});
