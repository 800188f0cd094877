// Planted kind: a target sentence replaced by a sentence of another article in a third language (the first three of
// French, German, Czech, Spanish, English from newstest-multi that are not the pair's), or transliterated into Cyrillic letters. Only sentences of six words or more: a
// shorter one (a name, a title) is no evidence of a language. The generator knows nothing of the rule's word lists.
import type { Lang } from "../../../src/types";
import { CORPUS_DIR, readJsonl, type BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const THIRD = ["fr", "de", "cs", "es", "en"];
const MIN_WORDS = 6;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

type MultiSegment = Record<string, string>;
const POOLS = new Map<string, { langs: string[]; pool: MultiSegment[] }>();

/** The planted languages of a pair and the newstest-multi segments of six words or more in each (read once). */
function multiPool(from: Lang, to: Lang): { langs: string[]; pool: MultiSegment[] } {
  const key = `${from}-${to}`;
  let p = POOLS.get(key);
  if (!p) {
    const langs = THIRD.filter((l) => l !== from && l !== to).slice(0, 3);
    const articles = readJsonl<{ paragraphs: MultiSegment[][] }>(`${CORPUS_DIR}newstest-multi.dev.jsonl`);
    const pool = articles.flatMap((a) => a.paragraphs.flat()).filter((s) => langs.every((l) => s[l] && words(s[l]) >= MIN_WORDS));
    POOLS.set(key, (p = { langs, pool }));
  }
  return p;
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
export function plantOtherLanguage(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ts, te] = tgt.segments[k];
  const own = tgt.text.slice(ts, te);
  if (words(own) < MIN_WORDS) return undefined;
  const { langs, pool: all } = multiPool(from, to);
  const kind = k % (langs.length + 1);
  let by: string;
  if (kind === langs.length) by = cyrillic(own);
  else {
    let seg = all[(k * 7919 + te) % all.length];
    // Another article's sentence: not one of this article's (newstest-multi holds the same articles).
    const ours = (x: MultiSegment) => [from, to].some((l) => x[l] && src.text.includes(x[l].slice(0, 40)));
    for (let step = 1; ours(seg); step++) seg = all[(k * 7919 + te + step) % all.length];
    by = seg[langs[kind]];
  }
  return { target: splice(tgt.text, ts, te, by), at: [ts, ts + by.length], sub: kind === langs.length ? "Cyrillic" : langs[kind] };
}
