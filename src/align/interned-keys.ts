// Anchor keys as small integers: an interner, and the overlap of two sorted id arrays (the aligner's bead score).

/** Size of the multiset intersection of two sorted integer arrays. */
export function sortedOverlap(a: Int32Array, b: Int32Array): number {
  return sortedRangeOverlap(a, 0, a.length, b, 0, b.length);
}

/** Size of the multiset intersection of the sorted ranges a[a0, a1) and b[b0, b1). */
export function sortedRangeOverlap(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  let i = a0;
  let j = b0;
  let n = 0;
  while (i < a1 && j < b1) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Interns string keys to small integers, so anchor sets compare as sorted Int32Arrays. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  /** The sorted integer ids of the given keys (duplicates kept). */
  encode(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    this.encodeInto(keys, out, 0);
    return out;
  }

  /** Writes the sorted integer ids of the given keys (duplicates kept) into out[at, at + keys.length). */
  encodeInto(keys: readonly string[], out: Int32Array, at: number): void {
    const small = keys.length <= 64;
    for (let n = 0; n < keys.length; n++) {
      const k = keys[n];
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(k, id);
      }
      let x = at + n;
      // Insertion sort for the usual few dozen keys of a sentence; a typed-array sort below for longer ones.
      if (small) {
        while (x > at && out[x - 1] > id) {
          out[x] = out[x - 1];
          x--;
        }
      }
      out[x] = id;
    }
    if (!small) out.subarray(at, at + keys.length).sort();
  }
}
