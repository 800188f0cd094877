// word-order's orderWords (a hand scanner) against the pattern it replaces.
import { describe, expect, it } from "vitest";
import { orderWords } from "../../src/rules/lib/word-order";

const plain = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)].map((m) => m[0].toLowerCase());

describe("word-order's orderWords against /[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*/gu", () => {
  it("reads the words the pattern matches, lower case, for every UTF-16 unit in context and for mixed texts", () => {
    const units = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
    const parts = ["a", "Él", "3", "'", "’", ".", ",", "-", " ", "..", "--", "𝐀", "😀", "𝟏", "\ud835", "\udc00", "İ", "ß", "e\u0301", "٣"];
    const texts = [...units.map((u) => `ab${u}cd ${u}`), ...units.map((u) => `x'${u}`)];
    for (const a of parts) for (const b of parts) for (const c of parts) texts.push(a + b + c, `${a}x${b}y${c}`, `${a}${b}1${c}2`);
    texts.push("The U.S. didn't say, 3.5 or 1,000 -- well-known 'quotes' end.", "L'État n'a pas dit «non»: 2.500 euros.");
    const wrong = texts.filter((t) => JSON.stringify(orderWords(t)) !== JSON.stringify(plain(t)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
