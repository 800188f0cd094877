// The small lookup helpers introduced for speed must answer exactly what the slower forms they replace answer.
import { describe, expect, it } from "vitest";
import {
  ASCII_LETTER,
  ASCII_WORD,
  isLetterAt,
  isLetterUnit,
  letterUnitsAt,
  LOWER_CASE,
  unitCase,
  UPPER_CASE,
} from "../../src/fast/unit-class";
import { isAllCaps } from "../../src/rules/lib/acronyms";
import { editDistance, isOneEdit, wordUnitsAt } from "../../src/lang/normalize";
import { HASH_SEED, SpanSet, spanHashStep } from "../../src/fast/span-set";
import { AsciiWordSet, NOT_ASCII, wordHashStep } from "../../src/fast/word-set";
import { lazyRecord } from "../../src/fast/lazy-record";
import { continuesWordAt, nextWordStart, wordEnd } from "../../src/rules/pronoun-gender/words";
import { languageOf } from "../../src/lang/registry";

/** Every string of up to `max` units over `alphabet`. */
function allStrings(alphabet: string[], max: number): string[] {
  const out = [""];
  for (let len = 1, layer = [""]; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

describe("isOneEdit", () => {
  it("agrees with editDistance(a, b, 1) === 1 on every pair of short strings", () => {
    const words = allStrings(["a", "b", "é"], 4);
    let ones = 0;
    for (const a of words) {
      for (const b of words) {
        const expected = editDistance(a, b, 1) === 1;
        if (expected) ones++;
        if (isOneEdit(a, b) !== expected) expect([a, b, isOneEdit(a, b)]).toEqual([a, b, expected]);
      }
    }
    expect(ones).toBeGreaterThan(1000);
  });

  it("tells substitutions, insertions and adjacent swaps from two edits", () => {
    expect(isOneEdit("merkel", "merkal")).toBe(true);
    expect(isOneEdit("kuczynski", "kuczinski")).toBe(true);
    expect(isOneEdit("sheinbaum", "shienbaum")).toBe(true);
    expect(isOneEdit("brasil", "brazil")).toBe(true);
    expect(isOneEdit("gadafi", "gaddafi")).toBe(true);
    expect(isOneEdit("merkel", "merkel")).toBe(false);
    expect(isOneEdit("merkel", "markal")).toBe(false);
    expect(isOneEdit("abc", "cba")).toBe(false);
  });
});

describe("AsciiWordSet", () => {
  const set = new AsciiWordSet(["de", "que", "the", "o'clock", "más"]);

  it("finds ASCII words of a text in place, ignoring ASCII case", () => {
    const text = "De THE Que o'Clock de";
    expect(set.find(text, 0, 2)).toBe("de");
    expect(set.find(text, 3, 6)).toBe("the");
    expect(set.find(text, 7, 10)).toBe("que");
    expect(set.find(text, 11, 18)).toBe("o'clock");
    expect(set.find(text, 0, 1)).toBeUndefined();
    expect(set.find(text, 3, 5)).toBeUndefined();
  });

  it("leaves ranges with a unit above 127 to the caller", () => {
    expect(set.find("más", 0, 3)).toBe(NOT_ASCII);
    expect(set.find("the’s", 0, 5)).toBe(NOT_ASCII);
  });

  it("accepts a hash computed on the way, as findHashed", () => {
    const text = "xx QUE yy";
    let hash = HASH_SEED;
    for (let i = 3; i < 6; i++) hash = wordHashStep(hash, text.charCodeAt(i));
    expect(set.findHashed(text, 3, 6, hash)).toBe("que");
  });
});

describe("SpanSet", () => {
  it("holds substrings of one text and answers by string", () => {
    const text = "gobierno presidente gobierno";
    const spans = new SpanSet(text);
    const add = (start: number, end: number) => {
      let hash = HASH_SEED;
      for (let i = start; i < end; i++) hash = spanHashStep(hash, text.charCodeAt(i));
      spans.add(start, end, hash);
    };
    add(0, 8);
    add(9, 19);
    add(20, 28);
    expect(spans.has("gobierno")).toBe(true);
    expect(spans.has("presidente")).toBe(true);
    expect(spans.has("gobiern")).toBe(false);
    expect(spans.has("Gobierno")).toBe(false);
    expect(spans.has("")).toBe(false);
  });

  it("keeps finding every member as it grows", () => {
    const words = allStrings(["a", "b", "c"], 5).filter(Boolean);
    const text = words.join(" ");
    const spans = new SpanSet(text);
    let at = 0;
    for (const w of words) {
      let hash = HASH_SEED;
      for (let i = 0; i < w.length; i++) hash = spanHashStep(hash, w.charCodeAt(i));
      spans.add(at, at + w.length, hash);
      at += w.length + 1;
    }
    for (const w of words) expect(spans.has(w)).toBe(true);
    expect(spans.has("aaaaaa")).toBe(false);
  });
});

describe("isAllCaps", () => {
  /** The definition: at least 12 letters, more than 60% of them capitals (a unit is a capital when it lower-cases). */
  function reference(s: string): boolean {
    let letters = 0;
    let upper = 0;
    for (const ch of s.split("")) {
      if (ch.toLowerCase() !== ch) {
        letters++;
        upper++;
      } else if (ch.toUpperCase() !== ch) letters++;
    }
    return letters >= 12 && upper / letters > 0.6;
  }

  it("agrees with its definition on shouted, mixed and ordinary lines", () => {
    const lines = [
      "EL GOBIERNO APRUEBA LA REFORMA",
      "ÉL DIJO QUE SÍ, según la agencia",
      "La ONU y la OTAN se reúnen hoy",
      "ABCDEFGHIJKL",
      "ABCDEFGhijklmnop",
      "AAAAAAAAAAAAaaaaaaaa",
      "AAAAAAAAAAAAAaaaaaaa",
      "ΣΣΣΣΣΣΣΣΣΣΣΣ σ",
      "1234 5678 ABC",
      "",
    ];
    for (const line of lines) expect([line, isAllCaps(line)]).toEqual([line, reference(line)]);
  });

  it("agrees with its definition at the 60% boundary", () => {
    for (let upper = 0; upper <= 20; upper++) {
      for (let lower = 0; lower <= 20; lower++) {
        const line = `${"A".repeat(upper) + "b".repeat(lower)} 12`;
        expect([line, isAllCaps(line)]).toEqual([line, reference(line)]);
      }
    }
  });
});

describe("unit-class", () => {
  it("pronoun-gender's wordEnd and nextWordStart (ASCII read in place) answer as their unit-by-unit definitions", () => {
    const plainEnd = (t: string, i: number, end: number) => {
      let j = i + 1;
      while (j < end && continuesWordAt(t, j)) j++;
      return j;
    };
    const plainNext = (t: string, i: number, end: number) => {
      for (let q = i; q < end; q++) if (isLetterAt(t, q)) return q;
      return -1;
    };
    for (const t of allStrings(["a", "Z", "1", " ", "'", "-", "\u2019", "é", "\ud835\udc00", "\ud835", "."], 4)) {
      for (let i = 0; i < t.length; i++) {
        for (const end of [t.length, t.length + 2, i + 1]) {
          expect(wordEnd(t, i, end), `${t} ${i} ${end}`).toBe(plainEnd(t, i, end));
          expect(nextWordStart(t, i, end), `${t} ${i} ${end}`).toBe(plainNext(t, i, end));
        }
      }
    }
  });

  it("ASCII_LETTER and ASCII_WORD answer as letterUnitsAt and wordUnitsAt on every ASCII unit", () => {
    expect(ASCII_LETTER.length).toBe(128);
    expect(ASCII_WORD.length).toBe(128);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      expect(ASCII_LETTER[c], ch).toBe(letterUnitsAt(ch, 0));
      expect(ASCII_WORD[c], ch).toBe(wordUnitsAt(ch, 0));
    }
  });

  it("isLetterUnit and unitCase answer as \\p{L} and case mapping do, for every UTF-16 unit", () => {
    let letters = 0;
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const letter = /\p{L}/u.test(ch);
      const bits = (ch !== ch.toUpperCase() ? LOWER_CASE : 0) | (ch !== ch.toLowerCase() ? UPPER_CASE : 0);
      if (letter) letters++;
      if (isLetterUnit(c) !== letter || unitCase(c) !== bits) expect([c, isLetterUnit(c), unitCase(c)]).toEqual([c, letter, bits]);
    }
    expect(letters).toBeGreaterThan(40000);
    expect(isLetterAt("ñu", -1)).toBe(false);
    expect(isLetterAt("ñu", 0)).toBe(true);
    expect(isLetterAt("ñu", 2)).toBe(false);
  });
});

