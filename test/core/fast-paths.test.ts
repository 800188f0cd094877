// Each fast path of src/fast/README.md against the plain version it replaces: the per-unit tables against the
// regular expressions and case mappings, the hash tables against Set, the memos against recomputation.
import { describe, expect, it } from "vitest";
import { allStrings } from "./all-strings";
import { anchorKeys, foldWord, segmentAnchorKeys, segmentKeysOf, textAnchorKeys } from "../../src/align/anchors";
import { align, expectedRatio } from "../../src/align/align";
import { HASH_SEED, SpanSet, spanHashStep } from "../../src/fast/span-set";
import { AsciiWordSet, NOT_ASCII } from "../../src/fast/word-set";
import { isSpaceUnit } from "../../src/fast/unit-class";
import { lower, nextCapital, normalizeName } from "../../src/rules/pronoun-gender/words";
import { acceptedIn } from "../../src/rules/pronoun-gender/english-pronouns";
import { fold, foldedText, isWordUnit, wordsAndApostrophes, wordUnitsAt } from "../../src/lang/normalize";
import { ratioOf, segmentWords, sentenceKey, sentenceKeys, wordCount } from "../../src/rules/lib/coverage";
import { resolveAlignment } from "../../src/check/check";
import type { RuleContext } from "../../src/check/rule";
import { buildDoc } from "../../src/segment/document";
import { checkMemo, sideMemo } from "../../src/segment/memo";
import {
  capitalisedRunsIn,
  capitalisedWordsOf,
  folded,
  namedIn,
  namedInDoc,
  near,
  tokens,
  tokensAt,
} from "../../src/rules/name-missing/people";
import { addSegmentPairs, adjacentPairs, isSpace, segmentWordsIn, wordsIn } from "../../src/rules/untranslated/source-runs";
import { areCognates, cognateStems } from "../../src/rules/lib/proper-names";
import { forEachLetterWord, SegmentWords } from "../../src/segment/letter-words";
import { hasMainBreak, wordsOf } from "../../src/rules/lib/negation";
import { letterCounts, otherScriptOf } from "../../src/rules/untranslated/other-script";
import type { Lang } from "../../src/types";
import { plainOtherScript } from "./plain-other-script";
import { disagreements } from "./disagreements";

const EVERY_UNIT = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
/** Units where the tables' shortcuts could go wrong: capitals, accents, sigma, combining marks, ligatures, digits. */
const TRICKY = ["a", "Z", "Á", "ß", "Σ", "ς", "e\u0301", "İ", "ǅ", "ﬁ", "Ⅻ", "٣", "7", "-", " ", "\u00a0", "😀", "’", ".", "\u200b"];

