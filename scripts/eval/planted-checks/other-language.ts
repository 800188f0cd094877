// Planted kind: a target sentence replaced by a sentence of another article in a third language (French, German,
// Czech from newstest-multi), or transliterated into Cyrillic letters. Only sentences of six words or more: a
// shorter one (a name, a title) is no evidence of a language. The generator knows nothing of the rule's word lists.
import type { Lang } from "../../../src/types";
import { CORPUS_DIR, readJsonl, type BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const LANGS = ["fr", "de", "cs"] as const;
const MIN_WORDS = 6;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

type MultiSegment = Record<string, string>;
let pool: MultiSegment[] | undefined;

/** The newstest-multi segments of six words or more in every planted language, in file order (read once). */
function multiPool(): MultiSegment[] {
  if (!pool) {
    const articles = readJsonl<{ paragraphs: MultiSegment[][] }>(`${CORPUS_DIR}newstest-multi.dev.jsonl`);
    pool = articles.flatMap((a) => a.paragraphs.flat()).filter((s) => LANGS.every((l) => s[l] && words(s[l]) >= MIN_WORDS));
  }
  return pool;
}

const CYRILLIC: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyz"].map((c, i) => [c, "абцдефгхийклмнопкрстуввксиз"[i]]),
);

/** The text with its Latin letters (accents dropped) written in Cyrillic ones, case kept. */
function cyrillic(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[a-z]/gi, (c) => {
      const r = CYRILLIC[c.toLowerCase()];
      return c === c.toLowerCase() ? r : r.toUpperCase();
    });
}

/** Replaces target segment k by another article's sentence in a third language, or by its Cyrillic transliteration. */
export function plantOtherLanguage(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  const [ts, te] = tgt.segments[k];
  const own = tgt.text.slice(ts, te);
  if (words(own) < MIN_WORDS) return undefined;
  const kind = k % (LANGS.length + 1);
  let by: string;
  if (kind === LANGS.length) by = cyrillic(own);
  else {
    const all = multiPool();
    let seg = all[(k * 7919 + te) % all.length];
    // Another article's sentence: not one of this article's (newstest-multi holds the same articles).
    for (let step = 1; src.text.includes(seg.es.slice(0, 40)) || src.text.includes(seg.en.slice(0, 40)); step++)
      seg = all[(k * 7919 + te + step) % all.length];
    by = seg[LANGS[kind]];
  }
  return { target: splice(tgt.text, ts, te, by), at: [ts, ts + by.length], sub: kind === LANGS.length ? "Cyrillic" : LANGS[kind] };
}
