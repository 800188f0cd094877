// Membership of words of a text in a fixed word list, asked by position: no string is made for a word that is not in it.
import { HashSlots, HASH_SEED } from "./span-set";

/** Result of `AsciiWordSet.find` for a range holding a non-ASCII unit (the caller decides such words itself). */
export const NOT_ASCII = -2;

/** One step of the word hash (FNV-1a over UTF-16 units, ASCII capitals read as lower case; `HASH_SEED` starts it). */
export const wordHashStep = (hash: number, c: number): number => Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);

/** The word hash of a whole string: `wordHashStep` over each of its units, from `HASH_SEED`. */
export function wordHash(s: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < s.length; i++) hash = wordHashStep(hash, s.charCodeAt(i));
  return hash;
}

/** A fixed set of words (any strings); looks up ASCII ranges of a text case-insensitively without slicing them. */
export class AsciiWordSet extends HashSlots {
  private readonly words: string[] = [];

  /** The set of the given words (compared unit by unit with the ASCII-lower-cased text). */
  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)];
    let size = 16;
    while (size < 2 * unique.length) size *= 2;
    super(size);
    for (const w of unique) {
      // Members are compared with lower-cased text: one with an ASCII capital is never found (its hash may be off).
      this.words.push(w);
      this.slot(wordHash(w));
    }
  }

  /**
   * The member equal to text[start, end) with ASCII capitals lower-cased: its string, or undefined when there is
   * none; NOT_ASCII when the range holds a unit above 127.
   */
  find(text: string, start: number, end: number): string | undefined | typeof NOT_ASCII {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) return NOT_ASCII;
      hash = wordHashStep(hash, c);
    }
    return this.findHashed(text, start, end, hash);
  }

  /**
   * `find` for an ASCII range whose `wordHashStep` hash over its units the caller already has: the member equal to
   * text[start, end) with ASCII capitals lower-cased, or undefined.
   */
  findHashed(text: string, start: number, end: number, hash: number): string | undefined {
    const mask = this.table.length - 1;
    const len = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const e = this.table[at] - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== hash) continue;
      const w = this.words[e];
      if (w.length !== len) continue;
      let x = 0;
      for (; x < len; x++) {
        let c = text.charCodeAt(start + x);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(x)) break;
      }
      if (x === len) return w;
    }
  }
}
