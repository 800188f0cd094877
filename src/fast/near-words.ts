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

/** Set bits of a 32-bit number. */
function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
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
   * words at most MAX_EDITS edits (or swaps) from `w`, asked only of the words the length and mask filter lets through.
   */
  someNear(w: string, near: (x: string) => boolean): boolean {
    const mask = unitMask(w);
    for (let length = w.length - MAX_EDITS; length <= w.length + MAX_EDITS; length++) {
      const group = this.byLength.get(length);
      if (!group) continue;
      for (let k = 0; k < group.words.length; k++) {
        if (bitCount(group.masks[k]! ^ mask) <= 2 * MAX_EDITS && near(group.words[k]!)) return true;
      }
    }
    return false;
  }
}
