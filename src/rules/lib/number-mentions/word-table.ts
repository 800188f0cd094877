// The number words of each language (rules/number-words.json), compiled once into Maps, Sets and prefix tables.
import type { Lang } from "../../../types";
import { AsciiWordSet } from "../../../fast/word-set";
import type { NumberWordData } from "../../../lang/language";
import { byLanguage } from "../../../lang/registry";

/** A language's number words as rules/<code>/number-words.json holds them. */
type WordTable = NumberWordData;

/** A language's number words compiled into Maps and Sets once. */
export interface CompiledWords {
  units: Map<string, number>;
  scales: Map<string, number>;
  counted: Map<string, number>;
  soft: Map<string, number>;
  one: Set<string>;
  hundred: Set<string>;
  joiners: Set<string>;
  halves: Set<string>;
  unitOne: Set<string>;
  notAlone: Set<string>;
  /** Endings glued to a decade's digits ("s" of "90s", "er" of "90er"). */
  decadeSuffixes: Set<string>;
  decadeBefore: Set<string>;
  /** Last word of a two-word percent phrase and the word before it ("ciento" after "por"). */
  percentTail: Map<string, string>;
  /** Where a joiner may stand, and after which words it takes any number below a hundred. */
  joinerAfter: "tens" | "hundreds";
  joinAfterWords: Set<string>;
  /** The smallest tens a joiner follows (30 by default: Spanish writes 21 to 29 as one word). */
  joinedTensFrom: number;
  bareThousand: boolean;
  /** The smallest round tens a unit follows (20 by default), the tens 10–19 follow, words that multiply a unit. */
  unitsAfterTensFrom: number;
  teensAfter: Set<number>;
  products: Map<string, { value: number; after: number[] }>;
  /** Every word that can start or continue a number: anything else is skipped at once. */
  any: Set<string>;
  /** `any` as a set that looks up the ASCII words of a text without slicing them. */
  anyAscii: AsciiWordSet;
  /** First two letters of those words, and the longest one's length: a cheap first filter. */
  prefixes: Set<string>;
  /** The same prefixes when ASCII, as a table indexed by first code * 128 + second code (0 for a one-letter word). */
  asciiPrefixes: Uint8Array;
  /** Per ASCII prefix (indexed as `asciiPrefixes`), bit min(n, 31) set when a word of n units has that prefix. */
  asciiShapes: Uint32Array;
  longest: number;
  /** The number a one-word compound opens with ("dreitägigen": 3), where the language writes such compounds. */
  inCompound?: (lowerWord: string) => number | undefined;
}

function compile(w: WordTable, inCompound?: (lowerWord: string) => number | undefined): CompiledWords {
  const m = (r: Record<string, number>) => new Map(Object.entries(r));
  const c: CompiledWords = {
    units: m(w.units),
    scales: m(w.scales),
    counted: m(w.counted),
    soft: m(w.soft),
    one: new Set(w.one),
    hundred: new Set(w.hundred),
    joiners: new Set(w.joiners),
    any: new Set(),
    anyAscii: new AsciiWordSet([]),
    halves: new Set(w.halves),
    unitOne: new Set(w.unitOne),
    notAlone: new Set(w.notAlone),
    decadeSuffixes: new Set(w.decadeSuffixes ?? []),
    decadeBefore: new Set(w.decadeBefore ?? []),
    percentTail: percentTails(w),
    joinerAfter: w.joinerAfter,
    joinAfterWords: new Set(w.joinAfterWords ?? []),
    joinedTensFrom: w.joinedTensFrom ?? 30,
    bareThousand: w.bareThousand,
    unitsAfterTensFrom: w.unitsAfterTensFrom ?? 20,
    teensAfter: new Set(w.teensAfter ?? []),
    products: new Map(Object.entries(w.products ?? {})),
    prefixes: new Set(),
    asciiPrefixes: new Uint8Array(128 * 128),
    asciiShapes: new Uint32Array(128 * 128),
    longest: 0,
    inCompound,
  };
  for (const k of [...c.units.keys(), ...c.scales.keys(), ...c.counted.keys(), ...c.soft.keys(), ...c.one, ...c.hundred]) c.any.add(k);
  for (const k of [...c.halves, ...c.percentTail.values(), ...c.joiners, ...c.products.keys()]) c.any.add(k);
  c.anyAscii = new AsciiWordSet(c.any);
  for (const k of c.any) {
    const prefix = k.slice(0, 2);
    c.prefixes.add(prefix);
    if (/^[\x00-\x7f]+$/.test(prefix)) {
      const at = prefix.charCodeAt(0) * 128 + (prefix.length > 1 ? prefix.charCodeAt(1) : 0);
      c.asciiPrefixes[at] = 1;
      c.asciiShapes[at] |= 1 << Math.min(k.length, 31);
    }
    c.longest = Math.max(c.longest, k.length);
  }
  return c;
}

/**
 * Two-word percent phrases whose last word is also a number word ("por ciento"), as last word → first word: that
 * word is then no number. ("per cent" is not one: "cent" is no number word.)
 */
function percentTails(w: WordTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of w.percent) {
    const words = p.split(" ");
    if (words.length === 2 && Object.hasOwn(w.units, words[1])) out.set(words[1], words[0]);
  }
  return out;
}

/** Each language's compiled number words. */
export const WORDS: Record<Lang, CompiledWords> = byLanguage((l) => compile(l.numberWords, l.numberInCompound));
