// How a language writes the words anchors compare (src/align/anchors.ts): letters its cognates elsewhere write
// otherwise (German k, z for c), compounds written as one word whose last part the anchor lexicon knows, and the
// lexicon lookup itself (with its prefilter of first letters).
import { byLanguage } from "../lang/registry";
import type { Lang } from "../types";

/** Each language's letter replacements for cognates (German k -> c, z -> c), and whether it writes compounds as one word. */
const SPELLING: Readonly<Record<Lang, readonly [string, string][]>> = byLanguage((l) => l.cognateSpelling);
const COMPOUNDS: Readonly<Record<Lang, boolean>> = byLanguage((l) => l.compounds);
/** Each language's inflection endings tried off a word the lexicon does not list (German "en", "er", "es"...). */
export const LEXICON_ENDINGS: Readonly<Record<Lang, readonly string[]>> = byLanguage((l) => l.lexiconEndings);
/** Letters a word keeps after an ending comes off ("Landes" -> "land"; "Ende" keeps its "e"). */
const MIN_STEM = 4;

/** True when the language writes compounds as one word (German). */
export function writesCompounds(lang: Lang): boolean {
  return COMPOUNDS[lang];
}

/** A folded word spelled as its cognates in the other languages are ("kommission" -> "commission" in German). */
export function cognateSpelling(word: string, lang: Lang): string {
  let out = word;
  for (const [own, other] of SPELLING[lang]) if (out.includes(own)) out = out.replaceAll(own, other);
  return out;
}

/** Letters a compound needs, and its first part: "Zentralbank" is one, "Umbau" no compound of "bau". */
const MIN_COMPOUND = 7;
const MIN_FIRST_PART = 3;
const MIN_LAST_PART = 4;

/**
 * The pivot word of a compound's last part when the lexicon knows it ("zentralbank" -> "bank", "bundesregierung"
 * -> "government"): the longest such part of MIN_LAST_PART letters or more, after MIN_FIRST_PART or more.
 */
export function compoundHead(word: string, toPivot: ReadonlyMap<string, string>, endings: readonly string[] = []): string | undefined {
  if (word.length < MIN_COMPOUND) return undefined;
  for (let at = MIN_FIRST_PART; at <= word.length - MIN_LAST_PART; at++) {
    const part = word.slice(at);
    const head =
      toPivot.get(part) ??
      (part.length > MIN_LAST_PART && part.endsWith("s") ? toPivot.get(part.slice(0, -1)) : undefined) ??
      withoutEnding(part, toPivot, endings);
    if (head !== undefined) return head;
  }
  return undefined;
}

/** The pivot word of a word the lexicon lists without one of `endings` ("prasidenten" -> "president"), or undefined. */
function withoutEnding(word: string, toPivot: ReadonlyMap<string, string>, endings: readonly string[]): string | undefined {
  for (const e of endings) {
    if (word.length - e.length < MIN_STEM || !word.endsWith(e)) continue;
    const hit = toPivot.get(word.slice(0, -e.length));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function lexiconLookup(
  word: string,
  toPivot: ReadonlyMap<string, string>,
  pre: Prefilter,
  endings: readonly string[] = [],
): string | undefined {
  if (toPivot.size === 0) return undefined;
  // Cheap refusal: both lookups need a word whose first two letters (a-z) start some entry of the lexicon.
  if (word.length < 2) return undefined;
  const head = letterPair(word);
  if (head < 0 || !pre.heads[head]) return undefined;
  // Sharper: when every entry has 3+ letters, the first three a-z, a match (the word, or it without a final "s",
  // which then has 3+ letters too) starts with the first three letters of some entry.
  if (pre.triples) {
    const triple = word.length >= 3 ? letterTriple(word) : -1;
    if (triple < 0 || !pre.triples[triple]) return undefined;
  }
  return toPivot.get(word) ?? (word.endsWith("s") ? toPivot.get(word.slice(0, -1)) : undefined) ?? withoutEnding(word, toPivot, endings);
}

/** Index of a word's first three letters when all are a-z, else -1. */
function letterTriple(word: string): number {
  const c = word.charCodeAt(2) - 97;
  const pair = letterPair(word);
  return pair >= 0 && c >= 0 && c < 26 ? pair * 26 + c : -1;
}

/** Index of a word's first two letters when both are a-z, else -1. */
function letterPair(word: string): number {
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/**
 * Which first two letters start an entry of a language's lexicon (all pairs when some entry has fewer than two
 * letters a-z there), and which first three, or null unless every entry has 3+ letters a-z there.
 */
export interface Prefilter {
  heads: Uint8Array;
  triples: Uint8Array | null;
}

export function prefilter(keys: Iterable<string>): Prefilter {
  const heads = new Uint8Array(26 * 26);
  let triples: Uint8Array | null = new Uint8Array(26 * 26 * 26);
  let headsComplete = true;
  for (const k of keys) {
    const head = k.length >= 2 ? letterPair(k) : -1;
    if (head >= 0) heads[head] = 1;
    else headsComplete = false;
    const triple = k.length >= 3 ? letterTriple(k) : -1;
    if (triple < 0) triples = null;
    else if (triples) triples[triple] = 1;
  }
  if (!headsComplete) heads.fill(1);
  return { heads, triples };
}
