/** A small seeded PRNG (mulberry32): the same seed gives the same mutants on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** One element of a non-empty array. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seed of case `index` of a run seeded `seed` (cases are independent: any one can be replayed alone). */
export function caseSeed(seed: number, index: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (const x of [index & 0xffff, index >>> 16, seed >>> 16]) {
    h = Math.imul(h ^ x, 0x01000193) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}
