// Planted kind: a phrase of the source sentence (two or three lower-case words, the first and last not function
// words) left untranslated: it replaces as many lower-case words of the target sentence at the same relative
// position. Function words come from ./lexicon; the generator knows nothing of the rule's evidence.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";
import { lexicon } from "./lexicon";

/** A run of lower-case words separated by single spaces. */
const WORD = /\p{Ll}+/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

function lowerWords(s: string): Word[] {
  return [...s.matchAll(WORD)]
    .filter((m) => !/[\p{L}\p{N}'’-]/u.test(s[m.index - 1] ?? "") && !/[\p{L}\p{N}'’-]/u.test(s[m.index + m[0].length] ?? ""))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Runs of n adjacent words (single spaces between), not the sentence's first word. */
function runs(s: string, words: Word[], n: number): Word[][] {
  const out: Word[][] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const r = words.slice(i, i + n);
    if (r[0].start === 0) continue;
    if (r.every((w, j) => j === 0 || s.slice(r[j - 1].end, w.start) === " ")) out.push(r);
  }
  return out;
}

/** The run nearest to relative position `pos` (0–1) of a sentence of length `len`. */
function nearest(rs: Word[][], pos: number, len: number): Word[] | undefined {
  return [...rs].sort((a, b) => Math.abs(a[0].start / len - pos) - Math.abs(b[0].start / len - pos))[0];
}

/** Leaves a phrase of source segment k in target segment k, in place of as many target words. */
export function plantPhraseLeft(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  if (s.split(/\s+/).length < 8 || t.split(/\s+/).length < 8) return undefined;
  const fw = lexicon(from).functionWords;
  const tw = lexicon(to).functionWords;
  for (const n of [2, 3]) {
    const cands = runs(s, lowerWords(s), n).filter(
      (r) => !fw.has(r[0].text) && !fw.has(r[n - 1].text) && r.every((w) => w.text.length >= 3 || fw.has(w.text)),
    );
    const phrase = nearest(cands, 0.5, s.length);
    if (!phrase) continue;
    const targetRuns = runs(t, lowerWords(t), n).filter((r) => !tw.has(r[0].text) && !tw.has(r[n - 1].text));
    const place = nearest(targetRuns, phrase[0].start / s.length, t.length);
    if (!place) continue;
    const by = s.slice(phrase[0].start, phrase[n - 1].end);
    if (t.toLowerCase().includes(by.toLowerCase())) return undefined;
    const start = ts + place[0].start;
    return {
      target: splice(tgt.text, start, ts + place[n - 1].end, by),
      at: [start, start + by.length],
      sourceAt: [ss + phrase[0].start, ss + phrase[n - 1].end],
      sub: `${n} words`,
    };
  }
  return undefined;
}
