// word-order's scanWords (a hand scanner) against the patterns it replaces: orderWords (word-order) and
// unintelligible's wordsOf.
import { describe, expect, it } from "vitest";
import { orderWords } from "../../src/rules/lib/word-order";
import { wordsOf } from "../../src/rules/unintelligible";

const ORDER = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const LOOP = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Every UTF-16 unit in context, and short mixes of letters, digits, marks, astral letters and lone surrogates. */
function texts(): string[] {
  const units = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
  const parts = ["a", "Él", "3", "'", "’", ".", ",", "-", " ", "..", "--", "𝐀", "😀", "𝟏", "\ud835", "\udc00", "İ", "ß", "e\u0301", "٣"];
  const out = [...units.map((u) => `ab${u}cd ${u}`), ...units.map((u) => `x'${u}`)];
  for (const a of parts) for (const b of parts) for (const c of parts) out.push(a + b + c, `${a}x${b}y${c}`, `${a}${b}1${c}2`);
  out.push("The U.S. didn't say, 3.5 or 1,000 -- well-known 'quotes' end.", "L'État n'a pas dit «non»: 2.500 euros.");
  return out;
}

describe("scanWords against the patterns it replaces", () => {
  it("orderWords reads the words /[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*/gu matches, as written", () => {
    const plain = (t: string) => [...t.matchAll(ORDER)].map((m) => m[0]);
    const wrong = texts().filter((t) => JSON.stringify(orderWords(t)) !== JSON.stringify(plain(t)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("unintelligible's wordsOf reads the words and offsets /[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*/gu matches", () => {
    const plain = (t: string) =>
      [...t.matchAll(LOOP)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: m[0].toLowerCase() }));
    const wrong = texts().filter((t) => JSON.stringify(wordsOf(t)) !== JSON.stringify(plain(t)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
