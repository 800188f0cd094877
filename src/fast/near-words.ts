// A set of words asked which of them may be within two edits of a word: the near-miss scan of name-missing compared
// every capitalised word of a document with each word it asked about, an edit-distance table each time. Two words
// two edits apart differ in length by two at most and in their sets of UTF-16 units by four at most (an insertion
// or a deletion adds or takes one unit, a substitution one of each, a swap none); the words are kept by length with
// a 32-bit mask of their units (unit & 31), and a word whose mask differs from the asked one's in more than four
// bits (each such bit is a unit one word has and the other lacks) is never tried.

/** The 32-bit mask of a word's UTF-16 units, one bit per unit & 31. */
function unitMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** Set bits of a 32-bit number (the SWAR count: a fixed dozen operations instead of a loop per set bit). */
export function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Most edits `someNear` serves: its filter lets through every word this many edits (or one swap each) away. */
export const MAX_EDITS = 2;

/** Words by length, each with its unit mask. */
export class NearWords {
  private readonly byLength = new Map<number, { words: string[]; masks: number[] }>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let group = this.byLength.get(w.length);
      if (!group) this.byLength.set(w.length, (group = { words: [], masks: [] }));
      group.words.push(w);
      group.masks.push(unitMask(w));
    }
  }

  /**
   * Whether `near(x)` holds for some word x of the set: `[...words].some(near)` for a test `near` that holds only for
   * words at most `editsFor(x.length)` edits (or swaps) from `w` (none when it is negative; MAX_EDITS at most),
   * asked only of the words the length and mask filter lets through. A test that allows one edit (name-missing's
   * near misses of short words) tries the lengths one apart and masks two bits apart only.
   */
  someNear(w: string, near: (x: string) => boolean, editsFor: (length: number) => number = () => MAX_EDITS): boolean {
    const mask = unitMask(w);
    for (let length = w.length - MAX_EDITS; length <= w.length + MAX_EDITS; length++) {
      const edits = Math.min(editsFor(length), MAX_EDITS);
      if (Math.abs(length - w.length) > edits) continue;
      const group = this.byLength.get(length);
      if (!group) continue;
      for (let k = 0; k < group.words.length; k++) {
        if (bitCount(group.masks[k]! ^ mask) <= 2 * edits && near(group.words[k]!)) return true;
      }
    }
    return false;
  }
}
