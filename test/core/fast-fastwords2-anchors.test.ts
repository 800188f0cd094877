// unintelligible's keysShuffled (ranks counted over the shared keys' target positions) against anchorsShuffled as it
// was written before: a Map of ranks from sorting the shared keys by target position.
import { describe, expect, it } from "vitest";
import { kendallTau, keysShuffled } from "../../src/rules/unintelligible";

/** The previous anchorsShuffled on the keys of each segment (4, 7 and 0.3 are the rule's constants). */
function plainShuffled(sourceKeys: string[][], targetKeys: string[][]): boolean {
  const position = new Map<string, number>();
  for (const k of targetKeys.flat()) if (!position.has(k)) position.set(k, position.size);
  const shared = [...new Set(sourceKeys.flat())].filter((k) => position.has(k));
  if (shared.length < 4) return false;
  const rank = new Map([...shared].sort((a, b) => position.get(a)! - position.get(b)!).map((k, i) => [k, i]));
  const ranks = shared.map((k) => rank.get(k)!);
  if (kendallTau(ranks) < 0.3) return true;
  return shared.length >= 7 && ranks.every((r, i) => i === 0 || r !== ranks[i - 1] + 1);
}

describe("keysShuffled against the plain version", () => {
  it("answers as the plain version on random segments of keys, shuffled, kept in order or partly moved", () => {
    let x = 7;
    const next = (k: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    const wrong: string[] = [];
    const answers = [0, 0];
    for (let n = 0; n < 20000; n++) {
      const vocabulary = 2 + next(20);
      const keys = (count: number) => Array.from({ length: count }, () => `k${next(vocabulary)}`);
      const sourceKeys = Array.from({ length: 1 + next(3) }, () => keys(next(12)));
      // Targets: random keys, or the source's keys in order with a few moved or replaced.
      const targetKeys =
        next(2) === 0
          ? Array.from({ length: 1 + next(3) }, () => keys(next(12)))
          : sourceKeys.map((seg) => {
              const out = [...seg];
              for (let m = next(4); m > 0 && out.length > 1; m--) {
                const [w] = out.splice(next(out.length), 1);
                out.splice(next(out.length + 1), 0, next(3) === 0 ? `k${next(vocabulary)}` : w);
              }
              return out;
            });
      const plain = plainShuffled(sourceKeys, targetKeys);
      answers[plain ? 1 : 0]++;
      if (keysShuffled(sourceKeys, targetKeys) !== plain && wrong.length < 5) wrong.push(JSON.stringify([sourceKeys, targetKeys]));
    }
    expect(wrong).toEqual([]);
    expect(Math.min(...answers)).toBeGreaterThan(2000);
  });
});
