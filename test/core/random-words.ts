// Deterministic random words and edits for the tests of NearWords (name-missing's near-miss scan).

const LETTERS = "abcdefghijklmnopqrstuvwxyzáéíñ";

/** A deterministic stream of numbers in [0, 1). */
export function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** A word of `min` to `min + spread - 1` random letters. */
export function randomWord(next: () => number, min: number, spread: number): string {
  return Array.from({ length: min + Math.floor(next() * spread) }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join("");
}

/** `w` with one random insertion, deletion or substitution, or (with `swaps`) a swap of two neighbours. */
export function randomEdit(next: () => number, w: string, swaps = false): string {
  const i = Math.floor(next() * (w.length + 1));
  const c = LETTERS[Math.floor(next() * LETTERS.length)];
  const kind = Math.floor(next() * (swaps ? 4 : 3));
  if (kind === 3 && i + 1 < w.length) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return kind === 0 ? w.slice(0, i) + c + w.slice(i) : kind === 1 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + c + w.slice(i + 1);
}
