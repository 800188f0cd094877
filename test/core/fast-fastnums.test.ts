// Plain code written without waste in negation and the number rules, against the versions it replaced.
import { describe, expect, it } from "vitest";
import { endsNt } from "../../src/rules/lib/negation";
import { romanGate, romanMentions } from "../../src/rules/lib/number-mentions/roman";
import { tokenize } from "../../src/rules/lib/number-mentions/tokenize";
import { WORDS } from "../../src/rules/lib/number-mentions/word-table";
import type { NumberMention } from "../../src/rules/lib/number-mentions";
import { supportedLanguages } from "../../src/lang/registry";
import type { Lang } from "../../src/types";

/** Every string of 1 to `max` pieces of `alphabet`. */
function allStrings(alphabet: string[], max: number): string[] {
  const out: string[] = [];
  for (let len = 1, layer = [""]; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    for (const s of layer) out.push(s);
  }
  return out;
}

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
