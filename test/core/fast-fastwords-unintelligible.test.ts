// unintelligible's fast paths against their plain versions: firstLoop (mayLoop: hashes of the words' lower-case
// forms, no Word objects) on random texts of few words, so that loops of every length are common; orderBreaks (no
// test run from a word outside `opens`) on random sentences of each language's table words and other words.
import { describe, expect, it } from "vitest";
import { firstLoop } from "../../src/rules/unintelligible";
import { orderBreaks, wordOrderTable } from "../../src/rules/lib/word-order";
import { supportedLanguages } from "../../src/lang/registry";
import type { Lang } from "../../src/types";

/** Words whose lower-case forms meet across cases and scripts ("K" and the Kelvin sign, "İ", "ß", accents). */
const WORDS = [
  "of",
  "the",
  "The",
  "THE",
  "a",
  "b",
  "de",
  "él",
  "Él",
  "ÉL",
  "k",
  "K",
  "\u212a",
  "i̇",
  "İ",
  "ß",
  "SS",
  "don't",
  "don’t",
  "3.5",
  "𝐀",
  "no-one",
];
const BETWEEN = [" ", " ", " ", ", ", "-", "'", ".", " — ", "\n", ""];

/** A pseudo-random text of `n` words (a fixed linear congruential sequence: the test is deterministic). */
function randomText(seed: number, n: number, vocabulary: number, words: readonly string[]): string {
  let x = seed;
  const next = (k: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % k;
  };
  let out = "";
  for (let i = 0; i < n; i++) out += words[next(vocabulary)] + BETWEEN[next(BETWEEN.length)];
  return out;
}

describe("firstLoop's fast path against its plain version", () => {
  it("finds the loop the plain version finds, in every text", () => {
    const wrong: string[] = [];
    let loops = 0;
    for (let seed = 1; seed <= 40000; seed++) {
      // Few distinct words at a time (2 to 5 of the list, from a rotating start), so that loops are common.
      const start = seed % WORDS.length;
      const pool = [...WORDS.slice(start), ...WORDS.slice(0, start)];
      const text = randomText(seed, 3 + (seed % 14), 2 + (seed % 4), pool);
      const plain = firstLoop(text, false);
      if (plain) loops++;
      if (JSON.stringify(firstLoop(text)) !== JSON.stringify(plain) && wrong.length < 5) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(loops).toBeGreaterThan(2000);
  });

  it("finds loops of one to four words in long texts", () => {
    for (const group of ["again", "of the", "one two three", "a b c d"]) {
      const text = `It began with this: ${Array(4).fill(group).join(" ")} and ended.`;
      expect(firstLoop(text)).toEqual(firstLoop(text, false));
      expect(firstLoop(text)).not.toBeNull();
    }
  });
});

describe("orderBreaks' fast path against its plain version", () => {
  it("counts the words, breaks and weak breaks the plain version counts, in every language with a table", () => {
    const wrong: string[] = [];
    let breaks = 0;
    for (const { code } of supportedLanguages()) {
      const t = wordOrderTable(code as Lang);
      if (!t) continue;
      // Every word of the table's sets, some in capitals, and words of no set (numbers, names, plurals, a verb).
      const listed = [
        ...new Set([...t.opens, ...t.detBefore, ...t.notAfterDet, ...t.notAfterPrep, ...t.notAfterArticle, ...t.stack, ...t.alone]),
      ];
      const vocabulary = [
        ...listed,
        ...listed.slice(0, 40).map((w) => w.toUpperCase()),
        "casas",
        "house",
        "Paris",
        "3",
        "ran",
        "had",
        "A",
        "x",
      ];
      let x = code.charCodeAt(0);
      const next = (k: number) => {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        return (x >>> 8) % k;
      };
      for (let n = 0; n < 3000; n++) {
        const words = Array.from({ length: 1 + next(9) }, () => vocabulary[next(vocabulary.length)]);
        const sentence = words
          .map((w, i) => (i > 0 && next(5) === 0 ? `, ${w}` : ` ${w}`))
          .join("")
          .trim();
        const plain = orderBreaks(sentence, code as Lang, false);
        breaks += plain?.breaks ?? 0;
        if (JSON.stringify(orderBreaks(sentence, code as Lang)) !== JSON.stringify(plain) && wrong.length < 5)
          wrong.push(`${code}: ${sentence}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(breaks).toBeGreaterThan(5000);
  });
});
