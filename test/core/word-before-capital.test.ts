// forEachWordBeforeCapital (src/fast/word-before-capital.ts) against the plain version it replaces:
// text.matchAll(WORD_BEFORE_CAPITAL), every match with its two groups, in order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forEachWordBeforeCapital, WORD_BEFORE_CAPITAL } from "../../src/fast/word-before-capital";
import { RULES } from "../../src/rules";

const plain = (text: string) => [...text.matchAll(WORD_BEFORE_CAPITAL)].map((m) => [m[1], m[2]]);
const fast = (text: string) => {
  const out: string[][] = [];
  forEachWordBeforeCapital(text, (run, capital) => out.push([run, capital]));
  return out;
};

// Units of every class the expression reads: lower and upper case (ASCII and not), a title-case letter, a capital
// without a lower case, a combining mark, dots, spaces (ASCII, no-break), apostrophes, a hyphen, a digit, a comma,
// a quote, letters outside the BMP (a capital and a small letter, each a surrogate pair) and a lone surrogate.
const UNITS = ["a", "B", "é", "É", "ǅ", "ϒ", "\u0301", ".", " ", "\u00a0", "'", "’", "-", "1", ",", "“", "𝐀", "𝑎", "\ud835"];

/** Every string of up to `max` units over `alphabet`. */
function allStrings(alphabet: string[], max: number): string[] {
  const out = [""];
  for (let len = 1, layer = [""]; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    for (const s of layer) out.push(s);
  }
  return out;
}

describe("forEachWordBeforeCapital", () => {
  it("finds the matches text.matchAll finds in every short string of the units the expression tells apart", () => {
    for (const text of allStrings(UNITS, 4)) {
      if (JSON.stringify(fast(text)) !== JSON.stringify(plain(text))) expect([text, fast(text)]).toEqual([text, plain(text)]);
    }
  });

  it("finds them in long random strings of words and units", () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const words = ["en", "la", "Madrid", "McDonald", "O'Neill", "EE.UU.", "señor", "Ávila", "del", "e.g.", "x-Ray", "𝐀bc"];
    for (let k = 0; k < 3000; k++) {
      let text = "";
      while (text.length < 60) text += next() < 0.6 ? words[Math.floor(next() * words.length)] : UNITS[Math.floor(next() * UNITS.length)];
      expect(fast(text)).toEqual(plain(text));
    }
  });

  it("finds them in the fixtures and in the texts of the rules' examples", () => {
    const dir = new URL("../../fixtures/", import.meta.url).pathname;
    const texts = (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.(txt|md|html|xlf|xliff|tmx)$/.test(f))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    for (const r of RULES) for (const ex of [...r.examples.good, ...r.examples.bad]) texts.push(ex.source, ex.target);
    let matches = 0;
    for (const text of texts) {
      expect(fast(text)).toEqual(plain(text));
      matches += plain(text).length;
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
