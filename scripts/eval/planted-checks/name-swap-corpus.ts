// Planted kind: as name-swap.ts, but the replacing name is one an earlier article of the corpus names (a pair of
// capitalised words both sides of that article write alike), not one from the generator's own list, so the plant
// owes nothing to the names translint's tables know.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import type { Plant } from "./kinds";
import { FULL_NAME, swapFirstName } from "./name-swap";

/** Names harvested from the articles seen before the current one, in the order first seen. */
const pool: string[] = [];
const pooled = new Set<string>();
let current: BuiltSide | undefined;
let currentSource: BuiltSide | undefined;

/** Adds the full names both sides of an article write alike to the pool. */
function harvest(src: BuiltSide, tgt: BuiltSide): void {
  for (const m of tgt.text.matchAll(FULL_NAME)) {
    if (!src.text.includes(m[0]) || pooled.has(m[0])) continue;
    pooled.add(m[0]);
    pool.push(m[0]);
  }
}

/** A pooled name none of whose words the article uses, chosen by k; undefined when there is none. */
function otherName(src: BuiltSide, tgt: BuiltSide, k: number): string | undefined {
  for (let i = 0; i < Math.min(pool.length, 50); i++) {
    const name = pool[(k * 31 + i * 7) % pool.length];
    if (!name.split(" ").some((w) => src.text.includes(w) || tgt.text.includes(w))) return name;
  }
  return undefined;
}

/** Replaces the first full name of target segment k that the source segment has too by an earlier article's name. */
export function plantCorpusNameSwap(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  if (tgt !== current) {
    if (current && currentSource) harvest(currentSource, current);
    current = tgt;
    currentSource = src;
  }
  return swapFirstName(src, tgt, k, () => otherName(src, tgt, k));
}
