// Planted kind: a number written in words in the target sentence ("cuatro", "five") whose value the source sentence
// also has (in words or digits) changed to another number word. The words come from ./lexicon (the packs' units:
// 0, 2–20 and round tens).
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";
import { esc, lexicon } from "./lexicon";

const WORD = /[\p{L}]+/gu;

/** The values a sentence states: its number words (standalone) and its plain digit numbers. */
function valuesIn(s: string, lang: Lang): Set<number> {
  const out = new Set<number>();
  for (const m of s.matchAll(WORD)) {
    const v = lexicon(lang).numbers.get(m[0].toLowerCase());
    if (v !== undefined) out.add(v);
  }
  for (const m of s.matchAll(/\d+/g)) out.add(Number(m[0]));
  return out;
}

/** The first word for `v` in `lang` (0, 2–20 and whole tens up to 90). */
function wordFor(v: number, lang: Lang): string | undefined {
  for (const [w, x] of lexicon(lang).numbers) if (x === v) return w;
  return undefined;
}

/** " y " / " and " right after a word: the word is part of a compound (joiners of both languages). */
function joinerAfter(from: Lang, to: Lang): RegExp {
  const js = [...new Set([...lexicon(from).joiners, ...lexicon(to).joiners])];
  return new RegExp(`^ (?:${js.map(esc).join("|")}) `, "u");
}

/** Changes the first standalone number word of target segment k that the source segment also states. */
export function plantNumberWord(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  const sourceValues = valuesIn(s, from);
  const joined = joinerAfter(from, to);
  for (const m of t.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const v = lexicon(to).numbers.get(lower);
    if (v === undefined || v === 0) continue;
    // Part of a compound ("twenty-one", "cuarenta y dos") or a hyphenated word: left alone.
    const before = t.slice(Math.max(0, m.index - 3), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/-$/.test(before) || /^-/.test(after) || joined.test(t.slice(m.index + m[0].length))) continue;
    if (!sourceValues.has(v)) continue;
    const nv = v < 20 ? v + 1 : v + 10;
    let word = wordFor(nv, to);
    if (!word || sourceValues.has(nv)) continue;
    if (m[0][0] !== lower[0]) word = word[0].toUpperCase() + word.slice(1);
    const start = ts + m.index;
    const inWords = [...s.matchAll(WORD)].some((x) => lexicon(from).numbers.get(x[0].toLowerCase()) === v);
    return {
      target: splice(tgt.text, start, start + m[0].length, word),
      at: [start, start + word.length],
      sub: inWords ? "source in words" : "source in digits",
    };
  }
  return undefined;
}
