// Exhaustive inputs for the fast-path tests: every short string over a small alphabet.

/** Every string of 1 to `max` pieces of `alphabet`, shortest first. */
export function allStrings(alphabet: string[], max: number): string[] {
  const out: string[] = [];
  for (let len = 1, layer = [""]; len <= max; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...layer);
  }
  return out;
}