describe("a language pack's Intl-derived fields, read when first asked (src/lang/pack.ts)", () => {
  it("gives a language pack the separators and calendar names Intl gives", () => {
    const es = languageOf("es");
    const f = new Intl.NumberFormat("es").formatToParts(12345.5);
    expect(es.numberFormat.group).toBe(f.find((p) => p.type === "group")?.value);
    expect(es.numberFormat.decimal).toBe(f.find((p) => p.type === "decimal")?.value);
    expect(es.calendar.months[0]![0]).toBe(new Intl.DateTimeFormat("es", { month: "long", timeZone: "UTC" }).format(Date.UTC(2021, 0, 1)));
  });
});

describe("lazyRecord", () => {
  it("holds what building every value at once holds, builds a value only when its key is read, and only once", () => {
    const built: string[] = [];
    const builder = (key: string, value: unknown) => () => {
      built.push(key);
      return value;
    };
    const builders = { a: builder("a", { n: 1 }), b: builder("b", { n: 2 }), c: builder("c", [3]) };
    const lazy = lazyRecord<"a" | "b" | "c", unknown>(builders);
    expect(built).toEqual([]);
    expect(lazy.b).toEqual({ n: 2 });
    expect(lazy.b).toBe(lazy.b);
    expect(built).toEqual(["b"]);
    const eager = Object.fromEntries(Object.entries(builders).map(([k, f]) => [k, f()]));
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    expect({ ...lazy }).toEqual(eager);
    expect(built).toEqual(["b", "a", "b", "c", "a", "c"]);
  });
});
