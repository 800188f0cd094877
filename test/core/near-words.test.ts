// NearWords (src/fast/near-words.ts) against the plain scan it replaces: every word of the set tried in turn.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { random, randomEdit, randomWord } from "./random-words";
import { NearWords } from "../../src/fast/near-words";
import { near, nearName } from "../../src/rules/name-missing/people";
import { editDistance } from "../../src/lang/normalize";

describe("NearWords.someNear against trying every word", () => {
  // Units that share a mask bit (a, A, á: & 31), surrogate halves, and letters apart.
  const alphabet = ["a", "b", "A", "á", "\ud835", "\udc00", "z"];
  const tests = {
    near: (w: string) => (x: string) => near(x, w),
    nearName: (w: string) => (x: string) => nearName(x, w),
    "editDistance <= 2 (swaps count as one)": (w: string) => (x: string) => editDistance(x, w, 2) <= 2,
  };

  for (const [name, test] of Object.entries(tests)) {
    it(`finds a word exactly when one of the set passes ${name}, for every word of up to 4 units against sets of short words`, () => {
      const words = allStrings(alphabet, 4);
      const next = random(7);
      const wrong: string[] = [];
      for (let round = 0; round < 40; round++) {
        const set = words.filter(() => next() < 0.01);
        const index = new NearWords(set);
        for (const w of words)
          if (index.someNear(w, test(w)) !== set.some(test(w)) && wrong.length < 5) wrong.push(`${w} in ${set.join(",")}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it("finds as the plain scan does on long words two edits apart, and on words far apart", () => {
    const next = random(11);
    const word = () => randomWord(next, 4, 10);
    const edit = (w: string) => randomEdit(next, w);
    const wrong: string[] = [];
    for (let round = 0; round < 300; round++) {
      const set = Array.from({ length: 30 }, word);
      const index = new NearWords(set);
      for (const w of [...set.map(edit), ...set.map((x) => edit(edit(x))), ...set.map((x) => edit(edit(edit(x)))), word()]) {
        for (const test of Object.values(tests)) if (index.someNear(w, test(w)) !== set.some(test(w)) && wrong.length < 5) wrong.push(w);
      }
    }
    expect(wrong).toEqual([]);
  });
});
