// Whether the target article writes a name the source has (name-missing's own tests, split out of name-missing.ts
// for its size).
import type { RuleContext } from "../../check/rule";
import type { SideMemo } from "../../segment/memo";
import { forEachLetterWord } from "../../segment/letter-words";
import { knownWords } from "../lib/language-words";
import { folded, isGivenName, type Person } from "./people";

/**
 * True when the target article writes a source run as the source does (outside the bead, which lost it), or writes
 * a word of it that is a word of neither language nor a given name ("Favre" of "Brett Favre") while the sentence's
 * new runs stand once in the article (`once`: a name the translator uses again, "Jemeres Rojos", is their rendering).
 * The translator keeps that name, so a sentence without it did not render it in words of its own.
 */
export function writtenElsewhere(ctx: RuleContext, x: Person, once: () => boolean): boolean {
  if (countIn(ctx.memo.target, ctx.source.text.slice(x.start, x.end), 1) > 0) return true;
  const [from, to] = [ctx.source.lang, ctx.target.lang];
  const own = x.words.filter((w) => !knownWords(from).has(w) && !knownWords(to).has(w) && !isGivenName(w));
  if (!own.length || !once()) return false;
  let words = TARGET_WORDS.get(ctx.memo.target);
  if (!words) TARGET_WORDS.set(ctx.memo.target, (words = foldedWordsOf(ctx.target.text)));
  return own.some((w) => words.has(w));
}
/** Each target article's words, folded, built once per document. */
const TARGET_WORDS = new WeakMap<object, Set<string>>();

/**
 * The letter words of a text, each `folded` (the set of `tokens(text, 0, text.length).map(folded)`): a word of
 * ASCII without an apostrophe, most of them, is only lower-cased (no possessive to cut, no accent to strip), without
 * a token or the possessive expression (test/core/fast-names.test.ts).
 */
export function foldedWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  forEachLetterWord(text, 0, text.length, (start, end) => {
    const raw = text.slice(start, end);
    out.add(plainAscii(text, start, end) ? raw.toLowerCase() : folded({ start, end, raw }));
  });
  return out;
}

/** True when text[start, end) is ASCII without an apostrophe: `folded` of it is `foldWord`, its lower case. */
function plainAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 39) return false;
  }
  return true;
}

/** True when the target article holds the text of a new run `x` once only. */
export function writtenOnce(side: SideMemo, x: Person): boolean {
  return countIn(side, side.doc.text.slice(x.start, x.end), 2) === 1;
}

/**
 * Where a text may open a name: each place of a unit "A"–"Z" or above ASCII, by that unit and the next (`pairKey`),
 * in text order.
 */
function openingsOf(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!opensName(c)) continue;
    const key = pairKey(c, text.charCodeAt(i + 1));
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}
const opensName = (c: number) => (c >= 65 && c <= 90) || c >= 128;
const pairKey = (a: number, b: number) => a * 65536 + b;
/** Each target article's `openingsOf`, built once per document. */
const OPENINGS = new WeakMap<object, Map<number, number[]>>();

/**
 * How many times the side's text holds `part` (overlapping mentions too), counted up to `most`. Fast path: a part
 * that opens with a capital (a name) is looked for only where its first two units stand (`openingsOf`), not by
 * `indexOf` over the whole article for each run asked: what it replaces, `countByIndexOf`, is tested against it
 * (test/core/fast-names.test.ts).
 */
export function countIn(side: SideMemo, part: string, most: number): number {
  const { text } = side.doc;
  if (part.length < 2 || !opensName(part.charCodeAt(0))) return countByIndexOf(text, part, most);
  let openings = OPENINGS.get(side);
  if (!openings) OPENINGS.set(side, (openings = openingsOf(text)));
  let n = 0;
  for (const at of openings.get(pairKey(part.charCodeAt(0), part.charCodeAt(1))) ?? []) {
    if (text.startsWith(part, at) && ++n >= most) break;
  }
  return n;
}

/** How many times `text` holds `part`, each mention found by indexOf from the unit after the last, up to `most`. */
export function countByIndexOf(text: string, part: string, most: number): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0 && n < most; at = text.indexOf(part, at + 1)) n++;
  return n;
}
