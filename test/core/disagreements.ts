// The fast-path tests' comparison: a fast path against the plain version it replaces, on many inputs.

/**
 * The inputs on which `fast` and `plain` answer differently, as [input, fast, plain] (the first 5), so a failure shows
 * them. Answers that are objects or arrays are compared by their JSON, others by identity.
 */
export function disagreements<T>(inputs: Iterable<string>, fast: (s: string) => T, plain: (s: string) => T): [string, T, T][] {
  const out: [string, T, T][] = [];
  for (const s of inputs) {
    const a = fast(s);
    const b = plain(s);
    const same = typeof a === "object" && a !== null ? JSON.stringify(a) === JSON.stringify(b) : a === b;
    if (!same && out.length < 5) out.push([s, a, b]);
  }
  return out;
}
