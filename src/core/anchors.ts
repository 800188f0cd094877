import type { Doc } from "./document";
import type { Lang } from "./types";
import stopwordData from "../../rules/stopwords.json";
import lexiconData from "../../rules/anchor-lexicon.json";

/** Lower-cases and strips diacritics (á -> a, ñ -> n), so Spanish and English spellings compare. */
export function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(COMBINING, "").toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;
const COMBINING = /[\u0300-\u036f]/g;

/** Function words of each language, folded (no accents, lower case). */
export const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  es: new Set(stopwordData.es.map(foldWord)),
  en: new Set(stopwordData.en.map(foldWord)),
};
const ANY_STOPWORD = new Set([...STOPWORDS.es, ...STOPWORDS.en]);
const ES_TO_EN: ReadonlyMap<string, string> = new Map(Object.entries(lexiconData["es-en"]));
/** English words of the lexicon: kept as anchors even when short ("two", "war"), to meet their Spanish side. */
const LEXICON_WORDS: ReadonlySet<string> = new Set(ES_TO_EN.values());

/** Strips diacritics but keeps case (Ñandú -> Nandu); token boundaries stay where they were. */
function stripMarks(text: string): string {
  return ASCII.test(text) ? text : text.normalize("NFD").replace(COMBINING, "");
}

/**
 * Tokens of accent-stripped text: words, numbers with inner separators (3,1 / 1.000 / 2.6) and dotted acronyms
 * (EE.UU., U.S.). Letters outside Latin script split tokens, which is harmless for anchors (both sides split alike).
 */
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9]|[.,'’](?=[A-Za-z0-9]))*/g;
const DIGIT = /[0-9]/;
const NON_DIGIT = /[^0-9]/g;
const INNER_MARK = /[.'’]/g;
const UPPER_ONLY = /^[A-Z.]+$/;
const PREFIX = 4;

/**
 * Language-neutral anchor keys of a sentence, for alignment and coverage checks: numbers reduced to their digits,
 * content words reduced to a 5-letter folded prefix (so cognates such as presidente/president meet), Spanish
 * non-cognates mapped through the small anchor lexicon, short all-capital acronyms kept. Function words are dropped.
 */
export function anchorKeys(text: string, lang: Lang): string[] {
  const keys: string[] = [];
  const plain = stripMarks(text);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(plain); m; m = TOKEN.exec(plain)) {
    const tok = m[0];
    if (DIGIT.test(tok)) {
      keys.push(`#${tok.replace(NON_DIGIT, "")}`);
      continue;
    }
    const word = tok.toLowerCase().replace(INNER_MARK, "");
    if (ANY_STOPWORD.has(word)) continue;
    const mapped = lang === "es" ? lexiconLookup(word) : undefined;
    if (mapped !== undefined) keys.push(spellingKey(mapped));
    else if (word.length >= 4 || (word.length >= 2 && UPPER_ONLY.test(tok)) || LEXICON_WORDS.has(word)) {
      keys.push(spellingKey(word));
    }
  }
  return keys;
}

const DOC_KEYS = new WeakMap<Doc, readonly string[][]>();

/** `anchorKeys` of every segment of a document (by segment index), computed once per document; do not mutate. */
export function segmentAnchorKeys(doc: Doc): readonly (readonly string[])[] {
  let keys = DOC_KEYS.get(doc);
  if (!keys) {
    keys = doc.segments.map((s) => anchorKeys(s.text, doc.lang));
    DOC_KEYS.set(doc, keys);
  }
  return keys;
}

/** Prefix of a word after evening out spelling differences between cognates (collection/colección, theatre/teatro). */
function spellingKey(word: string): string {
  return word.replace(DOUBLED, "$1").replace(PH, "f").replace(TH, "t").slice(0, PREFIX);
}
const DOUBLED = /([a-z])\1/g;
const PH = /ph/g;
const TH = /th/g;

/** Strong anchors of a sentence: its numbers and the capitalised words that are not sentence-initial (names). */
export function strongAnchors(text: string): string[] {
  const out: string[] = [];
  const plain = stripMarks(text);
  let first = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(plain); m; m = TOKEN.exec(plain)) {
    const tok = m[0];
    if (DIGIT.test(tok)) out.push(`#${tok.replace(NON_DIGIT, "")}`);
    else if (!first && tok[0] !== tok[0].toLowerCase()) {
      const word = tok.toLowerCase().replace(INNER_MARK, "");
      if (!ANY_STOPWORD.has(word)) out.push(word.slice(0, PREFIX));
    }
    first = false;
  }
  return out;
}

function lexiconLookup(word: string): string | undefined {
  return ES_TO_EN.get(word) ?? (word.endsWith("s") ? ES_TO_EN.get(word.slice(0, -1)) : undefined);
}

/** Size of the multiset intersection of two sorted integer arrays. */
export function sortedOverlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Interns string keys to small integers, so anchor sets compare as sorted Int32Arrays. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  /** The sorted integer ids of the given keys (duplicates kept). */
  encode(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    keys.forEach((k, n) => {
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(k, id);
      }
      out[n] = id;
    });
    return out.sort();
  }
}