describe("character classes (per-unit tables) against their regular expressions", () => {
  it("isSpaceUnit answers as /\\s/ for every UTF-16 unit", () => {
    expect(
      disagreements(
        EVERY_UNIT,
        (s) => isSpaceUnit(s.charCodeAt(0)),
        (s) => /^\s$/.test(s),
      ),
    ).toEqual([]);
  });

  it("isWordUnit answers as /[\\p{L}\\p{N}]/u for every UTF-16 unit", () => {
    const plain = /^[\p{L}\p{N}]$/u;
    expect(
      disagreements(
        EVERY_UNIT,
        (s) => isWordUnit(s.charCodeAt(0)),
        (s) => plain.test(s),
      ),
    ).toEqual([]);
  });

  it("nextCapital (a candidate class, confirmed per unit) finds the first unit /\\p{L}/u and lower-casing call a capital", () => {
    const capital = (ch: string) => /\p{L}/u.test(ch) && ch !== ch.toLowerCase();
    const plain = (s: string) => s.split("").findIndex(capital);
    expect(disagreements(EVERY_UNIT, (s) => nextCapital(s, 0, s.length), plain)).toEqual([]);
    expect(disagreements(allStrings(TRICKY, 2), (s) => nextCapital(s, 0, s.length), plain)).toEqual([]);
    // From an offset and up to an end: the first capital of the stretch, -1 past it.
    expect(nextCapital("aBcD", 2, 4)).toBe(3);
    expect(nextCapital("aBcD", 2, 3)).toBe(-1);
  });

  it("normalizeName and lower (bounded memos of words seen) answer as their definitions, on the first call and the repeat", () => {
    const words = allStrings(["a", "Á", "é", "İ", "ß", "Σ", "e\u0301", "O'"], 3);
    for (let round = 0; round < 2; round++) {
      expect(disagreements(words, normalizeName, (w) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())).toEqual([]);
      expect(disagreements(words, lower, (w) => w.toLowerCase())).toEqual([]);
    }
  });

  it("sentenceKey (unit-by-unit fold table) answers as its regex definition, unit by unit and in context", () => {
    const definition = (text: string) =>
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    expect(
      disagreements(
        EVERY_UNIT.map((c) => `Ab ${c}c${c} D`),
        sentenceKey,
        definition,
      ),
    ).toEqual([]);
    expect(disagreements(allStrings(TRICKY, 3), sentenceKey, definition)).toEqual([]);
  });

  it("wordUnitsAt reads a letter or digit (a surrogate pair as one) as /[\\p{L}\\p{N}]/u does, 0 elsewhere", () => {
    const definition = (s: string) => /^[\p{L}\p{N}]/u.exec(s)?.[0].length ?? 0;
    expect(disagreements(allStrings(TRICKY, 2), (s) => wordUnitsAt(s, 0), definition)).toEqual([]);
    expect(wordUnitsAt("ab", 2)).toBe(0);
  });

  it("wordsAndApostrophes (a hand scanner) answers as replacing /[^\\p{L}\\p{N}'’]+/gu by a space and trimming", () => {
    const definition = (text: string) => text.replace(/[^\p{L}\p{N}'’]+/gu, " ").trim();
    expect(
      disagreements(
        EVERY_UNIT.map((c) => `x${c}y '${c} 1${c}`),
        wordsAndApostrophes,
        definition,
      ),
    ).toEqual([]);
    expect(disagreements(allStrings([...TRICKY, "'"], 3), wordsAndApostrophes, definition)).toEqual([]);
  });

  it("coverage's wordCount (a hand scanner) counts as splitting on /\\s/ and keeping runs with a \\p{L}", () => {
    const definition = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    expect(
      disagreements(
        EVERY_UNIT.map((c) => `x${c}y ${c} 1${c}`),
        wordCount,
        definition,
      ),
    ).toEqual([]);
    expect(disagreements(allStrings(TRICKY, 3), wordCount, definition)).toEqual([]);
  });
});

describe("untranslated's word scanner against its definitions", () => {
  it("isSpace (a unit loop) answers as /^[ \\t\\u00a0]+$/ on the slice", () => {
    const gaps = allStrings([" ", "\t", "\u00a0", "\n", "x", "\u2009"], 4);
    gaps.push("");
    const inContext = (g: string) => isSpace(`a${g}b`, 1, 1 + g.length);
    expect(disagreements(gaps, inContext, (g) => /^[ \t\u00a0]+$/.test(g))).toEqual([]);
  });

  it("wordsIn folds every word as foldWord of the word with hyphens as spaces and curly apostrophes straight", () => {
    const text = "Play-off d’être O’Neil's Ñandú rock-’n’-roll plain ÉTÉ l'an";
    const plain = (raw: string) => foldWord(raw.replace(/[-’]/g, (c) => (c === "-" ? " " : "'")));
    const words = wordsIn(text);
    expect(words.map((w) => w.folded)).toEqual(words.map((w) => plain(w.raw)));
    expect(words.map((w) => w.folded)).toContain("play off");
    expect(words.map((w) => w.folded)).toContain("d'etre");
  });

  it("forEachLetterWord without hyphens (countWords' words) finds what /\\p{L}+(?:['’]\\p{L}+)*/gu matches", () => {
    const plain = (s: string) => [...s.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => `${m.index}-${m.index + m[0].length}`).join(",");
    const fast = (s: string) => {
      const out: string[] = [];
      forEachLetterWord(s, 0, s.length, (a, b) => out.push(`${a}-${b}`), false);
      return out.join(",");
    };
    const texts = allStrings(["a", "É", "'", "’", "-", " ", "𝐀", "\ud835", "\udc00", "7"], 4);
    expect(disagreements(texts, fast, plain)).toEqual([]);
  });

  it("forEachLetterWord (a hand scanner) finds the words /\\p{L}+(?:['’-]\\p{L}+)*/gu matches, also in a part of a text", () => {
    const plain = (s: string, start: number, end: number) =>
      [...s.slice(start, end).matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)]
        .map((m) => `${start + m.index}-${start + m.index + m[0].length}`)
        .join(",");
    const fast = (s: string, start: number, end: number) => {
      const out: string[] = [];
      forEachLetterWord(s, start, end, (a, b) => out.push(`${a}-${b}`));
      return out.join(",");
    };
    const texts = allStrings(["a", "É", "'", "’", "-", " ", "𝐀", "\ud835", "\udc00", "7", "ß"], 4);
    expect(
      disagreements(
        texts,
        (s) => fast(s, 0, s.length),
        (s) => plain(s, 0, s.length),
      ),
    ).toEqual([]);
    // Parts of a text: a surrogate pair or a word cut at either end reads as the slice reads.
    const cut = (f: typeof fast) => (s: string) => [f(s, 1, s.length), f(s, 0, s.length - 1), f(s, 1, s.length - 1)].join(";");
    expect(disagreements(texts, cut(fast), cut(plain))).toEqual([]);
    expect(fast("Play-off d’être O’Neil's rock-’n’-roll --x", 0, 42)).toBe(plain("Play-off d’être O’Neil's rock-’n’-roll --x", 0, 42));
  });

  it("negation's wordsOf (a hand scanner) reads the words /\\p{L}[\\p{L}'’]*/gu matches, trailing apostrophes trimmed", () => {
    const plain = (s: string, start: number, end: number) =>
      [...s.slice(start, end).matchAll(/\p{L}[\p{L}'’]*/gu)]
        .map((m) => {
          const word = m[0].replace(/['’]+$/, "");
          return `${start + m.index}-${start + m.index + word.length}:${word.toLowerCase()}`;
        })
        .join(",");
    const fast = (s: string, start: number, end: number) =>
      wordsOf(s, start, end)
        .map((w) => `${w.start}-${w.end}:${w.lower}`)
        .join(",");
    const texts = allStrings(["a", "É", "'", "’", "-", " ", "𝐀", "\ud835", "\udc00", "7", "İ"], 4);
    const ranges = (f: typeof fast) => (s: string) => [f(s, 0, s.length), f(s, 1, s.length), f(s, 0, s.length - 1)].join(";");
    expect(disagreements(texts, ranges(fast), ranges(plain))).toEqual([]);
  });

  it("negation's hasMainBreak (a unit loop) answers as /[,;:()—–]/ on the slice", () => {
    const inContext = (s: string) => hasMainBreak(`x${s}y`, 1, 1 + s.length);
    expect(disagreements(EVERY_UNIT, inContext, (s) => /[,;:()—–]/.test(s))).toEqual([]);
    expect(disagreements(allStrings([" ", ",", "—", "a"], 3), inContext, (s) => /[,;:()—–]/.test(s))).toEqual([]);
  });

  it("letterCounts (a unit loop) counts letters as /\\p{L}/gu matches them and the units above ASCII", () => {
    const plain = (s: string) => `${s.match(/\p{L}/gu)?.length ?? 0} ${s.split("").filter((c) => c.charCodeAt(0) > 127).length}`;
    const fast = (s: string) => `${letterCounts(s).letters} ${letterCounts(s).nonAscii}`;
    const lone = ["\ud835", "\udc00", "x\ud835", "\ud835\ud835\udc00"];
    expect(disagreements([...allStrings([...TRICKY, "𝐀", "Ж", "中"], 3), ...lone], fast, plain)).toEqual([]);
    expect(disagreements(EVERY_UNIT, fast, plain)).toEqual([]);
  });

  it("otherScriptOf (scripts without ASCII skipped when too few units are above ASCII) answers as counting every script", () => {
    const plain = plainOtherScript;
    const texts = [
      "Зе министер споук ту зе прес он Мандей.",
      "The novelist Лев Толстой wrote it in the nineteenth century.",
      "Ο υπουργός μίλησε στον Τύπο τη Δευτέρα.",
      "El ministro habló con la prensa el lunes por la mañana.",
      "Die Ministerin sprach am Montag über Änderungen.",
      "東京で会議が開かれた。参加者は百人を超えた。",
      "ЖЖЖЖЖЖЖЖЖЖ abcdefghijklmnop",
      "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ abcdefghijklmnop",
      "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐",
      "ááááááááááááááááááá",
    ];
    for (const lang of ["en", "es", "de"] as Lang[]) {
      expect(
        disagreements(
          texts,
          (t) => otherScriptOf(t, lang),
          (t) => plain(t, lang),
        ),
      ).toEqual([]);
    }
    expect(otherScriptOf(texts[7], "en")).toBe("Cyrillic");
  });
});

describe("areCognates (stems remembered) against comparing fresh stems", () => {
  it("answers as whether cognateStems of the two words meet, on the first call and the repeat", () => {
    const words = [
      "centro",
      "centre",
      "innovacion",
      "innovation",
      "austria",
      "austrian",
      "merkel",
      "merkal",
      "gadafi",
      "gaddafi",
      "nacional",
      "national",
      "obama",
      "barclay",
      "barclays",
    ];
    const plain = (a: string, b: string) => cognateStems(b).some((x) => cognateStems(a).includes(x));
    const pairs = words.flatMap((a) => words.map((b) => [a, b] as const));
    for (let round = 0; round < 2; round++) {
      const fast = pairs.map(([a, b]) => areCognates(a, b));
      expect(fast).toEqual(pairs.map(([a, b]) => plain(a, b)));
      expect(fast.filter(Boolean).length).toBeGreaterThan(words.length);
    }
  });
});

describe("name-missing's near (reused rows, early stop) against the full edit-distance table", () => {
  /** Levenshtein distance by the whole table, a new row per letter: the plain version. */
  const distance = (a: string, b: string) => {
    let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let x = 1; x <= a.length; x++) {
      const cur = [x];
      for (let y = 1; y <= b.length; y++) cur.push(Math.min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (a[x - 1] === b[y - 1] ? 0 : 1)));
      prev = cur;
    }
    return prev[b.length];
  };

  it("answers distance <= 2 on every pair of short strings and on long words", () => {
    const words = allStrings(["a", "b", "é"], 4);
    let nearPairs = 0;
    for (const a of words) {
      for (const b of words) {
        const expected = distance(a, b) <= 2;
        if (expected) nearPairs++;
        if (near(a, b) !== expected) expect([a, b, near(a, b)]).toEqual([a, b, expected]);
      }
    }
    expect(nearPairs).toBeGreaterThan(1000);
    // Longer than the rows it starts with (32 units), then short again.
    const long = "internationalisation-of-the-committees";
    for (const [a, b] of [
      [long, long.replace("the", "tha")],
      [long, long.replace("of-the", "of-te")],
      [long, long.replace("of-the", "f-th")],
      ["ab", "ba"],
    ])
      expect(near(a, b)).toBe(distance(a, b) <= 2);
  });
});

describe("hash tables against Set", () => {
  const words = allStrings(["a", "b", "'", "é"], 4);
  const members = words.filter((_, k) => k % 3 === 0);

  it("AsciiWordSet finds exactly the members a Set holds (ASCII capitals read as lower case)", () => {
    const set = new AsciiWordSet(members);
    const plain = new Set(members);
    const text = words.join(" ");
    let at = 0;
    const wrong: string[] = [];
    for (const w of words) {
      const found = set.find(text.toUpperCase(), at, at + w.length);
      const expected = /[^\x00-\x7f]/.test(w) ? NOT_ASCII : plain.has(w) ? w : undefined;
      if (found !== expected) wrong.push(w);
      at += w.length + 1;
    }
    expect(wrong).toEqual([]);
  });

  it("SpanSet holds exactly the substrings a Set of strings holds", () => {
    const text = members.join("|");
    const spans = new SpanSet(text);
    const plain = new Set<string>();
    let at = 0;
    for (const w of members) {
      let hash = HASH_SEED;
      for (let i = at; i < at + w.length; i++) hash = spanHashStep(hash, text.charCodeAt(i));
      spans.add(at, at + w.length, hash);
      spans.add(at, at + w.length, hash); // a repeat is not added twice
      plain.add(w);
      at += w.length + 1;
    }
    expect(
      disagreements(
        words,
        (w) => spans.has(w),
        (w) => plain.has(w),
      ),
    ).toEqual([]);
  });
});

const SOURCE = [
  "El Gobierno aprobó el martes 3,5 millones de euros para la OMS.",
  "La ministra Ana Pérez dijo que el plan llegará a 1.200 municipios.",
  "El Gobierno aprobó el martes 3,5 millones de euros para la OMS.",
  "«Es un paso histórico», añadió Pérez en Bogotá.",
].join(" ");
const TARGET = [
  "The government approved 3.5 million euros for the WHO on Tuesday.",
  "Minister Ana Pérez said the plan will reach 1,200 municipalities.",
  '"It is a historic step," Pérez added in Bogotá.',
].join(" ");

describe("memos against recomputation", () => {
  const source = buildDoc(SOURCE, "es");
  const target = buildDoc(TARGET, "en");

  it("the per-check memos answer what computing afresh answers, on the first call and the second", () => {
    const memo = checkMemo(source, target);
    for (let round = 0; round < 2; round++) {
      expect(source.segments.map((s) => segmentWords(memo.source, s))).toEqual(source.segments.map((s) => wordCount(s.text)));
      expect(sentenceKeys(memo.source)).toEqual(source.segments.map((s) => sentenceKey(s.text)));
      expect(foldedText(memo.target)).toBe(fold(target.text));
      // The anchor keys share one token memo per document; each segment alone with a fresh memo gives the same keys.
      expect(segmentAnchorKeys(memo.source)).toEqual(source.segments.map((s) => anchorKeys(s.text, "es")));
      expect(textAnchorKeys(memo.target, target.segments[1].text)).toEqual(anchorKeys(target.segments[1].text, "en"));
    }
    // The second round read what the first one kept in the memo.
    expect(sentenceKeys(memo.source)).toBe(memo.source.sentenceKeys);
    expect(segmentAnchorKeys(memo.source)).toBe(memo.source.anchors?.keys);
    expect(memo.target.folded).toBe(fold(target.text));
    // The keys of a part of a text need the token memo only, not every segment's keys; the segments' keys share it.
    const fresh = checkMemo(source, target);
    const part = target.segments[1].text.slice(3);
    expect(textAnchorKeys(fresh.target, part)).toEqual(anchorKeys(part, "en"));
    expect(fresh.target.anchors).toBeUndefined();
    // A segment's keys alone before every segment's, then from every segment's: the same keys.
    expect(segmentKeysOf(fresh.target, 1)).toEqual(anchorKeys(target.segments[1].text, "en"));
    expect(fresh.target.anchors).toBeUndefined();
    expect(segmentAnchorKeys(fresh.target)).toEqual(target.segments.map((s) => anchorKeys(s.text, "en")));
    expect(segmentKeysOf(fresh.target, 1)).toBe(fresh.target.anchors?.keys[1]);
    expect(fresh.target.anchors?.memo).toBe(fresh.target.anchorTokens);
  });

  it("namedInDoc (an index of the document's capitalised words) answers as namedIn over the whole text", () => {
    // Names of the target and invented ones: exact words, near misses (peres), cognates (minister), strangers.
    const invented = "It said Ana Peres, Minister Gobierno, Juan Ortega, Mark Hopkins and Municipal Plans met.";
    const runs = [...capitalisedRunsIn(TARGET, 0, TARGET.length), ...capitalisedRunsIn(invented, 0, invented.length)];
    runs.push(...["pe", "perez", "gobiernos", "hopkins", "municipalities", "bogota"].map((w) => ({ start: 0, end: 0, words: ["x", w] })));
    expect(runs.length).toBeGreaterThan(8);
    for (const from of [0, 1]) {
      const fast = runs.map((p) => namedInDoc(p, sideMemo(source), from));
      expect(fast).toEqual(runs.map((p) => namedIn(p, source.text, 0, source.text.length, from)));
      expect(fast).toContain(true);
      expect(fast).toContain(false);
    }
  });

  it("acceptedIn (read from the end of a list in segment order) answers as accepted.some over the whole list", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    let found = 0;
    for (let run = 0; run < 300; run++) {
      const accepted: { segment: number; gender: "m" | "f" }[] = [];
      for (let segment = 0, k = next(12); k > 0; k--) {
        segment += next(3);
        accepted.push({ segment, gender: next(2) ? "m" : "f" });
      }
      for (const g of ["m", "f"] as const) {
        const from = next(20) - 3;
        const to = from + next(4);
        const plain = accepted.some((q) => q.gender === g && q.segment >= from && q.segment <= to);
        expect(acceptedIn(accepted, g, from, to)).toBe(plain);
        if (plain) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it("capitalisedWordsOf (no token for a lower-case word) answers as the capitalised tokens of the text, folded", () => {
    const odd = "Émile-Zola's élan, ñandú Ñuñoa 𝐀lpha 𝐚lpha ǅemal ǆemal İstanbul O'Neill o'clock Obama's d'Ávila X 3Com";
    for (const text of [TARGET, odd, `${odd} ${TARGET}`, ""]) {
      const plain = tokens(text, 0, text.length)
        .filter((t) => /^\p{Lu}/u.test(t.raw))
        .map(folded);
      expect(capitalisedWordsOf(text)).toEqual(plain);
    }
    expect(capitalisedWordsOf(odd).length).toBeGreaterThan(6);
  });

  it("SegmentWords (one scan per segment, shared by the rules) holds the words scanning each segment finds", () => {
    const odd = buildDoc("L'état d'âme—play-off «Ana» 3x4 ’quoted’ end.\n\nSecond paragraph: Émile-Zola's 😀 words.", "fr");
    for (const doc of [source, target, odd]) {
      const words = new SegmentWords(doc);
      for (let round = 0; round < 2; round++) {
        for (const seg of doc.segments) {
          const spans = words.of(seg.index);
          // as forEachLetterWord over the segment's text (offsets shifted), and as name-missing / untranslated read them
          const plain: number[] = [];
          forEachLetterWord(seg.text, 0, seg.text.length, (a, b) => void plain.push(seg.start + a, seg.start + b));
          expect([...spans]).toEqual(plain);
          expect(tokensAt(doc.text, spans)).toEqual(tokens(doc.text, seg.start, seg.end));
          expect(segmentWordsIn(doc.text, seg, spans)).toEqual(wordsIn(seg.text));
        }
      }
      expect(words.of(0)).toBe(words.of(0));
    }
  });

  it("addSegmentPairs adds the pairs adjacentPairs finds among a segment's words, without making the words", () => {
    const odd = buildDoc("L'état d'âme—play-off «Ana» 3x4 ’quoted’ end.\n\nÉmile-Zola's  Garçon\u00a0ÉTÉ\tde la, de la  Paz.", "fr");
    let found = 0;
    for (const doc of [source, target, odd]) {
      const words = new SegmentWords(doc);
      const all = new Set<string>();
      for (const seg of doc.segments) {
        const pairs = new Set<string>();
        addSegmentPairs(doc.text, words.of(seg.index), pairs);
        expect([...pairs]).toEqual([...adjacentPairs(seg.text, wordsIn(seg.text))]);
        // into a set already holding pairs, as for a bead of several source sentences
        addSegmentPairs(doc.text, words.of(seg.index), all);
        found += pairs.size;
        // among the words of another sentence: only the pairs both of whose words it holds
        const among = new Set(wordsIn(doc.segments[(seg.index + 1) % doc.segments.length]!.text).map((w) => w.folded));
        const some = new Set<string>();
        addSegmentPairs(doc.text, words.of(seg.index), some, among);
        const own = wordsIn(seg.text);
        const kept = own.filter((w, k) => k > 0 && among.has(own[k - 1]!.folded) && among.has(w.folded));
        const keys = kept.flatMap((w) => {
          const prev = own[own.indexOf(w) - 1]!;
          return isSpace(seg.text, prev.end, w.start) ? [`${prev.folded} ${w.folded}`] : [];
        });
        expect([...some]).toEqual([...new Set(keys)]);
      }
      expect([...all]).toEqual([...new Set(doc.segments.flatMap((seg) => [...adjacentPairs(seg.text, wordsIn(seg.text))]))]);
    }
    expect(found).toBeGreaterThan(20);
  });

  it("ratioOf answers expectedRatio once per check, kept in the check's memo", () => {
    const ctxOf = (t: typeof target): RuleContext => {
      const alignment = [{ source: [0], target: [0], score: 1 }];
      return { source, target: t, alignment, ...resolveAlignment(alignment, source, t), options: {}, report: () => undefined };
    };
    const other = buildDoc("A short text.", "en");
    const ctx = ctxOf(target);
    expect(ratioOf(ctx)).toBe(expectedRatio(source, target));
    expect(ctx.memo.ratio).toBe(expectedRatio(source, target));
    expect(ratioOf(ctxOf(other))).toBe(expectedRatio(source, other));
    expect(ratioOf(ctx)).toBe(expectedRatio(source, target));
  });

  it("memos are values of the check: the aligner and the memo functions never write to a (frozen) Doc", () => {
    const frozen = (text: string, lang: "es" | "en") => {
      const doc = buildDoc(text, lang);
      for (const s of doc.segments) Object.freeze(s);
      return Object.freeze(doc);
    };
    const [s, t] = [frozen(SOURCE, "es"), frozen(TARGET, "en")];
    const memo = checkMemo(s, t);
    expect(align(s, t, memo)).toEqual(align(buildDoc(SOURCE, "es"), buildDoc(TARGET, "en")));
    expect(memo.source.anchors).toBeDefined(); // the aligner's anchor keys stay in the memo for the rules
    expect(sentenceKeys(memo.target)).toEqual(t.segments.map((x) => sentenceKey(x.text)));
    expect(namedInDoc({ start: 0, end: 0, words: ["ana", "perez"] }, memo.target)).toBe(true);
    expect(Object.keys(s)).not.toContain("memos");
    // A fresh memo computes afresh: nothing was left on the document.
    expect(checkMemo(s, t).source.anchors).toBeUndefined();
  });
});
