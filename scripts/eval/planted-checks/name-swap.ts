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
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  for (const m of t.matchAll(FULL_NAME)) {
    const at = s.indexOf(m[0]);
    if (at < 0) continue;
    const by = OTHERS[k % OTHERS.length];
    if (src.text.includes(by.split(" ")[1]) || tgt.text.includes(by.split(" ")[1])) return undefined;
    const start = ts + m.index;
    return {
      target: splice(tgt.text, start, start + m[0].length, by),
      at: [start, start + by.length],
      sourceAt: [ss + at, ss + at + m[0].length],
    };
  }
  return undefined;
}
