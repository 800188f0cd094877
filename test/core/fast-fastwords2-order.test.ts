// orderBreaks' fast path (each word's sets read once as bits, WordOrderTable.classes) against its plain version, on
// random sentences of few words so that every pair of the tables' words, doubles, capital letters kept as written
// and words outside ASCII meet often.
import { describe, expect, it } from "vitest";
import { orderBreaks, wordOrderTable } from "../../src/rules/lib/word-order";
import { supportedLanguages } from "../../src/lang/registry";
import type { Lang } from "../../src/types";

/** Words beside each table's own: capitals, accents, the Kelvin sign, dotted İ, an astral letter, inner marks. */
const OTHER = ["A", "E", "B", "I", "Él", "él", "ÉL", "más", "K", "\u212a", "İ", "ß", "𝐀", "3.5", "don't", "no-one", "casas", "ran", "had"];
const BETWEEN = [" ", " ", " ", "  ", "\u00a0", ", ", ". ", "-", "'", " — ", ""];

describe("orderBreaks' fast path against its plain version, words of every set side by side", () => {
  it("counts the words, breaks and weak breaks the plain version counts", () => {
    const wrong: string[] = [];
    let breaks = 0;
    let sentences = 0;
    for (const { code } of supportedLanguages()) {
      const t = wordOrderTable(code as Lang);
      if (!t) continue;
      const sets = [t.det, t.prep, t.detBefore, t.notAfterDet, t.notAfterPrep, t.notAfterArticle, t.notFinal, t.conj, t.beforeVerb];
      const listed = [...new Set([...sets, t.alone, t.stack, t.opens, t.doubledExcept ?? []].flatMap((set) => [...set]))];
      const words = listed.filter((w) => w !== "");
      if (!words.length) continue;
      let x = code.charCodeAt(1);
      const next = (k: number) => {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        return (x >>> 8) % k;
      };
      for (let n = 0; n < 6000; n++) {
        // A few words drawn per sentence: the same word comes again often.
        const pool = Array.from({ length: 3 }, () => (next(4) ? words[next(words.length)] : OTHER[next(OTHER.length)]));
        const cased = pool.map((w) => [w, w.toUpperCase(), w.slice(0, 1).toUpperCase() + w.slice(1)][next(5) < 3 ? 0 : next(3)]);
        let sentence = "";
        for (let i = 0, k = 1 + next(7); i < k; i++) sentence += cased[next(3)] + BETWEEN[next(BETWEEN.length)];
        const plain = orderBreaks(sentence, code as Lang, false);
        breaks += plain?.breaks ?? 0;
        sentences++;
        if (JSON.stringify(orderBreaks(sentence, code as Lang)) !== JSON.stringify(plain) && wrong.length < 5)
          wrong.push(`${code}: ${JSON.stringify(sentence)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sentences).toBeGreaterThan(15000);
    expect(breaks).toBeGreaterThan(10000);
  });
});
