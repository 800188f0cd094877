// Planted kind: a person's full name in the target sentence (two capitalised words that both stand in the aligned
// source sentence, the first of them long enough to be a given name) replaced by another person's name from the
// generator's own list, someone the article never names.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const OTHERS = ["Martha Quigley", "Desmond Pratchley", "Rosalind Okafor", "Gustavo Lindqvist", "Beatriz Hallworth", "Oscar Wendeborn"];
/**
 * Two capitalised words side by side, not after a sentence start (a heading's words are not a name), and neither
 * after nor before another capitalised word: a whole name, not part of a longer one ("Austin City Limits Music").
 */
export const FULL_NAME =
  /(?<=[\p{Ll},]\s)(?<!\p{Lu}[\p{L}'’.-]*\s)(\p{Lu}\p{Ll}{2,})\s(\p{Lu}\p{Ll}{2,})(?![\p{L}])(?!['’]?\p{L}*\s+\p{Lu})/gu;

/** Replaces the first full name of target segment k that the source segment has too. */
export function plantNameSwap(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  return swapFirstName(src, tgt, k, () => {
    const by = OTHERS[k % OTHERS.length];
    const surname = by.split(" ")[1];
    return src.text.includes(surname) || tgt.text.includes(surname) ? undefined : by;
  });
}

/** Replaces the first full name of target segment k that the source segment has too by `other()` (none: no plant). */
export function swapFirstName(src: BuiltSide, tgt: BuiltSide, k: number, other: () => string | undefined): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  for (const m of tgt.text.slice(ts, te).matchAll(FULL_NAME)) {
    const at = s.indexOf(m[0]);
    if (at < 0) continue;
    const by = other();
    if (!by) return undefined;
    const start = ts + m.index;
    return {
      target: splice(tgt.text, start, start + m[0].length, by),
      at: [start, start + by.length],
      sourceAt: [ss + at, ss + at + m[0].length],
    };
  }
  return undefined;
}
