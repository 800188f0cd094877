// Fast paths of helper fastnames2 against their plain versions: NearWords.someNear with a per-length edit limit
// (name-missing's near-miss scan, src/fast/near-words.ts) against trying every word, and the SWAR bit count
// against counting bits one by one.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { random, randomEdit, randomWord } from "./random-words";
import { bitCount, NearWords } from "../../src/fast/near-words";
import { near, nearName, nearNameEdits } from "../../src/rules/name-missing/people";
import { foldedText, isOneEdit, isWordUnit } from "../../src/lang/normalize";
import { lowerCaseRuns } from "../../src/rules/name-mismatch/name-mismatch";
import { HASH_SEED, SpanSet, spanHashStep } from "../../src/fast/span-set";
import { buildDoc } from "../../src/segment/document";
import { sideMemo, type SideMemo } from "../../src/segment/memo";

/** The tests name-missing's namesWord asks, each with the edit limit it hands someNear. */
const TESTS: Record<string, { test: (w: string) => (x: string) => boolean; edits: (w: string) => (length: number) => number }> = {
  "near (loose)": { test: (w) => (x) => near(x, w), edits: () => () => 2 },
  nearName: { test: (w) => (x) => nearName(x, w), edits: (w) => (length) => nearNameEdits(length, w.length) },
  "one edit": {
    test: (w) => (x) => Math.min(x.length, w.length) >= 4 && isOneEdit(x, w),
    edits: (w) => (length) => (Math.min(length, w.length) >= 4 ? 1 : -1),
  },
};

describe("NearWords.someNear with a per-length edit limit against trying every word", () => {
  // Units that share a mask bit (a, A, á: & 31), surrogate halves, and letters apart.
  const alphabet = ["a", "b", "A", "á", "\ud835", "\udc00", "z"];
  for (const [name, { test, edits }] of Object.entries(TESTS)) {
    it(`finds a word exactly when one of the set passes ${name}, for every word of up to 6 units against sets of words`, () => {
      const words = [...allStrings(alphabet, 4), ...allStrings(["a", "b", "á"], 6)];
      const next = random(5);
      const wrong: string[] = [];
      for (let round = 0; round < 30; round++) {
        const set = words.filter(() => next() < 0.01);
        const index = new NearWords(set);
        for (const w of words)
          if (index.someNear(w, test(w), edits(w)) !== set.some(test(w)) && wrong.length < 5) wrong.push(`${w} in ${set.join(",")}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it("finds as the plain scan does on words of 3 to 13 letters one to three edits or a swap apart", () => {
    const next = random(13);
    const word = () => randomWord(next, 3, 11);
    const edit = (w: string) => randomEdit(next, w, true);
    const wrong: string[] = [];
    for (let round = 0; round < 300; round++) {
      const set = Array.from({ length: 30 }, word);
      const index = new NearWords(set);
      for (const w of [...set.map(edit), ...set.map((x) => edit(edit(x))), ...set.map((x) => edit(edit(edit(x)))), word()]) {
        for (const { test, edits } of Object.values(TESTS))
          if (index.someNear(w, test(w), edits(w)) !== set.some(test(w)) && wrong.length < 5) wrong.push(w);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("bitCount (SWAR) against counting the bits one by one", () => {
  const plain = (x: number) => {
    let n = 0;
    for (let v = x >>> 0; v; v &= v - 1) n++;
    return n;
  };
  it("counts as the loop on edge values and on 100,000 random 32-bit numbers", () => {
    const next = random(3);
    const values = [0, 1, -1, 0x7fffffff, 0x80000000 | 0, 0x55555555, 0xaaaaaaaa | 0, 1 << 31, 0xff00ff00 | 0];
    for (let i = 0; i < 100_000; i++) values.push((next() * 4294967296) | 0);
    const wrong = values.filter((v) => bitCount(v) !== plain(v));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("name-mismatch's lowerCaseRuns (a run hashed only when it is kept)", () => {
  /** The plain version: every run hashed as it is read, then kept when long enough and opening in lower case. */
  function plainRuns(side: SideMemo): SpanSet {
    const folded = foldedText(side);
    const text = side.doc.text;
    const runs = new SpanSet(folded);
    for (let i = 0; i < folded.length; i++) {
      let u = folded.charCodeAt(i);
      if (!isWordUnit(u)) continue;
      const start = i;
      let hash = spanHashStep(HASH_SEED, u);
      while (i + 1 < folded.length && isWordUnit((u = folded.charCodeAt(i + 1)))) {
        hash = spanHashStep(hash, u);
        i++;
      }
      if (i + 1 - start >= 5 && /\p{Ll}/u.test(text[start])) runs.add(start, i + 1, hash);
    }
    return runs;
  }

  it("holds exactly the words the plain version holds, for every part of the folded text, in random texts", () => {
    const next = random(17);
    const pieces = ["a", "b", "A", "É", "é", "1", " ", "-", "’", "\ud835\udc00", "ß", "İ", "abcde", "Abcde", "ab"];
    const wrong: string[] = [];
    let held = 0;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      const side = sideMemo(buildDoc(text, "es"));
      const folded = foldedText(side);
      const fast = lowerCaseRuns(side);
      const plain = plainRuns(side);
      for (let i = 0; i < folded.length; i++)
        for (let j = i + 1; j <= Math.min(folded.length, i + 14); j++) {
          const w = folded.slice(i, j);
          if (plain.has(w)) held++;
          if (fast.has(w) !== plain.has(w) && wrong.length < 5) wrong.push(`${w} in ${text}`);
        }
    }
    expect(wrong).toEqual([]);
    expect(held).toBeGreaterThan(100);
  });
});
