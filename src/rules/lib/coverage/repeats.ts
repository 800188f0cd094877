// Where a target sentence repeats another one of the document, found by sentence key.
import type { Segment } from "../../../segment/document";
import type { RuleContext } from "../../../check/rule";
import type { SideMemo } from "../../../segment/memo";
import { sentenceKeys } from "./sentence-key";

/**
 * True when the target segment `t` repeats text found elsewhere in the target: an identical segment, or (for a
 * headline run into the lead sentence) a segment that contains it word for word.
 */
export function repeatsOtherTarget(ctx: RuleContext, t: Segment): boolean {
  const index = keyIndex(ctx.memo.target);
  const key = index.keys[t.index];
  if (!key) return false;
  if (index.count.get(key)! > 1) return true;
  // No other segment has this key: look for one that contains it (an occurrence outside t's own entry).
  const { joined, starts } = joinedKeys(index);
  const needle = ` ${key} `;
  for (let at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
    if (at !== starts[t.index]) return true;
  }
  return false;
}

/** True when an earlier segment of the side's document than `t` contains t's sentence key word for word (t's key non-empty). */
export function earlierContains(side: SideMemo, t: Segment): boolean {
  const index = keyIndex(side);
  const { joined, starts } = joinedKeys(index);
  // t's own entry holds the needle, so the first occurrence is before it exactly when an earlier segment holds it.
  const at = joined.indexOf(` ${index.keys[t.index]} `);
  return at >= 0 && at < starts[t.index];
}

/** How many segments of the side's document have the same sentence key as `t` (itself included). */
export function sameKeyCount(side: SideMemo, t: Segment): number {
  const index = keyIndex(side);
  return index.count.get(index.keys[t.index])!;
}

/** The first segment of the side's document with the same sentence key as `t`, when it comes before `t`. */
export function earlierIdentical(side: SideMemo, t: Segment): Segment | undefined {
  const index = keyIndex(side);
  const first = index.first.get(index.keys[t.index])!;
  return first < t.index ? side.doc.segments[first] : undefined;
}

/** Sentence keys of a document with, per key, its first segment and its number of segments. */
interface KeyIndex {
  keys: string[];
  first: Map<string, number>;
  count: Map<string, number>;
  /** Every key as ` key `, joined with newlines (which no key contains), and where each entry starts. */
  joined?: { joined: string; starts: Int32Array };
}

declare module "../../../segment/memo" {
  interface SideMemo {
    /** The sentence keys counted, for the repeat tests: `keyIndex` (src/rules/lib/coverage/repeats.ts). */
    keyIndex?: KeyIndex;
  }
}

/** The key index of a side's document, built once per check. */
function keyIndex(side: SideMemo): KeyIndex {
  let index = side.keyIndex;
  if (!index) {
    const keys = sentenceKeys(side);
    const first = new Map<string, number>();
    const count = new Map<string, number>();
    keys.forEach((k, i) => {
      const c = count.get(k);
      if (c === undefined) {
        first.set(k, i);
        count.set(k, 1);
      } else count.set(k, c + 1);
    });
    side.keyIndex = index = { keys, first, count };
  }
  return index;
}

function joinedKeys(index: KeyIndex): { joined: string; starts: Int32Array } {
  if (!index.joined) {
    const starts = new Int32Array(index.keys.length);
    let at = 0;
    index.keys.forEach((k, i) => {
      starts[i] = at;
      at += k.length + 3;
    });
    index.joined = { joined: index.keys.map((k) => ` ${k} `).join("\n"), starts };
  }
  return index.joined;
}

/** True when target segment `t` repeats the article's first target segment (its headline), whole or its start. */
export function repeatsHeadline(ctx: RuleContext, t: Segment): boolean {
  if (t.index === 0 || !ctx.target.segments.length) return false;
  const keys = sentenceKeys(ctx.memo.target);
  const key = keys[t.index];
  return !!key && (keys[0] === key || ` ${keys[0]} `.startsWith(` ${key} `));
}
