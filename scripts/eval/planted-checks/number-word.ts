// Planted kind: a number written in words in the target sentence ("cuatro", "five") whose value the source sentence
// also has (in words or digits) changed to another number word. The generator's word lists are its own.
import type { CorpusLang as Lang } from "../corpus";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const WORDS: Record<Lang, string[]> = {
  es: [
    "cero",
    "",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
  ],
  en: [
    "zero",
    "",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
  ],
};
const TENS: Record<Lang, string[]> = {
  es: ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
  en: ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
};

/** Value of every number word of a language. */
function valueMap(lang: Lang): Map<string, number> {
  const m = new Map<string, number>();
  WORDS[lang].forEach((w, v) => {
    if (w) m.set(w, v);
  });
  TENS[lang].forEach((w, i) => {
    m.set(w, 30 + 10 * i);
  });
  return m;
}
const VALUES: Record<Lang, Map<string, number>> = { es: valueMap("es"), en: valueMap("en") };
const WORD = /[\p{L}]+/gu;

/** The values a sentence states: its number words (standalone) and its plain digit numbers. */
function valuesIn(s: string, lang: Lang): Set<number> {
  const out = new Set<number>();
  for (const m of s.matchAll(WORD)) {
    const v = VALUES[lang].get(m[0].toLowerCase());
    if (v !== undefined) out.add(v);
  }
  for (const m of s.matchAll(/\d+/g)) out.add(Number(m[0]));
  return out;
}

/** The word for `v` in `lang` (0–20 and whole tens up to 90). */
function wordFor(v: number, lang: Lang): string | undefined {
  if (v <= 20) return WORDS[lang][v] || undefined;
  return v % 10 === 0 && v <= 90 ? TENS[lang][v / 10 - 3] : undefined;
}

/** Changes the first standalone number word of target segment k that the source segment also states. */
export function plantNumberWord(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  const sourceValues = valuesIn(s, from);
  for (const m of t.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const v = VALUES[to].get(lower);
    if (v === undefined || v === 0) continue;
    // Part of a compound ("twenty-one", "cuarenta y dos") or a hyphenated word: left alone.
    const before = t.slice(Math.max(0, m.index - 3), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (
      /-$/.test(before) ||
      /^-/.test(after) ||
      /^ y /.test(after) ||
      /^ and /.test(t.slice(m.index + m[0].length, m.index + m[0].length + 5))
    )
      continue;
    if (!sourceValues.has(v)) continue;
    const nv = v < 20 ? v + 1 : v + 10;
    let word = wordFor(nv, to);
    if (!word || sourceValues.has(nv)) continue;
    if (m[0][0] !== lower[0]) word = word[0].toUpperCase() + word.slice(1);
    const start = ts + m.index;
    const inWords = VALUES[from].size && [...s.matchAll(WORD)].some((x) => VALUES[from].get(x[0].toLowerCase()) === v);
    return {
      target: splice(tgt.text, start, start + m[0].length, word),
      at: [start, start + word.length],
      sub: inWords ? "source in words" : "source in digits",
    };
  }
  return undefined;
}
