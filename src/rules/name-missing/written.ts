// Whether the target article writes a name the source has (name-missing's own tests, split out of name-missing.ts
// for its size).
import type { RuleContext } from "../../check/rule";
import type { SideMemo } from "../../segment/memo";
import { forEachLetterWord } from "../../segment/letter-words";
import { knownWords } from "../lib/language-words";
import { folded, isGivenName, type Person } from "./people";
import { HASH_SEED, HashSlots, spanHash, spanHashStep } from "../../fast/span-set";

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
  if (!words) TARGET_WORDS.set(ctx.memo.target, (words = new FoldedWords(ctx.target.text)));
  return own.some((w) => words.has(w));
}
/** Each target article's words, folded, built once per document. */
const TARGET_WORDS = new WeakMap<object, FoldedWords>();

/**
 * The letter words of a text, each `folded`, for `has` (the set `new Set(tokens(text, 0, text.length).map(folded))`).
 * Fast path: a word of ASCII without an apostrophe, most of them, is only lower-cased by `folded` (no possessive to
 * cut, no accent to strip); it is kept as its span, hashed and compared with its capitals read in lower case, so it
 * costs no string, token or expression (test/core/fast-names.test.ts).
 */
export class FoldedWords extends HashSlots {
  private readonly others = new Set<string>();
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    super(1024);
    forEachLetterWord(text, 0, text.length, (start, end) => {
      let hash = HASH_SEED;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || c === 39) {
          this.others.add(folded({ start, end, raw: text.slice(start, end) }));
          return;
        }
        hash = spanHashStep(hash, lower(c));
      }
      if (this.find(text, start, end, hash, true) >= 0) return;
      this.starts.push(start);
      this.ends.push(end);
      this.slot(hash);
    });
  }

  /** True when some word of the text folds to `w`. */
  has(w: string): boolean {
    return this.others.has(w) || this.find(w, 0, w.length, spanHash(w), false) >= 0;
  }

  /** The index of the span whose units in lower case are s[start, end) (read in lower case when `fold`), or -1. */
  private find(s: string, start: number, end: number, hash: number, fold: boolean): number {
    const mask = this.table.length - 1;
    const len = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const e = this.table[at] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== hash || this.ends[e] - this.starts[e] !== len) continue;
      const from = this.starts[e];
      let x = 0;
      while (x < len && lower(this.text.charCodeAt(from + x)) === (fold ? lower(s.charCodeAt(start + x)) : s.charCodeAt(start + x))) x++;
      if (x === len) return e;
    }
  }
}

/** An ASCII capital's lower case; any other unit itself. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

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
