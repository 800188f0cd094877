// untranslated-phrase's fast path mayShareAPair (a filter of folded-word hashes) against what it stands for: when it
// says no, addSegmentPairs finds no pair for the target's folded words, nor for the words left by blanking quotes.
import { describe, expect, it } from "vitest";
import { addSegmentPairs, blankQuotes, mayShareAPair, wordsIn } from "../../src/rules/untranslated/source-runs";
import { forEachLetterWord } from "../../src/segment/letter-words";

/** Words in several cases and scripts, with hyphens and apostrophes, and what stands between them. */
const WORDS = [
  "de",
  "la",
  "La",
  "LA",
  "casa",
  "Casa",
  "más",
  "MÁS",
  "mas",
  "año",
  "ano",
  "play-off",
  "plày-off",
  "PLAY-OFF",
  "d'être",
  "d’être",
  "it's",
  "Ωmega",
  "𝒜bc",
];
const BETWEEN = [" ", " ", " ", " ", "  ", "\u00a0", "\t", ", ", ". ", "-", '"', " «", "» ", " (", ") ", "'", "’", " '", "' ", "\n", ""];

/** A pseudo-random text of `n` words (a fixed linear congruential sequence: the test is deterministic). */
function randomText(seed: number, n: number): string {
  let x = seed;
  const next = (k: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % k;
  };
  let out = "";
  for (let i = 0; i < n; i++) out += WORDS[next(WORDS.length)] + BETWEEN[next(BETWEEN.length)];
  return out;
}

function spansOf(text: string): Int32Array {
  const found: number[] = [];
  forEachLetterWord(text, 0, text.length, (a, b) => void found.push(a, b));
  return Int32Array.from(found);
}

describe("mayShareAPair", () => {
  it("says no only where addSegmentPairs finds no pair for the target's words, quotes blanked or not", () => {
    const wrong: string[] = [];
    let no = 0;
    let found = 0;
    for (let seed = 1; seed <= 6000; seed++) {
      const target = randomText(seed, 4 + (seed % 9));
      // The first source holds a stretch of the target, sometimes in capitals: the pairs it shares are found.
      const copied = target.slice(seed % 5, (seed % 5) + 6 + (seed % 13));
      const shared = `${randomText(seed * 7 + 3, seed % 4)}${seed % 3 ? copied : copied.toUpperCase()}${randomText(seed * 11 + 1, seed % 3)}`;
      const sources = [shared, randomText(seed * 13 + 5, 2 + (seed % 5))];
      const sourceText = sources.join(" | ");
      const offset = sources[0].length + 3;
      const sourceSpans = [spansOf(sources[0]), spansOf(sources[1]).map((v) => v + offset)];
      const may = mayShareAPair(target, spansOf(target), sourceText, sourceSpans);
      if (!may) no++;
      for (const text of [target, blankQuotes(target)]) {
        const pairs = new Set<string>();
        const among = new Set(wordsIn(text).map((w) => w.folded));
        for (const spans of sourceSpans) addSegmentPairs(sourceText, spans, pairs, among);
        if (pairs.size) found++;
        if (pairs.size && !may && wrong.length < 5) wrong.push(JSON.stringify([target, sources]));
      }
    }
    expect(wrong).toEqual([]);
    // The filter says no often, and the texts share pairs often enough for the comparison to mean something.
    expect(no).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(1000);
  });

  it("finds a pair written in another case, with accents or with a hyphen for a space", () => {
    const check = (target: string, source: string) => mayShareAPair(target, spansOf(target), source, [spansOf(source)]);
    expect(check("The Diputación Provincial met.", "la diputacion provincial")).toBe(true);
    expect(check("a play-off game", "el play-off game")).toBe(true);
    expect(check("the council met", "el consejo se reunió")).toBe(false);
  });
});
