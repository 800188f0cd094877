// Plain code written without waste in negation and the number rules, against the versions it replaced.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { endsNt } from "../../src/rules/lib/negation";
import { romanGate, romanMentions } from "../../src/rules/lib/number-mentions/roman";
import { tokenize } from "../../src/rules/lib/number-mentions/tokenize";
import { WORDS } from "../../src/rules/lib/number-mentions/word-table";
import type { NumberMention } from "../../src/rules/lib/number-mentions";
import { languageOf, supportedLanguages } from "../../src/lang/registry";
import { verbKeys } from "../../src/rules/negation/verbs";
import { foldWord } from "../../src/align/anchors";
import verbTable from "../../rules/negation-verbs.json";
import type { Lang } from "../../src/types";

describe("negation's endsNt", () => {
  it("answers as /n['’]t$/ on every string of up to 5 pieces", () => {
    const NT = /n['’]t$/;
    const texts = allStrings(["n", "N", "'", "’", "t", "T", "a", "\n", "ñ", "\u{1d400}"], 5);
    expect(texts.filter((w) => endsNt(w) !== NT.test(w))).toEqual([]);
  });
});

describe("number tokens: the length of an ASCII-led word before its lookup", () => {
  it("keeps every number word of every language, in three cases, alone and in a sentence", () => {
    const missed: string[] = [];
    for (const l of supportedLanguages()) {
      const lang = l.code as Lang;
      for (const word of WORDS[lang].any) {
        expect(word.includes("\u0307")).toBe(false); // (lower-casing "İ" gives one: no number word holds it)
        if (!/^\p{L}+$/u.test(word)) continue;
        for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
          if (form.toLowerCase() !== word) continue; // ("DREISSIG" is another word's capitals)
          const text = `— ${form}, ${form}`;
          const found = tokenize(text, 0, text.length, lang).filter((t) => t.lower === word);
          if (found.length !== 2) missed.push(`${lang}:${form}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("romanMentions' gate (romanGate)", () => {
  // The plain version: both expressions over the slice, no gate.
  const ROMAN_NUMERAL = /\b(?:([IVXLC]{2,7})(?:e|er|ème)?|([IVXLC])(?:er|ème))\b/g;
  const NAME_AND_DIGIT = /(?<=\S\s+)\p{Lu}\p{Ll}+ ([IVX])(?![\p{L}\p{N}'’])/gu;
  const plain = (text: string) => [
    ...[...text.matchAll(ROMAN_NUMERAL)].map((m) => `${m.index}:${m[0].length}`),
    ...[...text.matchAll(NAME_AND_DIGIT)].map((m) => `${m.index + m[0].length - 1}:1`),
  ];
  const gated = (text: string, from: number) => {
    const out: NumberMention[] = [];
    romanMentions(text, from, text.length, out);
    return out.map((m) => `${m.start - from}:${m.end - m.start}`);
  };
  it("finds the mentions both expressions find, on every string of up to 4 pieces, from the start and past the first unit", () => {
    const pieces = ["Felipe", " ", "V", "I", "X", "L", "C", "e", "er", "ème", "è", "\u00a0", "a", "É", "7", "’", "-"];
    const wrong = allStrings(pieces, 4).filter(
      (s) => JSON.stringify(gated(s, 0)) !== JSON.stringify(plain(s)) || JSON.stringify(gated(`.${s}`, 1)) !== JSON.stringify(plain(s)),
    );
    expect(wrong.slice(0, 5).map((s) => [s, gated(s, 0), plain(s)])).toEqual([]);
  });
  it("skips texts without such units in a row", () => {
    expect(romanGate("Ayer llovió en Madrid.")).toBe(0);
    expect(romanGate("siglo XX")).not.toBe(0);
    expect(romanGate("Felipe V")).not.toBe(0);
    expect(romanGate("Felipe Vi")).toBe(0);
  });
});

describe("negation's verbKeys (the endings a word has, longest first)", () => {
  // The plain version: every split of the word from MIN_STEM letters on, its tail looked up among the endings.
  const ROWS = (verbTable as { rows: Record<string, string[]>[] }).rows;
  const stemsOf = (lang: Lang) => {
    const stems = new Map<string, { concept: string; rest: string[] }[]>();
    ROWS.forEach((row, k) => {
      for (const entry of row[lang] ?? []) {
        const [first, ...rest] = entry.split(" ").map(foldWord);
        stems.set(first!, [...(stems.get(first!) ?? []), { concept: `verb:${k}`, rest }]);
      }
    });
    const endings = new Set(["", ...(languageOf(lang).negation.verbEndings ?? [])].map(foldWord));
    return { stems, endings };
  };
  const STEMS = new Map<Lang, ReturnType<typeof stemsOf>>();
  function plainVerbKeys(lang: Lang, words: readonly string[], i: number): string[] {
    const { stems, endings } = STEMS.get(lang) ?? STEMS.set(lang, stemsOf(lang)).get(lang)!;
    const longest = Math.max(...[...endings].map((e) => e.length));
    const w = words[i]!;
    const found: { concept: string; rest: string[] }[] = [];
    for (let n = w.length < 3 ? w.length : Math.max(3, w.length - longest); n <= w.length; n++) {
      if (!endings.has(w.slice(n))) continue;
      for (const s of stems.get(w.slice(0, n)) ?? []) if (s.rest.every((r, j) => words[i + 1 + j] === r)) found.push(s);
    }
    const most = Math.max(0, ...found.map((s) => s.rest.length));
    return [...new Set(found.filter((s) => s.rest.length === most).map((s) => s.concept))];
  }
  it("finds the concepts the plain version finds, for every stem with every ending, cut short and run on", () => {
    const wrong: string[] = [];
    for (const l of supportedLanguages()) {
      const lang = l.code as Lang;
      const endings = ["", ...(l.negation.verbEndings ?? [])].map(foldWord);
      for (const row of ROWS) {
        for (const entry of row[lang] ?? []) {
          const [first, ...rest] = entry.split(" ").map(foldWord);
          for (const e of endings) {
            for (const w of [first + e, (first + e).slice(0, -1), `${first}${e}s`, first!.slice(0, 2) + e]) {
              for (const words of [[w, ...rest], [w], [w, "x"]]) {
                const a = JSON.stringify(verbKeys(lang, words, 0));
                if (a !== JSON.stringify(plainVerbKeys(lang, words, 0))) wrong.push(`${lang}:${words.join(" ")}`);
              }
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
