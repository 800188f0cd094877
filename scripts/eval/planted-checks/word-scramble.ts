// Planted kind: garbled machine output: the words of every sentence of a target paragraph shuffled (a fixed
// pseudo-random order), each sentence still starting with a capital and ending with its own final mark, inner
// punctuation dropped. Planted on the paragraph's first segment only (one plant per paragraph of 15 words or more).
// The generator knows nothing of the rule: it shuffles words, it does not look at which words they are.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

/** A paragraph shorter than this many words is left alone (too little to tell garble from a headline). */
const MIN_WORDS = 15;
// A word: letters or digits, inner apostrophes, hyphens, periods or commas allowed ("U.S.", "1,5", "don't").
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** A fixed pseudo-random order of n items (a linear congruential generator seeded with `seed`). */
function order(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let x = (seed * 2654435761 + 1) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One sentence with its words shuffled. */
function scramble(sentence: string, seed: number): string {
  const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
  if (words.length < 3) return sentence;
  // The first word loses its sentence capital (not a name's: "The" -> "the", "EU" stays).
  const lower = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);
  if (/^\p{Lu}\p{Ll}/u.test(words[0])) words[0] = lower(words[0]);
  const mixed = order(words.length, seed).map((i) => words[i]);
  mixed[0] = mixed[0].charAt(0).toUpperCase() + mixed[0].slice(1);
  const mark = /[.!?…]["”»)]?\s*$/u.exec(sentence)?.[0].trim() ?? "";
  return mixed.join(" ") + mark;
}

/** Scrambles the paragraph that target segment k opens. */
export function plantWordScramble(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  const p = tgt.paragraphOf[k];
  if (k > 0 && tgt.paragraphOf[k - 1] === p) return undefined;
  const segs = tgt.segments.filter((_, i) => tgt.paragraphOf[i] === p);
  const start = segs[0][0];
  const end = segs[segs.length - 1][1];
  if ((tgt.text.slice(start, end).match(WORD) ?? []).length < MIN_WORDS) return undefined;
  const by = segs.map(([s, e], i) => scramble(tgt.text.slice(s, e), k * 31 + i)).join(" ");
  const srcSegs = src.segments.filter((_, i) => src.paragraphOf[i] === src.paragraphOf[k]);
  return {
    target: splice(tgt.text, start, end, by),
    at: [start, start + by.length],
    sourceAt: [srcSegs[0][0], srcSegs[srcSegs.length - 1][1]],
  };
}
