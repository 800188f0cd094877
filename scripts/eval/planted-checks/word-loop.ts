// Planted kind: machine translation stuck in a loop: a word of the target sentence written five times, or a group
// of two or three words written four or three times, in the middle of the sentence. The generator splits words on
// spaces by itself; it knows nothing of the rule's thresholds.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const TIMES = [5, 4, 3];

/** Repeats a group of one to three words from the middle of target segment k. */
export function plantWordLoop(_src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  const [ts, te] = tgt.segments[k];
  const seg = tgt.text.slice(ts, te);
  const spaces = [...seg.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length < 6) return undefined;
  const n = 1 + (k % 3);
  const first = Math.floor(spaces.length / 2) - 1;
  const start = spaces[first] + 1;
  const end = spaces[first + n];
  const group = seg.slice(start, end);
  if (/[^\p{L}\p{N}' -]/u.test(group) || !/\p{L}/u.test(group)) return undefined;
  const loop = Array.from({ length: TIMES[n - 1] }, () => group).join(" ");
  return { target: splice(tgt.text, ts + start, ts + end, loop), at: [ts + start, ts + start + loop.length], sub: `${n} word(s)` };
}
