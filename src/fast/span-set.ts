// A set of substrings of one text kept as spans, so a member costs no string of its own.

/** FNV-1a step over one UTF-16 unit; `HASH_SEED` starts a hash. */
export const spanHashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 16777619);
/** Start value of a span or word hash (the FNV-1a offset basis). */
export const HASH_SEED = 0x811c9dc5 | 0;

/** The span hash of a whole string: `spanHashStep` over each of its units, from `HASH_SEED`. */
export function spanHash(s: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < s.length; i++) hash = spanHashStep(hash, s.charCodeAt(i));
  return hash;
}

/** Open addressing over entries 0..n-1 by their hashes: linear probing, a slot holds entry + 1 (0 is empty). */
export abstract class HashSlots {
  protected hashes: number[] = [];
  protected table: Int32Array;

  constructor(size: number) {
    this.table = new Int32Array(size);
  }

  /** Files the next entry (index `hashes.length`) under `hash`, doubling the table to keep it at most half full. */
  protected slot(hash: number): void {
    if (2 * (this.hashes.length + 1) > this.table.length) this.grow();
    this.hashes.push(hash);
    this.place(this.hashes.length - 1);
  }

  private place(e: number): void {
    const mask = this.table.length - 1;
    let at = this.hashes[e] & mask;
    while (this.table[at] !== 0) at = (at + 1) & mask;
    this.table[at] = e + 1;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let e = 0; e < this.hashes.length; e++) this.place(e);
  }
}

/** Substrings text[start, end) of one text, added with their hash (`spanHashStep` over the units), asked by string. */
export class SpanSet extends HashSlots {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly text: string) {
    super(256);
  }

  /** Adds text[start, end), whose hash is `hash`, unless an equal substring is already in. */
  add(start: number, end: number, hash: number): void {
    if (this.find(this.text, start, end, hash) >= 0) return;
    this.starts.push(start);
    this.ends.push(end);
    this.slot(hash);
  }

  /** True when `word` equals a member. */
  has(word: string): boolean {
    return this.find(word, 0, word.length, spanHash(word)) >= 0;
  }

  /** The index of the member equal to s[start, end) (hash `hash`), or -1. */
  private find(s: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const text = this.text;
    const len = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const e = this.table[at] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== hash) continue;
      const from = this.starts[e];
      if (this.ends[e] - from !== len) continue;
      let x = 0;
      while (x < len && text.charCodeAt(from + x) === s.charCodeAt(start + x)) x++;
      if (x === len) return e;
    }
  }
}
