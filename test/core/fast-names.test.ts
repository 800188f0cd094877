// The fast paths of name-missing, name-mismatch and the acronym rules against the plain code they replace
// (src/fast/README.md, "Fast paths that live beside their one user").
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { buildDoc } from "../../src/segment/document";
import { sideMemo } from "../../src/segment/memo";
import { countByIndexOf, countIn, FoldedWords } from "../../src/rules/name-missing/written";
import { folded, tokens } from "../../src/rules/name-missing/people";
import { cognateStems, spellingKey } from "../../src/rules/lib/proper-names";
import { findAcronyms, isAllCaps, lowerFormsIn, segmentAcronyms, segmentAcronymsWith } from "../../src/rules/lib/acronyms";
import { afterNumber } from "../../src/rules/acronym/bead-tokens";

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** A random text of `length` pieces drawn from `pieces`. */
const textOf = (next: () => number, pieces: readonly string[], length: number) =>
  Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join("");

describe("name-missing's countIn (an index of the places a name may open)", () => {
  const pieces = ["A", "Ab", "a", "b", " ", "É", "é", "\ud835", "\udc00", "-", "’", "Z", "AbA"];

  it("counts as indexOf from the unit after each mention does, for every part of up to 3 pieces, in random texts", () => {
    const next = random(3);
    const parts = ["", ...allStrings(pieces.slice(0, 10), 3)];
    const wrong: string[] = [];
    for (let round = 0; round < 30; round++) {
      const text = textOf(next, pieces, Math.floor(next() * 60));
      const side = sideMemo(buildDoc(text, "en"));
      for (const part of parts) {
        for (const most of [1, 2, 3]) {
          if (countIn(side, part, most) !== countByIndexOf(text, part, most) && wrong.length < 5) wrong.push(`${part} in ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers text.includes and the plain writtenOnce (indexOf, then none after the first)", () => {
    const next = random(5);
    const once = (text: string, part: string) => {
      const at = text.indexOf(part);
      return at >= 0 && text.indexOf(part, at + 1) < 0;
    };
    for (let round = 0; round < 200; round++) {
      const text = textOf(next, pieces, Math.floor(next() * 40));
      const side = sideMemo(buildDoc(text, "es"));
      const part = textOf(next, pieces, 1 + Math.floor(next() * 3));
      expect(countIn(side, part, 1) > 0).toBe(text.includes(part));
      expect(countIn(side, part, 2) === 1).toBe(once(text, part));
    }
  });
});

describe("name-missing's FoldedWords", () => {
  it("holds exactly the folded tokens of the text", () => {
    const next = random(9);
    const pieces = [
      "Ana",
      "ana",
      "ANA",
      "'s",
      "’s",
      "'",
      "-",
      " ",
      "Émile",
      "éa",
      "O'Brien",
      "d'",
      "\ud835\udc00",
      "x",
      ". ",
      "IJ",
      "İ",
      "aNa",
    ];
    const asked = [
      "ana",
      "Ana",
      "ANA",
      "emile",
      "éa",
      "ea",
      "o'brien",
      "obrien",
      "o",
      "d",
      "x",
      "ij",
      "i̇",
      "ana-x",
      "a",
      "",
      "anaana",
      "ana's",
    ];
    for (let round = 0; round < 400; round++) {
      const text = textOf(next, pieces, Math.floor(next() * 30));
      const plain = new Set(tokens(text, 0, text.length).map(folded));
      const words = new FoldedWords(text);
      for (const w of [...plain, ...asked, textOf(next, pieces, 2).toLowerCase()]) expect(words.has(w)).toBe(plain.has(w));
    }
  });

  it("holds every word of a text of thousands of distinct words (its table grown), and no other", () => {
    const next = random(21);
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const text = Array.from({ length: 6000 }, () => textOf(next, [...letters], 1 + Math.floor(next() * 5))).join(" ");
    const plain = new Set(tokens(text, 0, text.length).map(folded));
    const words = new FoldedWords(text);
    for (const w of plain) expect(words.has(w)).toBe(true);
    for (let k = 0; k < 3000; k++) {
      const w = textOf(next, [..."abcdefghijklmnopqrstuvwxyz"], 1 + Math.floor(next() * 6));
      expect(words.has(w)).toBe(plain.has(w));
    }
  });
});

describe("proper-names' spellingKey", () => {
  /** The plain definition the fast path replaces. */
  const plain = (folded: string) =>
    folded
      .replace(/kh/g, "j")
      .replace(/sch|sh/g, "s")
      .replace(/ph/g, "f")
      .replace(/th/g, "t")
      .replace(/ou/g, "u")
      .replace(/gu(?=[ei])/g, "g")
      .replace(/qu|ck|q/g, "k")
      .replace(/([ou])e/g, "$1")
      .replace(/ae/g, "a")
      .replace(/y(?=[aeiou])|y$|j/g, "i")
      .replace(/c/g, "k")
      .replace(/v/g, "b")
      .replace(/w/g, "u")
      .replace(/h/g, "")
      .replace(/(.)\1+/g, "$1");
  const letters = ["k", "h", "s", "c", "p", "t", "o", "u", "g", "e", "i", "q", "y", "j", "a", "v", "w", "n", "\n"];

  it("answers the plain chain of rewrites on every string of up to 3 of the letters it rewrites (and a line break), and of 4 of the most", () => {
    const most = ["k", "h", "s", "c", "o", "u", "e", "q", "y", "j", "a", "\n"];
    const wrong = [...allStrings(letters, 3), ...allStrings(most, 4)].filter((w) => spellingKey(w) !== plain(w));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("answers the plain chain on random longer words, and cognateStems its stems", () => {
    const next = random(17);
    const pieces = [
      ...letters,
      "sch",
      "ck",
      "qu",
      "ou",
      "oe",
      "ue",
      "ae",
      "ll",
      "é",
      "\u2028",
      "\r",
      "'",
      "-",
      "ion",
      "cion",
      "re",
      "ians",
    ];
    for (let round = 0; round < 20000; round++) {
      const w = textOf(next, pieces, 1 + Math.floor(next() * 12));
      expect(spellingKey(w)).toBe(plain(w));
    }
    expect(cognateStems("nacionales")).toEqual(["nationales", "national", "nation"]);
  });
});

describe("the acronym rules' shared segment tokens", () => {
  const texts = [
    "La OTAN y la ONU. El FMI (Fondo Monetario Internacional) y EE.UU. hablaron de sida y pymes, de la sida-x y las ONGs.\n\nEE.\u00a0UU. y la UE. I+D, R&D y US$ 5. El PSOE... La CNMC. ÚLTIMA HORA: LA UE.\n\nUN JUEZ ORDENA LA LIBERTAD DEL PERIODISTA DE LA ONU.",
    "The UN, NATO and the EU met. The IMF's chief and the WHO (World Health Organization) spoke; sida and pymes are Spanish. HK$ 4, U.S. data, the ACF and the RCA.",
  ];

  it("answer findAcronyms for every segment, with the capital-less forms and without, asked in any order, and null for a shouted one", () => {
    let shouts = 0;
    for (const [k, text] of texts.entries()) {
      const doc = buildDoc(text, k === 0 ? "es" : "en");
      const side = sideMemo(doc);
      const lowerForms = lowerFormsIn(doc.text, doc.pair);
      for (const seg of [...doc.segments].reverse()) {
        const shouted = isAllCaps(seg.text);
        const plain = (forms?: readonly string[]) => (shouted ? null : findAcronyms(doc.text, seg.start, seg.end, doc.pair, forms));
        expect(segmentAcronymsWith(side, seg, lowerForms)).toEqual(plain(lowerForms));
        expect(segmentAcronyms(side, seg)).toEqual(plain([]));
        expect(segmentAcronymsWith(side, seg, lowerForms)).toEqual(plain());
        shouts += shouted ? 1 : 0;
      }
    }
    expect(shouts).toBeGreaterThan(0);
  });

  it("afterNumber answers AFTER_NUMBER on the part before a token, for every text of up to 5 pieces and every start", () => {
    const AFTER_NUMBER = /\d[\d.,]*\s*$/;
    const wrong: string[] = [];
    for (const text of allStrings(["1", ".", ",", " ", "\u00a0", "a", "\n", "\u2028", "٣"], 5)) {
      for (let from = 0; from <= text.length; from++) {
        if (afterNumber(text, from, text.length) !== AFTER_NUMBER.test(text.slice(from)) && wrong.length < 5)
          wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong).toEqual([]);
  });
});
